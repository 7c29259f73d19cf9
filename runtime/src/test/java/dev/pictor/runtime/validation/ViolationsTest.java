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
                new Violation("/num_steps", "maximum", "30 is above the maximum 20").toString());
        assertEquals("/: missing required property \"prompt\"",
                new Violation("", "required", "missing required property \"prompt\"").toString());
        assertEquals("", new Violation("", "required", "m").pointer());
    }

    @Test
    void pointerMustBeAJsonPointer() {
        assertThrows(IllegalArgumentException.class, () -> new Violation("num_steps", "maximum", "m"));
        assertThrows(NullPointerException.class, () -> new Violation(null, "maximum", "m"));
    }

    @Test
    void collectsInInsertionOrderAndHandsOutAnImmutableCopy() {
        Violations v = new Violations();
        assertTrue(v.isEmpty());
        v.add("/b", "maximum", "second?");
        v.add(new Violation("/a", "minimum", "first?"));
        List<Violation> list = v.list();
        assertEquals(List.of(new Violation("/b", "maximum", "second?"), new Violation("/a", "minimum", "first?")), list);
        assertThrows(UnsupportedOperationException.class, () -> list.add(new Violation("", "x", "y")));
        v.add("/c", "type", "third");
        assertEquals(2, list.size());
        assertEquals(3, v.size());
        assertEquals("/b: second?\n/a: first?\n/c: third", v.toString());
    }

    @Test
    void pointers() {
        assertEquals("/prompt", Pointers.member(Pointers.ROOT, "prompt"));
        assertEquals("/a~1b/m~0n", Pointers.member(Pointers.member("", "a/b"), "m~n"));
        assertEquals("/images/3", Pointers.item("/images", 3));
        assertEquals("/", Pointers.member("", ""));
        assertThrows(IllegalArgumentException.class, () -> Pointers.item("/images", -1));
    }
}
