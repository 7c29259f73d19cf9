package dev.pictor.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pictor.core.model.Dialect;
import dev.pictor.core.testing.TestRoot;
import dev.pictor.core.validate.ReferenceValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated validators of an OpenAPI 3.0 model read {@code nullable} and the boolean exclusive bounds as the
 * reference validator does: every instance below gets the same verdict from both, and the verdicts are the ones
 * OpenAPI 3.0 (as Pictor reads it) gives.
 */
class OpenApiDialectValidatorTest {

    private static final String SCHEMA = """
            {"type": "object", "properties": {
               "seed": {"type": "integer", "nullable": true},
               "mode": {"allOf": [{"$ref": "#/$defs/mode"}], "nullable": true, "default": "fast", "x-order": 1},
               "strength": {"type": "number", "minimum": 0, "exclusiveMinimum": true,
                            "maximum": 1, "exclusiveMaximum": true},
               "steps": {"type": "integer", "minimum": 1, "maximum": 50}
             },
             "$defs": {"mode": {"type": "string", "enum": ["fast", "slow"]}}}
            """;

    /** Each instance and the verdict OpenAPI 3.0 gives it. */
    private static final List<Object[]> CASES = List.of(
            new Object[] {"{\"seed\": null}", true},
            new Object[] {"{\"seed\": 3}", true},
            new Object[] {"{\"seed\": \"3\"}", false},
            new Object[] {"{\"mode\": null}", true},
            new Object[] {"{\"mode\": \"slow\"}", true},
            new Object[] {"{\"mode\": \"medium\"}", false},
            new Object[] {"{\"strength\": 0}", false},
            new Object[] {"{\"strength\": 0.5}", true},
            new Object[] {"{\"strength\": 1}", false},
            new Object[] {"{\"steps\": 1}", true},
            new Object[] {"{\"steps\": 50}", true},
            new Object[] {"{\"steps\": 51}", false});

    @Test
    void nullableAndBooleanBoundsAgreeWithTheReferenceValidator(@TempDir Path dir) throws Exception {
        TestRoot.create(dir)
                .dialect(Dialect.OPENAPI_3_0)
                .model("oas", "text-to-image", SCHEMA, "{\"type\": \"string\", \"format\": \"binary\"}", "");
        ValidatorFixture fixture = ValidatorFixture.of(dir);
        ObjectMapper json = new ObjectMapper();
        JsonNode schema = json.readTree(SCHEMA);
        ReferenceValidator reference = new ReferenceValidator();
        List<String> wrong = new ArrayList<>();
        for (Object[] c : CASES) {
            String instance = (String) c[0];
            boolean expected = (Boolean) c[1];
            boolean byReference = reference
                    .validate(schema, Dialect.OPENAPI_3_0, "acme/oas.json", json.readTree(instance))
                    .isEmpty();
            ValidatorFixture.Outcome generated = fixture.validate("oas", instance);
            if (byReference != expected || generated.valid() != expected) {
                wrong.add(instance + ": expected " + expected + ", reference " + byReference + ", generated "
                        + generated.lines());
            }
        }
        assertEquals(List.of(), wrong);
    }
}
