package dev.pictor.runtime.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationsTest {

    @Test
    void toStringIsPointerAndMessageWithTheRootShownAsSlash() {
        assertEquals("/num_steps: 30 is above the maximum 20",
                Violation.of("/num_steps", "maximum", "30 is above the maximum 20").toString());
        assertEquals("/: missing required property \"prompt\"",
                Violation.of("", "required", "missing required property \"prompt\"").toString());
        assertEquals("", Violation.of("", "required", "m").pointer());
    }

    @Test
    void pointerMustBeAJsonPointer() {
        assertThrows(IllegalArgumentException.class, () -> Violation.of("num_steps", "maximum", "m"));
        assertThrows(NullPointerException.class, () -> Violation.of((String) null, "maximum", "m"));
    }

    @Test
    void collectsInInsertionOrderAndHandsOutAnImmutableCopy() {
        Violations v = new Violations();
        assertTrue(v.isEmpty());
        v.add(Pointer.parse("/b"), "maximum", "second?");
        v.add(Violation.of("/a", "minimum", "first?"));
        List<Violation> list = v.list();
        assertEquals(List.of(Violation.of("/b", "maximum", "second?"), Violation.of("/a", "minimum", "first?")), list);
        assertThrows(UnsupportedOperationException.class, () -> list.add(Violation.of("", "x", "y")));
        v.add(Pointer.parse("/c"), "type", "third");
        assertEquals(2, list.size());
        assertEquals(3, v.size());
        assertEquals("/b: second?\n/a: first?\n/c: third", v.toString());
    }

    @Test
    void pointersAreBuiltFromTheirParentAndRenderedWhenRead() {
        assertEquals("/prompt", Pointer.ROOT.member("prompt").toString());
        assertEquals("/a~1b/m~0n", Pointer.ROOT.member("a/b").member("m~n").toString());
        assertEquals("/images/3", Pointer.ROOT.member("images").item(3).toString());
        assertEquals("/", Pointer.ROOT.member("").toString());
        assertEquals("", Pointer.ROOT.toString());
        assertThrows(IllegalArgumentException.class, () -> Pointer.ROOT.member("images").item(-1));
    }

    @Test
    void parsedPointersEqualBuiltOnes() {
        assertEquals(Pointer.ROOT.member("a/b").member("m~n").item(0), Pointer.parse("/a~1b/m~0n/0"));
        assertEquals("/a~1b/m~0n/0", Pointer.parse("/a~1b/m~0n/0").toString());
        assertEquals("//", Pointer.parse("//").toString());
        assertEquals(Pointer.ROOT, Pointer.parse(""));
        assertThrows(IllegalArgumentException.class, () -> Pointer.parse("a"));
        assertThrows(IllegalArgumentException.class, () -> Pointer.parse("/a~2"));
        assertThrows(IllegalArgumentException.class, () -> Pointer.parse("/a~"));
    }

    @Test
    void messagesAreRenderedWhenReadAndCompareByText() {
        Violations v = new Violations();
        Checks.maximum(v, Pointer.ROOT.member("num_steps"), 30, 20);
        Violation found = v.list().get(0);
        assertEquals(Violation.of("/num_steps", "maximum", "30 is above the maximum 20"), found);
        assertEquals(Violation.of("/num_steps", "maximum", "30 is above the maximum 20").hashCode(), found.hashCode());
        assertEquals("/num_steps", found.pointer());
        assertEquals(Pointer.ROOT.member("num_steps"), found.at());
    }
}
