package dev.pictor.core.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LengthComparatorTest {

    private static List<String> input(String older, String newer) {
        return PairedSchemas.input(older, newer).compare(new LengthComparator());
    }

    @Test
    void aShorterMaximumNarrowsAndALongerOneWidens() {
        assertEquals(
                List.of("ERROR compat.length-narrowed /input/maxLength: input: maxLength 10 is now 5"),
                input("{\"maxLength\": 10}", "{\"maxLength\": 5}"));
        assertEquals(
                List.of("ERROR compat.length-widened /output/maxItems: output: maxItems 4 is now 8"),
                PairedSchemas.output("{\"maxItems\": 4}", "{\"maxItems\": 8}").compare(new LengthComparator()));
    }

    @Test
    void aMinimumOfZeroIsNoBound() {
        assertEquals(List.of(), input("{}", "{\"minLength\": 0}"));
        assertEquals(List.of(), input("{\"minItems\": 0}", "{}"));
        assertEquals(
                List.of("ERROR compat.length-narrowed /input/minItems: input: minItems 1 added"),
                input("{}", "{\"minItems\": 1}"));
        assertEquals(
                List.of("NOTE compat.length-widened /input/maxLength: input: maxLength 0 removed"),
                input("{\"maxLength\": 0}", "{}"));
    }
}
