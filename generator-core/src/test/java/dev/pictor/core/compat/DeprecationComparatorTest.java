package dev.pictor.core.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeprecationComparatorTest {

    private static List<String> input(String older, String newer) {
        return PairedSchemas.input(older, newer).compare(new DeprecationComparator());
    }

    @Test
    void onlyANewlyDeprecatedSchemaIsReported() {
        assertEquals(
                List.of("WARNING compat.property-deprecated /input/deprecated: input: newly marked deprecated"),
                input("{\"deprecated\": false}", "{\"deprecated\": true}"));
        assertEquals(List.of(), input("{\"deprecated\": true}", "{\"deprecated\": true}"));
        assertEquals(List.of(), input("{\"deprecated\": true}", "{}"));
        assertEquals(List.of(), input("{}", "{\"deprecated\": \"yes\"}"));
    }
}
