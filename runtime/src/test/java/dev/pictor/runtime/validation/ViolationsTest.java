package dev.pictor.runtime.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

class ViolationsTest {

    @Test
    void toStringIsPointerAndMessageWithTheRootShownAsSlash() {
        assertEquals(
                "/num_steps: 30 is above the maximum 20",
                Violation.of("/num_steps", "maximum", "30 is above the maximum 20")
                        .toString());
        assertEquals(
                "/: missing required property \"prompt\"",
                Violation.of("", "required", "missing required property \"prompt\"")
                        .toString());
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
        assertThrows(
                IllegalArgumentException.class,
                () -> Pointer.ROOT.member("images").item(-1));
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
        assertEquals(
                Violation.of("/num_steps", "maximum", "30 is above the maximum 20")
                        .hashCode(),
                found.hashCode());
        assertEquals("/num_steps", found.pointer());
        assertEquals(Pointer.ROOT.member("num_steps"), found.at());
    }

    /** Steps between 1 and 20, and a count of how often it ran. */
    private static final class StepsCheck implements BiConsumer<Violations, int[]> {
        final AtomicInteger runs = new AtomicInteger();

        @Override
        public void accept(Violations v, int[] steps) {
            runs.incrementAndGet();
            for (int i = 0; i < steps.length; i++) {
                Checks.minimum(v, Pointer.ROOT.member("steps").item(i), steps[i], 1);
                Checks.maximum(v, Pointer.ROOT.member("steps").item(i), steps[i], 20);
            }
        }
    }

    @Test
    void aCountingRunKnowsHowManyAndBuildsTheViolationsWhenFirstRead() {
        StepsCheck check = new StepsCheck();
        int[] steps = {0, 5, 30};
        Violations v = Violations.counting();
        check.accept(v, steps);
        List<Violation> list = v.list(steps, check);
        assertEquals(2, list.size());
        assertEquals(1, check.runs.get(), "nothing is built before the list is read");
        assertEquals(
                List.of(
                        Violation.of("/steps/0", "minimum", "0 is below the minimum 1"),
                        Violation.of("/steps/2", "maximum", "30 is above the maximum 20")),
                list);
        assertEquals("/steps/2: 30 is above the maximum 20", list.get(1).toString());
        assertEquals(2, check.runs.get(), "built once, then kept");
        assertThrows(UnsupportedOperationException.class, () -> list.add(Violation.of("", "x", "y")));
        assertThrows(IndexOutOfBoundsException.class, () -> list.get(2));
    }

    @Test
    void aValidValueGetsTheEmptyListAndAKeepingCollectorItsOwn() {
        StepsCheck check = new StepsCheck();
        Violations counting = Violations.counting();
        check.accept(counting, new int[] {1, 20});
        assertEquals(List.of(), counting.list(new int[] {1, 20}, check));
        assertThrows(IllegalStateException.class, counting::list);

        Violations kept = new Violations();
        check.accept(kept, new int[] {21});
        assertEquals(kept.list(), kept.list(new int[] {21}, check));
        assertEquals(2, check.runs.get(), "a keeping collector's list runs nothing again");
    }

    @Test
    void aValueThatChangedBeforeTheListWasReadIsAnError() {
        StepsCheck check = new StepsCheck();
        int[] steps = {0};
        Violations v = Violations.counting();
        check.accept(v, steps);
        List<Violation> list = v.list(steps, check);
        steps[0] = 5;
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> list.get(0));
        assertTrue(e.getMessage().contains("changed"), e.getMessage());
    }
}
