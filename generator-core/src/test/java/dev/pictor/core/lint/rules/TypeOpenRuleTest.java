package dev.pictor.core.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.testing.TestRoot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypeOpenRuleTest {

    private static final String PNG = "{\"type\": \"string\", \"contentType\": \"image/png\", \"format\": \"binary\"}";

    @TempDir
    Path dir;

    @Test
    void notesEachPropertyWhoseSchemaLeavesTheValueOpen() {
        TestRoot root = TestRoot.create(dir).model("m", """
                {"type": "object", "properties": {
                  "anything": {},
                  "yes": true,
                  "described": {"description": "extra settings", "title": "Extra", "x-order": 3},
                  "scale": {"description": "guidance", "default": 7.5}
                }}""");
        String message = " states no type and no constraint: any JSON value is valid, and the generated code holds it"
                + " as JsonValue (hint: ";
        assertEquals(
                List.of(
                        "acme/m/2025-01-01.json:11:15: note: type.open: #/input/properties/anything: property"
                                + " \"anything\" of the input schema" + message + "state its type at"
                                + " /input/properties/anything/type with a refinement; the published schema stays"
                                + " verbatim)",
                        "acme/m/2025-01-01.json:12:10: note: type.open: #/input/properties/yes: property \"yes\" of"
                                + " the input schema" + message + "replace /input/properties/yes with a schema that"
                                + " states its type with a refinement; the published schema stays verbatim)",
                        "acme/m/2025-01-01.json:13:16: note: type.open: #/input/properties/described: property"
                                + " \"described\" of the input schema" + message + "state its type at"
                                + " /input/properties/described/type with a refinement; the published schema stays"
                                + " verbatim)",
                        "acme/m/2025-01-01.json:14:12: note: type.open: #/input/properties/scale: property \"scale\""
                                + " of the input schema" + message + "if it takes only a number, state its type at"
                                + " /input/properties/scale/type with this refinement (the published schema stays"
                                + " verbatim): {\"path\": \"/input/properties/scale/type\", \"value\": \"number\","
                                + " \"why\": \"The published default is a number.\"})"),
                root.lintText(new TypeOpenRule()));
    }

    @Test
    void leavesPropertiesThatStateATypeAConstraintOrAReference() {
        TestRoot root = TestRoot.create(dir).model("m", "text-to-image", """
                {"type": "object", "properties": {
                  "prompt": {"type": "string"},
                  "mode": {"enum": ["a", "b"]},
                  "fixed": {"const": 1},
                  "size": {"allOf": [{"$ref": "#/$defs/size"}], "default": "1:1"},
                  "ref": {"$ref": "#/$defs/size"},
                  "long": {"minLength": 3},
                  "never": false,
                  "nested": {"type": "object", "properties": {"inner": {"type": "integer"}}}
                }, "$defs": {"size": {"type": "string", "enum": ["1:1"]}}}""", """
                {"type": "object", "properties": {"url": {"type": "string"}}}""", "");
        assertEquals(List.of(), root.lintText(new TypeOpenRule()));
    }

    @Test
    void notesOpenPropertiesOfTheOutputAndOfNestedObjects() {
        TestRoot root = TestRoot.create(dir).model("m", "text-to-image", """
                {"type": "object", "properties": {
                  "options": {"type": "object", "properties": {"seed": {"default": 42}}}
                }}""", """
                {"type": "object", "properties": {"metadata": {"title": "Metadata"}}}""", "");
        List<Diagnostic> found = root.lint(new TypeOpenRule());
        assertEquals(
                List.of("/input/properties/options/properties/seed", "/output/properties/metadata"),
                found.stream().map(Diagnostic::pointer).toList());
        assertTrue(found.get(0).message().startsWith("property \"seed\" of the input schema"), found.toString());
        assertTrue(found.get(1).message().startsWith("property \"metadata\" of the output schema"), found.toString());
        assertTrue(
                found.get(0).hint().contains("\"value\": \"integer\""),
                found.get(0).hint());
    }

    @Test
    void aRefinementThatStatesTheTypeKeepsTheNoteAsAddressed() {
        TestRoot root = TestRoot.create(dir).model("m", "text-to-image", """
                {"type": "object", "properties": {"seed": {"default": 42}}}""", PNG, """
                "refinements": [{"path": "/input/properties/seed/type", "value": "integer", "why": "The default is."}]""");
        List<Diagnostic> found = root.lint(new TypeOpenRule());
        assertEquals(1, found.size(), found.toString());
        assertEquals(Severity.NOTE, found.get(0).severity());
        assertEquals(
                "addressed by the refinement of /input/properties/seed/type",
                found.get(0).hint());
    }
}
