package dev.pictor.core.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MultipleOfComparatorTest {

    private static List<String> input(String older, String newer) {
        return PairedSchemas.input(older, newer).compare(new MultipleOfComparator());
    }

    @Test
    void aMultipleOfTheOldDivisorNarrowsAndADivisorOfItWidens() {
        assertEquals(
                List.of("ERROR compat.range-narrowed /input/multipleOf: input: multipleOf 2 is now 4"),
                input("{\"multipleOf\": 2}", "{\"multipleOf\": 4}"));
        assertEquals(
                List.of("NOTE compat.range-widened /input/multipleOf: input: multipleOf 4 is now 2"),
                input("{\"multipleOf\": 4}", "{\"multipleOf\": 2}"));
        assertEquals(List.of(), input("{\"multipleOf\": 2}", "{\"multipleOf\": 2.0}"));
    }

    @Test
    void anUnrelatedDivisorNarrowsAndWidensAtOnce() {
        String both = "input: multipleOf 2 is now 3: some values valid before are not, and the other way round";
        assertEquals(
                List.of(
                        "ERROR compat.range-narrowed /input/multipleOf: " + both,
                        "NOTE compat.range-widened /input/multipleOf: " + both),
                input("{\"multipleOf\": 2}", "{\"multipleOf\": 3}"));
    }

    @Test
    void addedRemovedAndNoDivisorAtAll() {
        assertEquals(
                List.of("ERROR compat.range-narrowed /input/multipleOf: input: multipleOf 8 added"),
                input("{}", "{\"multipleOf\": 8}"));
        assertEquals(
                List.of("NOTE compat.range-widened /input/multipleOf: input: multipleOf 8 removed"),
                input("{\"multipleOf\": 8}", "{}"));
        // Zero (or anything that is not a positive number) states no divisor.
        assertEquals(List.of(), input("{}", "{\"multipleOf\": 0}"));
    }
}
