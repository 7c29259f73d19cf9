package dev.pictor.core.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumericBoundComparatorTest {

    private static List<String> input(String older, String newer) {
        return PairedSchemas.input(older, newer).compare(new NumericBoundComparator());
    }

    @Test
    void aHigherMinimumNarrowsAndALowerMaximumToo() {
        assertEquals(
                List.of(
                        "ERROR compat.range-narrowed /input/minimum: input: minimum 0 is now 1",
                        "ERROR compat.range-narrowed /input/maximum: input: maximum 10 is now 9"),
                input("{\"minimum\": 0, \"maximum\": 10}", "{\"minimum\": 1, \"maximum\": 9}"));
    }

    @Test
    void theOutputWidensWhereTheInputWouldNarrow() {
        assertEquals(
                List.of("ERROR compat.range-widened /output/maximum: output: maximum 9 is now 10"),
                PairedSchemas.output("{\"maximum\": 9}", "{\"maximum\": 10}").compare(new NumericBoundComparator()));
    }

    @Test
    void anAddedBoundNarrowsAndARemovedOneWidens() {
        assertEquals(
                List.of("ERROR compat.range-narrowed /input/maximum: input: maximum 5 added (no upper bound before)"),
                input("{}", "{\"maximum\": 5}"));
        assertEquals(
                List.of("NOTE compat.range-widened /input/exclusiveMinimum: input: exclusiveMinimum 0 removed (no"
                        + " lower bound now)"),
                input("{\"exclusiveMinimum\": 0}", "{}"));
    }

    @Test
    void anExclusiveBoundIsTighterThanAnInclusiveOneOfTheSameValue() {
        assertEquals(
                List.of("ERROR compat.range-narrowed /input/exclusiveMinimum: input: minimum 1 is now"
                        + " exclusiveMinimum 1"),
                input("{\"minimum\": 1}", "{\"exclusiveMinimum\": 1}"));
    }

    @Test
    void integerBoundsCompareByTheFirstIntegerTheyAllow() {
        assertEquals(
                List.of(),
                input("{\"type\": \"integer\", \"exclusiveMinimum\": 0}", "{\"type\": \"integer\", \"minimum\": 1}"));
        assertEquals(
                List.of("ERROR compat.range-narrowed /input/minimum: input: exclusiveMinimum 0 is now minimum 1"),
                input("{\"type\": \"number\", \"exclusiveMinimum\": 0}", "{\"type\": \"number\", \"minimum\": 1}"));
    }
}
