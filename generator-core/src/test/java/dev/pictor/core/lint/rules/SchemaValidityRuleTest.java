package dev.pictor.core.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.model.Dialect;
import dev.pictor.core.testing.TestRoot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaValidityRuleTest {

    @TempDir
    Path dir;

    @Test
    void reportsEachBrokenKeywordOfThePublishedSchemaAtItsNode() {
        TestRoot root = TestRoot.create(dir).model("m", """
                {"type": "object", "properties": {
                  "height": {"type": "integer", "minimum": "256"},
                  "mode": {"type": "strin"}
                }}""");
        assertEquals(
                List.of(
                        "acme/m/2025-01-01.json:11:44: error: schema.invalid: #/input/properties/height/minimum: the"
                                + " input schema is not valid draft 2020-12: string found, number expected (hint:"
                                + " write /input/properties/height/minimum as 256 with this refinement (the published"
                                + " schema stays verbatim): {\"path\": \"/input/properties/height/minimum\","
                                + " \"value\": 256, \"why\": \"The published schema has a string \\\"256\\\" at"
                                + " /input/properties/height/minimum; draft 2020-12 needs a number there.\"})",
                        "acme/m/2025-01-01.json:12:20: error: schema.invalid: #/input/properties/mode/type: \"strin\""
                                + " is not a JSON Schema type; did you mean \"string\"? (hint: correct the type with"
                                + " this refinement (the published schema stays verbatim): {\"path\":"
                                + " \"/input/properties/mode/type\", \"value\": \"string\", \"why\": \"\\\"strin\\\" is no"
                                + " JSON Schema type; it is read as the misspelt \\\"string\\\".\"})"),
                root.lintText(new SchemaValidityRule()));
    }

    @Test
    void reportsABadRefinementValueWhereTheRefinementWritesIt() {
        TestRoot root = TestRoot.create(dir).model("m", "text-to-image", """
                {"type": "object", "properties": {"steps": {"type": "integer"}}}""", "{\"type\": \"string\"}", """
                "refinements": [{"path": "/input/properties/steps/maximum", "value": "20", "why": "page says so"}]""");
        assertEquals(
                List.of("acme/m/2025-01-01.json:12:70: error: schema.invalid: #/input/properties/steps/maximum: the"
                        + " input schema is not valid draft 2020-12: string found, number expected (hint: write"
                        + " /input/properties/steps/maximum as 20 with this refinement (the published schema stays"
                        + " verbatim): {\"path\": \"/input/properties/steps/maximum\", \"value\": 20, \"why\":"
                        + " \"The published schema has a string \\\"20\\\" at /input/properties/steps/maximum;"
                        + " draft 2020-12 needs a number there.\"})"),
                root.lintText(new SchemaValidityRule()));
    }

    @Test
    void acceptsValidSchemasAndRefinements() {
        TestRoot root = TestRoot.create(dir)
                .model("m", "text-to-image", """
                {"type": "object", "properties": {"steps": {"type": "integer", "default": 4}}}""", "{\"type\": \"string\", \"contentType\": \"image/png\"}", """
                "refinements": [{"path": "/input/properties/steps/maximum", "value": 20, "why": "page says so"}]""");
        assertEquals(List.of(), root.lintText(new SchemaValidityRule()));
    }

    @Test
    void checksAnOpenApi30SchemaAgainstTheOpenApiSchemaObject() {
        // The output's contentType is no OpenAPI 3.0 member (only x- extensions are): the meta-schema refuses it.
        TestRoot root = TestRoot.create(dir).dialect(Dialect.OPENAPI_3_0).model("m", """
                {"type": "object", "properties": {
                  "seed": {"type": ["integer", "null"]},
                  "mode": {"allOf": [{"$ref": "#/$defs/mode"}], "nullable": true, "x-order": 1}
                }, "$defs": {"mode": {"type": "string", "enum": ["a"], "nullable": true}}}""");
        List<String> found = root.lintText(new SchemaValidityRule());
        assertTrue(
                found.contains("acme/m/2025-01-01.json:11:20: error: schema.invalid: #/input/properties/seed/type:"
                        + " the input schema is not valid OpenAPI 3.0: does not have a value in the enumeration"
                        + " [\"array\", \"boolean\", \"integer\", \"number\", \"object\", \"string\"]; array"
                        + " found, string expected (hint: write /input/properties/seed/type as \"integer\" with"
                        + " nullable true with these refinements (the published schema stays verbatim): {\"path\":"
                        + " \"/input/properties/seed/type\", \"value\": \"integer\", \"why\": \"OpenAPI 3.0 has no type"
                        + " arrays: it writes [\\\"integer\\\",\\\"null\\\"] as type \\\"integer\\\" with nullable"
                        + " true.\"}, {\"path\": \"/input/properties/seed/nullable\", \"value\": true, \"why\":"
                        + " \"OpenAPI 3.0 has no type arrays: it writes [\\\"integer\\\",\\\"null\\\"] as type"
                        + " \\\"integer\\\" with nullable true.\"})"),
                found.toString());
        assertTrue(
                found.stream()
                        .anyMatch(f -> f.contains("#/output: the output schema is not valid OpenAPI 3.0:"
                                + " property 'contentType' is not defined")),
                found.toString());
        assertTrue(found.stream().noneMatch(f -> f.contains("mode")), "nullable, x-order and $defs are accepted");
    }

    @Test
    void checksAnOpenApi31SchemaAgainstTheBaseDialect() {
        TestRoot root = TestRoot.create(dir).dialect(Dialect.OPENAPI_3_1).model("m", """
                {"type": "object", "properties": {
                  "seed": {"type": ["integer", "null"], "example": 1},
                  "pet": {"type": "object", "discriminator": {"mapping": {}}}
                }}""");
        List<String> found = root.lintText(new SchemaValidityRule());
        assertEquals(1, found.size(), found.toString());
        assertTrue(
                found.get(0)
                        .startsWith("acme/m/2025-01-01.json:12:46: error: schema.invalid:"
                                + " #/input/properties/pet/discriminator: the input schema is not valid OpenAPI 3.1: "),
                found.get(0));
    }
}
