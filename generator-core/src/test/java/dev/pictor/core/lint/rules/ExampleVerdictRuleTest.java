package dev.pictor.core.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.testing.TestRoot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleVerdictRuleTest {

    private static final String INPUT = """
            {"type": "object", "additionalProperties": false, "required": ["prompt"], "properties": {
              "prompt": {"type": "string", "minLength": 1},
              "num_steps": {"type": "integer", "maximum": 20}
            }}""";

    @TempDir
    Path dir;

    @Test
    void reportsAValidExampleThatFailsWithEveryViolation() {
        TestRoot root = TestRoot.create(dir).model("m", "text-to-image", INPUT, "{\"type\": \"string\"}", """
                "examples": [
                  {"name": "curl", "input": {"prompt": "cat", "num_steps": 30, "seed": 1}, "valid": true}
                ]""");
        assertEquals(
                List.of("acme/m/2025-01-01.json:16:3: error: example.verdict: #/examples/0: example \"curl\" is"
                        + " declared valid, but the input schema rejects it: #: property 'seed' is not"
                        + " defined in the schema and the schema does not allow additional"
                        + " properties; #/num_steps: must have a maximum value of 20"
                        + " (hint: correct the example; if the provider accepts"
                        + " this request, correct the schema with a"
                        + " refinement; the published schema stays"
                        + " verbatim)"),
                root.lintText(new ExampleVerdictRule()));
    }

    @Test
    void reportsAnInvalidExampleThatPasses() {
        TestRoot root = TestRoot.create(dir).model("m", "text-to-image", INPUT, "{\"type\": \"string\"}", """
                "examples": [
                  {"name": "big-steps", "input": {"prompt": "cat", "num_steps": 20}, "valid": false,
                   "why": "the page says 20 is too many"}
                ]""");
        assertEquals(
                List.of("acme/m/2025-01-01.json:16:3: error: example.verdict: #/examples/0: example \"big-steps\" is"
                        + " declared invalid (\"the page says 20 is too many\"), but the input schema"
                        + " accepts it (hint: declare the example valid, or add the constraint the"
                        + " provider enforces with a refinement; the published schema"
                        + " stays verbatim)"),
                root.lintText(new ExampleVerdictRule()));
    }

    @Test
    void judgesExamplesAgainstTheRefinedSchema() {
        TestRoot root = TestRoot.create(dir).model("m", "text-to-image", INPUT, "{\"type\": \"string\"}", """
                "refinements": [{"path": "/input/properties/num_steps/maximum", "value": 8, "why": "model card"}],
                "examples": [
                  {"name": "ok", "input": {"prompt": "cat", "num_steps": 8}, "valid": true},
                  {"name": "too-many", "input": {"prompt": "cat", "num_steps": 9}, "valid": false},
                  {"name": "empty", "input": {"prompt": ""}, "valid": false}
                ]""");
        assertEquals(List.of(), root.lintText(new ExampleVerdictRule()));
    }

    /** A document that asks for {@code format} to be asserted has its examples judged so, as its validator would. */
    @Test
    void judgesFormatsAsTheDocumentAsks() {
        String input =
                "{\"type\": \"object\", \"properties\": {\"day\": {\"type\": \"string\", \"format\": \"date\"}}}";
        String examples = """
                "examples": [{"name": "bad-day", "input": {"day": "2024-02-30"}, "valid": true}]""";
        assertEquals(
                List.of(),
                TestRoot.create(dir.resolve("annotate"))
                        .model("m", "text-to-image", input, "{\"type\": \"string\"}", examples)
                        .lintText(new ExampleVerdictRule()),
                "format is an annotation by default");
        List<String> asserted = TestRoot.create(dir.resolve("assert"))
                .model("m", "text-to-image", input, "{\"type\": \"string\"}", "\"formats\": \"assert\",\n" + examples)
                .lintText(new ExampleVerdictRule());
        assertEquals(1, asserted.size(), asserted.toString());
        assertTrue(asserted.get(0).contains("example \"bad-day\" is declared valid"), asserted.get(0));
        assertTrue(asserted.get(0).contains("#/day"), asserted.get(0));
    }
}
