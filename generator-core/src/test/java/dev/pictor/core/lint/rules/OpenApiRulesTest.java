package dev.pictor.core.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.lint.LintRule;
import dev.pictor.core.model.Dialect;
import dev.pictor.core.testing.TestRoot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code openapi.*} rules on model documents that {@code pictor import openapi} writes (an OpenAPI dialect, an
 * {@code operation}, the components in {@code $defs}): each finding names where the value is in the model document,
 * and the refinement its hint offers, pasted into the document, addresses it (the finding becomes a NOTE).
 */
class OpenApiRulesTest {

    private static final String OPERATION = "\"operation\": {\"file\": \"acme.openapi.json\", \"infoVersion\": \"1\","
            + " \"line\": 42, \"method\": \"POST\", \"path\": \"/v1/text_to_image\", \"parameters\": [],"
            + " \"responses\": [{\"status\": \"200\", \"mediaType\": \"image/png\", \"schema\": \"/output\"}]}";

    private static final String PNG = "{\"type\": \"string\", \"format\": \"binary\"}";

    @TempDir
    Path dir;

    @Test
    void refSiblingsInOpenApi30AreReportedButNotNullableNorPictorsDefs() {
        TestRoot root = TestRoot.create(dir).dialect(Dialect.OPENAPI_3_0);
        root.model("m", "text-to-image", """
                {"type": "object", "properties": {
                  "controlNetType": {"$ref": "#/$defs/ControlNetType", "deprecated": true},
                  "style": {"$ref": "#/$defs/ControlNetType", "nullable": true, "x-go-type": "Style"}
                 },
                 "$defs": {"ControlNetType": {"type": "string", "enum": ["POSE", "CANNY"]}}}""", PNG, OPERATION);
        List<Diagnostic> found = root.lint(new OpenApiRefSiblingsRule());
        assertEquals(
                List.of(
                        "acme/m/2025-01-01.json:11:21: warning: openapi.ref-siblings: #/input/properties/controlNetType:"
                                + " \"deprecated\" is written beside \"$ref\", where OpenAPI 3.0 ignores every keyword (Pictor"
                                + " honours only \"nullable\" there), so it has no effect (hint: wrap the $ref in an allOf so"
                                + " that it applies with this refinement (the published schema stays verbatim): {\"path\":"
                                + " \"/input/properties/controlNetType\", \"value\":"
                                + " {\"allOf\":[{\"$ref\":\"#/$defs/ControlNetType\"}],\"deprecated\":true}, \"why\": \"OpenAPI"
                                + " 3.0 ignores keywords beside $ref\"})"),
                text(found));
        assertAddressed(root, "m", new OpenApiRefSiblingsRule(), found);
    }

    @Test
    void aRefAtTheRootBesidePictorsDefsIsNoFinding() {
        TestRoot root = TestRoot.create(dir).dialect(Dialect.OPENAPI_3_0);
        root.model("m", "text-to-image", """
                {"$ref": "#/$defs/Body", "$defs": {"Body": {"type": "object"}}}""", PNG, OPERATION);
        assertEquals(List.of(), root.lintText(new OpenApiRefSiblingsRule()));
    }

    @Test
    void nullableInOpenApi31IsReportedWithTheTypeThatSaysIt() {
        TestRoot root = TestRoot.create(dir).dialect(Dialect.OPENAPI_3_1);
        root.model("m", "text-to-image", """
                {"type": "object", "properties": {
                  "negative_prompt": {"type": "string", "nullable": true},
                  "steps": {"type": "integer", "enum": [4, 8], "nullable": true},
                  "image_url": {"type": "string", "nullable": false}
                 }}""", PNG, OPERATION);
        List<Diagnostic> found = root.lint(new OpenApiNullableRule());
        assertEquals(
                List.of(
                        "acme/m/2025-01-01.json:11:53: warning: openapi.nullable-3-1:"
                                + " #/input/properties/negative_prompt/nullable: \"nullable\" is an OpenAPI 3.0 keyword"
                                + " that OpenAPI 3.1 does not have, so this schema does not admit null: generated code"
                                + " and validators refuse it (hint: say null the OpenAPI 3.1 way with these refinements"
                                + " (the published schema stays verbatim): {\"path\":"
                                + " \"/input/properties/negative_prompt/type\", \"value\": [\"string\",\"null\"],"
                                + " \"why\": \"OpenAPI 3.1 has no nullable: null is a type\"}, {\"path\":"
                                + " \"/input/properties/negative_prompt/nullable\", \"remove\": true, \"why\":"
                                + " \"OpenAPI 3.1 has no nullable: null is a type\"})",
                        "acme/m/2025-01-01.json:12:60: warning: openapi.nullable-3-1:"
                                + " #/input/properties/steps/nullable: \"nullable\" is an OpenAPI 3.0 keyword that"
                                + " OpenAPI 3.1 does not have, so this schema does not admit null: generated code and"
                                + " validators refuse it (hint: say null the OpenAPI 3.1 way with these refinements (the"
                                + " published schema stays verbatim): {\"path\": \"/input/properties/steps/type\","
                                + " \"value\": [\"integer\",\"null\"], \"why\": \"OpenAPI 3.1 has no nullable: null is a"
                                + " type\"}, {\"path\": \"/input/properties/steps/enum\", \"value\": [4,8,null],"
                                + " \"why\": \"OpenAPI 3.1 has no nullable: null is a type\"}, {\"path\":"
                                + " \"/input/properties/steps/nullable\", \"remove\": true, \"why\": \"OpenAPI 3.1 has"
                                + " no nullable: null is a type\"})"),
                text(found));
        assertAddressed(root, "m", new OpenApiNullableRule(), found);
    }

    @Test
    void anOperationWithoutIdIsReportedWithItsOpenApiFileAndLine() {
        TestRoot root = TestRoot.create(dir).dialect(Dialect.OPENAPI_3_1);
        root.model("m", "text-to-image", "{\"type\": \"object\"}", PNG, OPERATION);
        root.model(
                "named",
                "text-to-image",
                "{\"type\": \"object\"}",
                PNG,
                OPERATION.replace("\"parameters\"", "\"operationId\": \"textToImage\", \"parameters\""));
        assertEquals(
                List.of("acme/m/2025-01-01.json:12:14: note: openapi.operation-id: #/operation: the operation POST"
                        + " /v1/text_to_image (acme.openapi.json line 42) has no operationId, so the model id m was"
                        + " derived from its method and path, or named at import (hint: nothing breaks; ask the"
                        + " provider to name the operation, and pick a stable model id with --model at import)"),
                root.lintText(new OpenApiOperationIdRule()));
    }

    @Test
    void placeholderBoundsAreReportedOncePerSchema() {
        TestRoot root = TestRoot.create(dir).dialect(Dialect.OPENAPI_3_1);
        root.model("m", "text-to-image", """
                {"type": "object", "properties": {
                  "duration": {"type": "integer", "minimum": -9007199254740991, "maximum": 9007199254740991},
                  "seed": {"type": "integer", "minimum": 0, "maximum": 4294967295}
                 }}""", PNG, OPERATION);
        List<Diagnostic> found = root.lint(new OpenApiPlaceholderBoundRule());
        assertEquals(
                List.of("acme/m/2025-01-01.json:11:46: note: openapi.placeholder-bound:"
                        + " #/input/properties/duration/minimum: minimum -9007199254740991 (-(2^53-1), JavaScript's"
                        + " Number.MIN_SAFE_INTEGER) and maximum 9007199254740991 (2^53-1, JavaScript's"
                        + " Number.MAX_SAFE_INTEGER) look like a placeholder for \"no limit\" rather than a limit the"
                        + " provider chose; Java's int cannot hold them, so this integer is generated as long (hint:"
                        + " remove the bounds with these refinements (the published schema stays verbatim): {\"path\":"
                        + " \"/input/properties/duration/minimum\", \"remove\": true, \"why\": \"a placeholder for no"
                        + " limit\"}, {\"path\": \"/input/properties/duration/maximum\", \"remove\": true, \"why\": \"a"
                        + " placeholder for no limit\"}; if the provider has a real limit, set that instead)"),
                text(found));
        assertAddressed(root, "m", new OpenApiPlaceholderBoundRule(), found);
    }

    @Test
    void aFractionalMultipleOfOnAnIntegerIsReportedButNotAnIntegralOne() {
        TestRoot root = TestRoot.create(dir).dialect(Dialect.OPENAPI_3_1);
        root.model("m", "text-to-image", """
                {"type": "object", "properties": {
                  "guidance": {"type": "integer", "multipleOf": 0.5},
                  "frames": {"type": "integer", "multipleOf": 1.5},
                  "width": {"type": "integer", "multipleOf": 32.0}
                 }}""", PNG, OPERATION);
        List<Diagnostic> found = root.lint(new OpenApiFractionalMultipleOfRule());
        assertEquals(
                List.of(
                        "acme/m/2025-01-01.json:11:49: warning: openapi.fractional-multiple-of:"
                                + " #/input/properties/guidance/multipleOf: multipleOf 0.5 on an integer admits every"
                                + " integer, so it constrains nothing (hint: remove it with this refinement (the"
                                + " published schema stays verbatim): {\"path\":"
                                + " \"/input/properties/guidance/multipleOf\", \"remove\": true, \"why\": \"an integer"
                                + " that is a multiple of 0.5 is a multiple of 1\"}; if the values are fractional,"
                                + " correct the type to number instead)",
                        "acme/m/2025-01-01.json:12:47: warning: openapi.fractional-multiple-of:"
                                + " #/input/properties/frames/multipleOf: multipleOf 1.5 on an integer admits only the"
                                + " multiples of 3, the integers that are multiples of 1.5, which it rarely means (hint:"
                                + " state the step as the integer 3 with this refinement (the published schema stays"
                                + " verbatim): {\"path\": \"/input/properties/frames/multipleOf\", \"value\": 3, \"why\":"
                                + " \"an integer that is a multiple of 1.5 is a multiple of 3\"}; if the values are"
                                + " fractional, correct the type to number instead)"),
                text(found));
        assertAddressed(root, "m", new OpenApiFractionalMultipleOfRule(), found);
    }

    @Test
    void enumValuesListedOnlyInADescriptionAreReportedUnlessProseRangeDoes() {
        TestRoot root = TestRoot.create(dir).dialect(Dialect.OPENAPI_3_0);
        root.model("m", "text-to-image", """
                {"type": "object", "properties": {
                  "contrast": {"type": "number", "description": "Accepts values [1.0, 1.3, 1.8]. For Phoenix, more."},
                  "lora_focus": {"type": "string", "description": "Options are 'General' | 'Character'."},
                  "lora_rank": {"type": "integer", "description": "LoRA rank. Must be one of 64 or 128."}
                 }}""", PNG, OPERATION);
        List<Diagnostic> found = root.lint(new OpenApiProseEnumRule());
        assertEquals(
                List.of(
                        "acme/m/2025-01-01.json:11:15: warning: openapi.prose-enum: #/input/properties/contrast: the"
                                + " description lists the values 1.0, 1.3 and 1.8 but the schema has no enum, so"
                                + " generated code takes any number (hint: add the enum with this refinement (the"
                                + " published schema stays verbatim): {\"path\": \"/input/properties/contrast/enum\","
                                + " \"value\": [1.0,1.3,1.8], \"why\": \"the description lists these values\"})",
                        "acme/m/2025-01-01.json:12:17: warning: openapi.prose-enum: #/input/properties/lora_focus:"
                                + " the description lists the values \"General\" and \"Character\" but the schema has"
                                + " no enum, so generated code takes any string (hint: add the enum with this"
                                + " refinement (the published schema stays verbatim): {\"path\":"
                                + " \"/input/properties/lora_focus/enum\", \"value\": [\"General\",\"Character\"],"
                                + " \"why\": \"the description lists these values\"})"),
                text(found));
        assertTrue(
                root.lintText(new ProseRangeRule()).stream()
                        .anyMatch(t -> t.contains(
                                "#/input/properties/lora_rank: the description states allowed values" + " 64, 128")),
                "description.prose-range reports the list it reads itself");
        assertAddressed(root, "m", new OpenApiProseEnumRule(), found);
    }

    @Test
    void documentsInOtherDialectsAreNotTheseRulesConcern() {
        TestRoot root = TestRoot.create(dir);
        root.model("m", "text-to-image", """
                {"type": "object", "properties": {
                  "a": {"type": "integer", "maximum": 9007199254740991, "multipleOf": 0.5},
                  "b": {"type": "string", "description": "Options are 'x' | 'y'."}
                 }}""", PNG, "");
        assertEquals(
                List.of(),
                root.lintText(
                        new OpenApiPlaceholderBoundRule(),
                        new OpenApiFractionalMultipleOfRule(),
                        new OpenApiProseEnumRule(),
                        new OpenApiOperationIdRule()));
    }

    private static List<String> text(List<Diagnostic> found) {
        return found.stream().map(Diagnostic::toText).toList();
    }

    /**
     * Pastes the refinements every finding's hint offers into the model's document, lints again, and expects each
     * finding back as a NOTE that a refinement addresses: the hint's JSON is what it says.
     */
    private static void assertAddressed(TestRoot root, String model, LintRule rule, List<Diagnostic> found) {
        String marker = "(the published schema stays verbatim): ";
        StringBuilder refinements = new StringBuilder();
        for (Diagnostic d : found) {
            String hint = d.hint();
            String json = hint.substring(hint.indexOf(marker) + marker.length());
            int end = json.lastIndexOf('}');
            refinements.append(refinements.length() == 0 ? "" : ", ").append(json, 0, end + 1);
        }
        Path file = root.path().resolve("acme/" + model + "/2025-01-01.json");
        try {
            String doc = java.nio.file.Files.readString(file);
            int close = doc.lastIndexOf('}');
            java.nio.file.Files.writeString(
                    file, doc.substring(0, close) + ",\n\"refinements\": [" + refinements + "]\n}\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<Diagnostic> again = root.lint(rule);
        assertEquals(found.size(), again.size(), () -> "after the refinements: " + text(again));
        again.forEach(d -> {
            assertEquals(Severity.NOTE, d.severity(), d.toText());
            assertTrue(d.hint().startsWith("addressed by the refinement"), d.toText());
        });
    }
}
