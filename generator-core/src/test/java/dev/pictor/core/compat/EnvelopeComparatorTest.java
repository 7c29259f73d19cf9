package dev.pictor.core.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnvelopeComparatorTest {

    private static final String PNG =
            "{\"type\": \"string\", \"contentMediaType\": \"image/png\", \"format\": \"binary\"}";

    @Test
    void aBinaryOutputThatBecomesJsonIsAnotherBodyAndNothingMoreIsCompared() {
        assertEquals(
                List.of("ERROR compat.output-envelope-changed /output: output: the response was a binary body and is"
                        + " now JSON object"),
                PairedSchemas.output(PNG, "{\"type\": \"object\", \"maxProperties\": 1}")
                        .walk());
    }

    @Test
    void integerBesideNumberIsNoOtherKindOfBody() {
        assertEquals(
                List.of(),
                PairedSchemas.output("{\"type\": \"number\"}", "{\"type\": [\"integer\", \"number\"]}")
                        .walk());
        assertEquals(
                List.of("ERROR compat.output-envelope-changed /output: output: the response was JSON integer and is"
                        + " now JSON number"),
                PairedSchemas.output("{\"type\": \"integer\"}", "{\"type\": \"number\"}")
                        .walk());
    }

    @Test
    void theInputHasNoEnvelope() {
        assertEquals(
                List.of("ERROR compat.type-changed /input/type: input: type string is now object"),
                PairedSchemas.input(PNG, "{\"type\": \"object\"}").walk());
    }
}
