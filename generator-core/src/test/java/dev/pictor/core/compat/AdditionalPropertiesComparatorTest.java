package dev.pictor.core.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdditionalPropertiesComparatorTest {

    private static List<String> input(String older, String newer) {
        return PairedSchemas.input(older, newer).compare(new AdditionalPropertiesComparator());
    }

    @Test
    void closingSaysWhatWasAllowedBefore() {
        String closed = "{\"additionalProperties\": false}";
        String prefix = "ERROR compat.additional-properties-closed /input/additionalProperties: input:"
                + " additionalProperties is now false: a member the schema does not declare is rejected (it was ";
        assertEquals(List.of(prefix + "absent: any undeclared member was allowed)"), input("{}", closed));
        assertEquals(
                List.of(prefix + "true: any undeclared member was allowed)"),
                input("{\"additionalProperties\": true}", closed));
        assertEquals(
                List.of(prefix + "a schema: undeclared members valid against it were allowed)"),
                input("{\"additionalProperties\": {\"type\": \"string\"}}", closed));
    }

    @Test
    void openingTheOutputIsRisky() {
        assertEquals(
                List.of("WARNING compat.additional-properties-opened /output/additionalProperties: output:"
                        + " additionalProperties is no longer false: members the schema does not declare are allowed"),
                PairedSchemas.output("{\"additionalProperties\": false}", "{}")
                        .compare(new AdditionalPropertiesComparator()));
    }

    @Test
    void twoOpenValuesAreSubschemasForTheWalker() {
        String older = "{\"additionalProperties\": {\"type\": \"string\"}}";
        String newer = "{\"additionalProperties\": {\"type\": \"integer\"}}";
        assertEquals(List.of(), input(older, newer));
        assertEquals(
                List.of("ERROR compat.type-changed /input/additionalProperties/type: input *: type string is now"
                        + " integer"),
                PairedSchemas.input(older, newer).walk());
    }
}
