package dev.pictor.core.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pictor.core.testing.TestRoot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequiredNotAPropertyRuleTest {

    @TempDir
    Path dir;

    @Test
    void reportsRequiredNamesThatAreNotProperties() {
        TestRoot root = TestRoot.create(dir).model("m", """
                {"type": "object", "required": ["prompt", "num_step", "mask"], "properties": {
                  "prompt": {"type": "string"},
                  "num_steps": {"type": "integer"}
                }}""");
        assertEquals(
                List.of(
                        "acme/m/2025-01-01.json:10:52: error: required.not-a-property: #/input/required/1:"
                                + " \"num_step\" is required but is not declared under properties (hint: did you"
                                + " mean \"num_steps\"?)",
                        "acme/m/2025-01-01.json:10:64: error: required.not-a-property: #/input/required/2: \"mask\""
                                + " is required but is not declared under properties (hint: declare it under"
                                + " properties, or remove it from required)"),
                root.lintText(new RequiredNotAPropertyRule()));
    }

    @Test
    void ignoresObjectsWithoutPropertiesAndKeepsATypoFixedByARefinementAsANote() {
        TestRoot root = TestRoot.create(dir).model("m", "text-to-image", """
                {"type": "object", "required": ["prompt", "num_step"], "properties": {
                  "prompt": {"type": "string"},
                  "num_steps": {"type": "integer"},
                  "meta": {"type": "object", "required": ["anything"]}
                }}""", "{\"type\": \"string\"}", """
                "refinements": [{"path": "/input/required/1", "value": "num_steps", "why": "typo on the page"}]""");
        assertEquals(
                List.of("acme/m/2025-01-01.json:10:52: note: required.not-a-property: #/input/required/1:"
                        + " \"num_step\" is required but is not declared under properties (hint: addressed by the"
                        + " refinement of /input/required/1)"),
                root.lintText(new RequiredNotAPropertyRule()));
    }
}
