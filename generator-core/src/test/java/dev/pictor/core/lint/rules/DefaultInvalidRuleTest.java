package dev.pictor.core.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pictor.core.model.Dialect;
import dev.pictor.core.testing.TestRoot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultInvalidRuleTest {

    private static final String HINT = " (hint: find out what the provider really uses, and correct the default or"
            + " the constraint with a refinement; the published schema stays verbatim)";

    @TempDir
    Path dir;

    @Test
    void reportsADefaultThatBreaksItsOwnPattern() {
        TestRoot root = TestRoot.create(dir).model("m", """
                {"type": "object", "properties": {
                  "seed": {"type": "string", "pattern": "^[0-9]+$", "default": "abc"},
                  "ok": {"type": "string", "pattern": "[0-9]", "default": "a1b"}
                }}""");
        assertEquals(
                List.of("acme/m/2025-01-01.json:11:64: warning: default.invalid: #/input/properties/seed/default:"
                        + " default \"abc\" does not match the pattern \"^[0-9]+$\"" + HINT),
                root.lintText(new DefaultInvalidRule()));
    }

    @Test
    void reportsDefaultsTheirOwnSchemaRejects() {
        TestRoot root = TestRoot.create(dir).model("m", """
                {"type": "object", "properties": {
                  "num_steps": {"type": "integer", "default": 30, "maximum": 20},
                  "strength": {"type": "number", "default": 0, "exclusiveMinimum": 0, "maximum": 1},
                  "width": {"type": "integer", "default": "512"},
                  "scheduler": {"enum": ["K_EULER", "DDIM"], "default": "euler"},
                  "mode": {"const": "fast", "default": "slow"},
                  "prompt": {"type": "string", "minLength": 1, "default": ""},
                  "size": {"type": "string", "maxLength": 3, "default": "large"},
                  "cfg": {"type": "number", "minimum": 1, "multipleOf": 0.5, "default": 0.75}
                }}""");
        assertEquals(
                List.of(
                        "acme/m/2025-01-01.json:11:47: warning: default.invalid:"
                                + " #/input/properties/num_steps/default: default 30 is above the maximum 20" + HINT,
                        "acme/m/2025-01-01.json:12:45: warning: default.invalid: #/input/properties/strength/default:"
                                + " default 0 is not above the exclusive minimum 0" + HINT,
                        "acme/m/2025-01-01.json:13:43: warning: default.invalid: #/input/properties/width/default:"
                                + " default \"512\" is a string, but the type is integer" + HINT,
                        "acme/m/2025-01-01.json:14:57: warning: default.invalid:"
                                + " #/input/properties/scheduler/default: default \"euler\" is not one of the enum"
                                + " values \"K_EULER\", \"DDIM\"" + HINT,
                        "acme/m/2025-01-01.json:15:40: warning: default.invalid: #/input/properties/mode/default:"
                                + " default \"slow\" is not the const \"fast\"" + HINT,
                        "acme/m/2025-01-01.json:16:59: warning: default.invalid: #/input/properties/prompt/default:"
                                + " default \"\" has 0 characters, fewer than the minLength 1" + HINT,
                        "acme/m/2025-01-01.json:17:57: warning: default.invalid: #/input/properties/size/default:"
                                + " default \"large\" has 5 characters, more than the maxLength 3" + HINT,
                        "acme/m/2025-01-01.json:18:73: warning: default.invalid: #/input/properties/cfg/default:"
                                + " default 0.75 is below the minimum 1" + HINT,
                        "acme/m/2025-01-01.json:18:73: warning: default.invalid: #/input/properties/cfg/default:"
                                + " default 0.75 is not a multiple of 0.5" + HINT),
                root.lintText(new DefaultInvalidRule()));
    }

    @Test
    void acceptsDefaultsThatFitCountingOnePointZeroAsAnInteger() {
        TestRoot root = TestRoot.create(dir).model("m", """
                {"type": "object", "properties": {
                  "num_steps": {"type": "integer", "default": 20.0, "minimum": 1, "maximum": 20},
                  "guidance": {"type": "number", "default": 7, "exclusiveMaximum": 7.5},
                  "seed": {"type": ["integer", "null"], "default": null},
                  "scheduler": {"type": "string", "enum": ["K_EULER", "DDIM"], "default": "DDIM"},
                  "scale": {"enum": [1, 2], "default": 1.0}
                }}""");
        assertEquals(List.of(), root.lintText(new DefaultInvalidRule()));
    }

    @Test
    void readsOpenApi30BoundsAndNullable() {
        TestRoot root = TestRoot.create(dir).dialect(Dialect.OPENAPI_3_0).model("m", """
                {"type": "object", "properties": {
                  "strength": {"type": "number", "default": 0, "minimum": 0, "exclusiveMinimum": true},
                  "guidance": {"type": "number", "default": 7.5, "maximum": 7.5, "exclusiveMaximum": false},
                  "seed": {"type": "integer", "nullable": true, "default": null},
                  "mode": {"allOf": [{"$ref": "#/$defs/mode"}], "nullable": true, "default": null}
                }, "$defs": {"mode": {"type": "string", "enum": ["a"]}}}""");
        assertEquals(
                List.of("acme/m/2025-01-01.json:11:45: warning: default.invalid: #/input/properties/strength/default:"
                        + " default 0 is not above the exclusive minimum 0" + HINT),
                root.lintText(new DefaultInvalidRule()));
    }

    @Test
    void keepsAFindingARefinementAddressesAsANote() {
        TestRoot root = TestRoot.create(dir).model("m", "text-to-image", """
                {"type": "object", "properties": {
                  "num_steps": {"type": "integer", "default": 30, "maximum": 20}}}""", "{\"type\": \"string\"}", """
                "refinements": [{"path": "/input/properties/num_steps/maximum", "value": 50, "why": "API allows 50"}]""");
        assertEquals(
                List.of("acme/m/2025-01-01.json:11:47: note: default.invalid: #/input/properties/num_steps/default:"
                        + " default 30 is above the maximum 20 (hint: addressed by the refinements of this document)"),
                root.lintText(new DefaultInvalidRule()));
    }
}
