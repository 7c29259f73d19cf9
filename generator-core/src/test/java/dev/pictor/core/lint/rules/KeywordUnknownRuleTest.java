package dev.pictor.core.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pictor.core.model.Dialect;
import dev.pictor.core.testing.TestRoot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeywordUnknownRuleTest {

    @TempDir
    Path dir;

    @Test
    void reportsUnknownKeywordsWithASpellingHint() {
        TestRoot root = TestRoot.create(dir).model("m", """
                {"type": "object", "properties": {
                  "num_steps": {"type": "integer", "maximun": 20, "titel": "Steps"},
                  "seed": {"type": "integer", "nullable": true}
                }}""");
        // maximun is a misspelt assertion keyword: keyword.misspelled reports it, not this rule
        assertEquals(
                List.of(
                        "acme/m/2025-01-01.json:11:60: warning: keyword.unknown: #/input/properties/num_steps/titel:"
                                + " \"titel\" is not a draft 2020-12 keyword, nor a vendor keyword of provider"
                                + " \"acme\" (hint: did you mean \"title\"?)",
                        "acme/m/2025-01-01.json:12:43: warning: keyword.unknown: #/input/properties/seed/nullable:"
                                + " \"nullable\" is not a draft 2020-12 keyword, nor a vendor keyword of provider"
                                + " \"acme\" (hint: validators and the generator ignore it: remove it,"
                                + " rename it to \"x-nullable\", or declare it in vendorKeywords"
                                + " of acme/provider.json)"),
                root.lintText(new KeywordUnknownRule()));
    }

    @Test
    void acceptsAnnotationsVendorKeywordsExtensionsAndAnyPropertyName() {
        TestRoot root = TestRoot.create(dir).model("m", """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:m", "$comment": "c",
                 "title": "In", "type": "object", "x-order": 1, "X-Apifox-Orders": ["prompt"],
                 "$defs": {"size": {"type": "integer", "deprecated": true, "readOnly": false, "writeOnly": false}},
                 "properties": {
                  "maximun": {"type": "string", "format": "binary", "contentType": "image/png",
                              "contentMediaType": "image/png", "contentEncoding": "base64", "examples": ["x"]},
                  "nullable": {"$ref": "#/$defs/size", "default": 1, "description": "d"}
                }}""");
        assertEquals(List.of(), root.lintText(new KeywordUnknownRule()));
    }

    @Test
    void namesLaterKeywordsInADraft07Document() {
        TestRoot root = TestRoot.create(dir).write("acme/m/2025-01-01.json", """
                {"provider": "acme", "model": "m", "version": "2025-01-01", "snapshot": "2025-01-01",
                 "task": "text-to-image", "origin": "published", "source": "test",
                 "dialect": "http://json-schema.org/draft-07/schema#",
                 "input": {"type": "array", "prefixItems": [{"type": "string"}], "definitions": {},
                           "deprecated": true},
                 "output": {"type": "string"}}
                """);
        assertEquals(
                List.of("acme/m/2025-01-01.json:4:44: warning: keyword.unknown: #/input/prefixItems: \"prefixItems\""
                        + " is a draft 2020-12 keyword, but this document is draft-07 (hint: declare the"
                        + " dialect as draft 2020-12, or write the constraint the draft-07 way)"),
                root.lintText(new KeywordUnknownRule()));
    }

    @Test
    void acceptsTheOpenApi30KeywordsAndNamesLaterOnes() {
        TestRoot root = TestRoot.create(dir).dialect(Dialect.OPENAPI_3_0).model("m", """
                {"type": "object", "x-order": 1, "discriminator": {"propertyName": "kind"},
                 "externalDocs": {"url": "https://example.com"}, "xml": {"name": "m"},
                 "properties": {
                  "seed": {"type": "integer", "nullable": true, "example": 4, "readOnly": false, "writeOnly": false,
                           "deprecated": false, "minimum": 0, "exclusiveMinimum": true, "x-cog-array-type": "x"},
                  "mode": {"allOf": [{"$ref": "#/$defs/mode"}], "nullable": true},
                  "fixed": {"const": 1}
                 },
                 "$defs": {"mode": {"type": "string", "enum": ["a"]}}}""");
        assertEquals(
                List.of("acme/m/2025-01-01.json:16:22: warning: keyword.unknown: #/input/properties/fixed/const:"
                        + " \"const\" is a draft 2020-12 keyword, but this document is OpenAPI 3.0 (hint: declare"
                        + " the dialect as draft 2020-12, or write the constraint the OpenAPI 3.0 way)"),
                root.lintText(new KeywordUnknownRule()));
    }

    @Test
    void acceptsTheOpenApi31BaseVocabularyAndLeavesNullableToItsOwnRule() {
        TestRoot root = TestRoot.create(dir).dialect(Dialect.OPENAPI_3_1).model("m", """
                {"type": "object", "discriminator": {"propertyName": "kind"}, "example": {},
                 "externalDocs": {"url": "https://example.com"}, "xml": {"name": "m"}, "x-order": 0,
                 "properties": {"seed": {"type": ["integer", "null"], "const": 1, "nullable": true}}}""");
        assertEquals(
                List.of("acme/m/2025-01-01.json:12:79: warning: openapi.nullable-3-1: #/input/properties/seed/nullable:"
                        + " \"nullable\" is an OpenAPI 3.0 keyword that OpenAPI 3.1 does not have, so this schema does"
                        + " not admit null: generated code and validators refuse it (hint: say null the OpenAPI 3.1 way"
                        + " with this refinement (the published schema stays verbatim): {\"path\":"
                        + " \"/input/properties/seed\", \"value\": {\"anyOf\":[{\"type\":\"null\"},"
                        + "{\"type\":[\"integer\",\"null\"],\"const\":1}]}, \"why\": \"OpenAPI 3.1 has no nullable:"
                        + " null is a type\"})"),
                root.lintText(new KeywordUnknownRule(), new OpenApiNullableRule()));
    }
}
