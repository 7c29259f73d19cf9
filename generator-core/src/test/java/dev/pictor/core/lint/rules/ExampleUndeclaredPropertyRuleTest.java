package dev.pictor.core.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pictor.core.testing.TestRoot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleUndeclaredPropertyRuleTest {

    private static final String HINT = " (hint: a provider ignores or rejects an undeclared field: remove it from"
            + " the example, or, if the model takes it, declare it with a refinement; the published schema stays"
            + " verbatim)";

    @TempDir
    Path dir;

    @Test
    void reportsAFieldTheSchemaWouldSilentlyIgnore() {
        TestRoot root = TestRoot.create(dir).model("m", "text-to-image", """
                {"type": "object", "properties": {
                  "prompt": {"type": "string"},
                  "options": {"type": "object", "properties": {"steps": {"type": "integer"}}}
                }}""", "{\"type\": \"string\"}", """
                "examples": [
                  {"name": "curl", "input": {"prompt": "cat", "seed": "42", "options": {"steps": 4, "cfg": 7.5}},
                   "valid": true}
                ]""");
        assertEquals(
                List.of(
                        "acme/m/2025-01-01.json:16:55: warning: example.undeclared-property: #/examples/0/input/seed:"
                                + " example \"curl\" sends \"seed\" (a string), which the input schema does not"
                                + " declare" + HINT,
                        "acme/m/2025-01-01.json:16:92: warning: example.undeclared-property:"
                                + " #/examples/0/input/options/cfg: example \"curl\" sends \"cfg\" (a number),"
                                + " which the input schema does not declare"
                                + HINT),
                root.lintText(new ExampleUndeclaredPropertyRule()));
    }

    @Test
    void acceptsDeclaredNamesPatternsMapsAndExamplesMeantToBeInvalid() {
        TestRoot root = TestRoot.create(dir).model("m", "text-to-image", """
                {"type": "object",
                 "properties": {"prompt": {"type": "string"},
                                "extra": {"type": "object", "additionalProperties": {"type": "string"}}},
                 "patternProperties": {"^lora_": {"type": "number"}},
                 "allOf": [{"properties": {"seed": {"type": "integer"}}},
                           {"properties": {"style": {"$ref": "#/$defs/style"}}}],
                 "$defs": {"style": {"type": "object", "properties": {"name": {"type": "string"}}}}}""", "{\"type\": \"string\"}", """
                "examples": [
                  {"name": "full", "input": {"prompt": "cat", "seed": 1, "lora_scale": 0.5, "extra": {"k": "v"},
                   "style": {"unseen": true}}, "valid": true},
                  {"name": "wrong", "input": {"prompt": "cat", "steps": 4}, "valid": false}
                ]""");
        assertEquals(List.of(), root.lintText(new ExampleUndeclaredPropertyRule()));
    }

    @Test
    void reportsEverythingSentToAnObjectThatDeclaresNoProperties() {
        TestRoot root = TestRoot.create(dir).model("m", "text-to-image", """
                {"type": "object", "properties": {}}""", "{\"type\": \"string\"}", """
                "examples": [{"name": "curl", "input": {"prompt": "cat"}, "valid": true}]""");
        assertEquals(
                List.of("acme/m/2025-01-01.json:12:51: warning: example.undeclared-property:"
                        + " #/examples/0/input/prompt: example \"curl\" sends \"prompt\" (a string), which"
                        + " the input schema does not declare"
                        + HINT),
                root.lintText(new ExampleUndeclaredPropertyRule()));
    }
}
