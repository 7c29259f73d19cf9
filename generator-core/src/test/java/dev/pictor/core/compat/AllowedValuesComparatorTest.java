package dev.pictor.core.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AllowedValuesComparatorTest {

    private static List<String> input(String older, String newer) {
        return PairedSchemas.input(older, newer).compare(new AllowedValuesComparator());
    }

    @Test
    void aRemovedValueNarrowsAndAnAddedOneWidens() {
        assertEquals(
                List.of(
                        "ERROR compat.enum-value-removed /input/enum: input: value [\"b\"] is no longer allowed",
                        "NOTE compat.enum-value-added /input/enum: input: values [\"c\", \"d\"] are newly allowed"),
                input("{\"enum\": [\"a\", \"b\"]}", "{\"enum\": [\"a\", \"c\", \"d\"]}"));
    }

    @Test
    void anAddedValueIsLocatedAtItselfWithThePointerOfTheList() {
        List<CompatFinding> found =
                PairedSchemas.input("{\"enum\": [1]}", "{\"enum\": [1, 2]}").findings();
        assertEquals(1, found.size(), found::toString);
        assertEquals("/input/enum", found.get(0).diagnostic().pointer());
        assertEquals(2, found.get(0).diagnostic().location().line());
        assertEquals(23, found.get(0).diagnostic().location().column());
    }

    @Test
    void constIsAListOfOneAndValuesCompareAsJsonSchemaDoes() {
        assertEquals(
                List.of("NOTE compat.enum-value-added /input/enum: input: value [\"b\"] is newly allowed"),
                input("{\"const\": \"a\"}", "{\"enum\": [\"a\", \"b\"]}"));
        assertEquals(List.of(), input("{\"enum\": [1, 2]}", "{\"enum\": [2.0, 1.0]}"));
    }

    @Test
    void aListIntroducedRestrictsAndOneDroppedFrees() {
        assertEquals(
                List.of("ERROR compat.enum-introduced /input/const: input: values are now restricted to [\"a\"]"),
                input("{\"type\": \"string\"}", "{\"const\": \"a\"}"));
        assertEquals(
                List.of("ERROR compat.enum-dropped /output/enum: output: values were restricted to [1, 2] and are"
                        + " not now"),
                PairedSchemas.output("{\"enum\": [1, 2]}", "{}").compare(new AllowedValuesComparator()));
    }
}
