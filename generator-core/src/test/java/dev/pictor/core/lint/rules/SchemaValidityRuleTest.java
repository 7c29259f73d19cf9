package dev.pictor.core.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
                                + " correct the schema with a refinement; the published schema stays"
                                + " verbatim)",
                        "acme/m/2025-01-01.json:12:20: error: schema.invalid: #/input/properties/mode/type: \"strin\""
                                + " is not a JSON Schema type; did you mean \"string\"? (hint: correct the type with a"
                                + " refinement; the published schema stays verbatim)"),
                root.lintText(new SchemaValidityRule()));
    }

    @Test
    void reportsABadRefinementValueWhereTheRefinementWritesIt() {
        TestRoot root = TestRoot.create(dir).model("m", "text-to-image", """
                {"type": "object", "properties": {"steps": {"type": "integer"}}}""", "{\"type\": \"string\"}", """
                "refinements": [{"path": "/input/properties/steps/maximum", "value": "20", "why": "page says so"}]""");
        assertEquals(
                List.of("acme/m/2025-01-01.json:12:70: error: schema.invalid: #/input/properties/steps/maximum: the"
                        + " input schema is not valid draft 2020-12: string found, number expected (hint: correct"
                        + " the schema with a refinement; the published schema stays verbatim)"),
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
}
