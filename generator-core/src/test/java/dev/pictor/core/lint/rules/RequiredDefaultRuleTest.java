package dev.pictor.core.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pictor.core.testing.TestRoot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequiredDefaultRuleTest {

    private static final String PNG = "{\"type\": \"string\", \"contentType\": \"image/png\", \"format\": \"binary\"}";
    private static final String INPUT = """
            {"type": "object", "required": ["prompt", "guidance_scale", "num_inference_steps"], "properties": {
              "prompt": {"type": "string"},
              "guidance_scale": {"type": "number", "default": 7.5},
              "num_inference_steps": {"type": "integer", "default": 50}
            }}""";

    @TempDir
    Path dir;

    @Test
    void reportsRequiredPropertiesWithADefault() {
        TestRoot root = TestRoot.create(dir).model("m", INPUT);
        String prefix = "acme/m/2025-01-01.json:10:41: warning: required.has-default: #/input/required: ";
        assertEquals(
                List.of(
                        prefix + "\"guidance_scale\" is required and also has default 7.5; the default can never"
                                + " apply (hint: if the provider fills in the default, remove \"guidance_scale\""
                                + " from /input/required; otherwise remove the default with a refinement;"
                                + " the published schema stays verbatim)",
                        prefix
                                + "\"num_inference_steps\" is required and also has default 50; the default can"
                                + " never apply (hint: if the provider fills in the default, remove"
                                + " \"num_inference_steps\" from /input/required; otherwise remove"
                                + " the default with a refinement; the published schema"
                                + " stays verbatim)"),
                root.lintText(new RequiredDefaultRule()));
    }

    @Test
    void aRefinementOfRequiredTurnsTheFindingsIntoNotes() {
        TestRoot root = TestRoot.create(dir).model("m", "text-to-image", INPUT, PNG, """
                "refinements": [{"path": "/input/required", "value": ["prompt"], "why": "the API fills in defaults"}]""");
        String prefix = "acme/m/2025-01-01.json:10:41: note: required.has-default: #/input/required: ";
        String hint = " (hint: addressed by the refinement of /input/required)";
        assertEquals(
                List.of(
                        prefix + "\"guidance_scale\" is required and also has default 7.5; the default can never apply"
                                + hint,
                        prefix
                                + "\"num_inference_steps\" is required and also has default 50; the default can"
                                + " never apply"
                                + hint),
                root.lintText(new RequiredDefaultRule()));
    }

    @Test
    void acceptsRequiredPropertiesWithoutDefaultsAndOptionalOnesWithDefaults() {
        TestRoot root = TestRoot.create(dir).model("m", """
                {"type": "object", "required": ["prompt"], "properties": {
                  "prompt": {"type": "string"},
                  "steps": {"type": "integer", "default": 20}
                }}""");
        assertEquals(List.of(), root.lintText(new RequiredDefaultRule()));
    }
}
