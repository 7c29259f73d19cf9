package dev.pictor.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.link.FieldDecl;
import dev.pictor.core.link.JavaType;
import dev.pictor.core.link.LinkedModel;
import dev.pictor.core.testing.TestRoot;
import dev.pictor.runtime.ImageBytes;
import dev.pictor.runtime.validation.Violation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated validators, compiled and run: every claimed keyword on typed and on passthrough values, recursion
 * through {@code $ref}, the counts of {@code anyOf}/{@code oneOf}, exact messages and pointers.
 */
class ValidatorEmitterTest {

    private static ValidatorFixture fixture;

    /** Every model of this class, generated and compiled once. */
    @BeforeAll
    static void generate(@TempDir Path dir) {
        TestRoot.create(dir)
                .model("typed", """
                        {"type": "object", "required": ["prompt"], "additionalProperties": false,
                         "properties": {
                           "prompt": {"type": "string", "minLength": 1, "maxLength": 10, "pattern": "^[a-z ]+$"},
                           "num_steps": {"type": "integer", "minimum": 1, "maximum": 20},
                           "seed": {"type": "integer", "minimum": 0, "maximum": 9999999999},
                           "count": {"type": "integer", "exclusiveMinimum": 0, "exclusiveMaximum": 10, "multipleOf": 2},
                           "half": {"type": "integer", "maximum": 2.5},
                           "strength": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1,
                                        "multipleOf": 0.05},
                           "guidance": {"type": "number", "minimum": 0.1, "maximum": 30},
                           "precise": {"type": "number", "maximum": 0.29999999999999999999},
                           "mode": {"type": "string", "enum": ["fast", "slow"]},
                           "flag": {"type": "boolean", "const": true},
                           "tags": {"type": "array", "items": {"type": "string", "maxLength": 3},
                                    "minItems": 1, "maxItems": 2},
                           "image": {"type": "array", "items": {"type": "integer", "minimum": 0, "maximum": 255},
                                     "maxItems": 4},
                           "mask": {"type": "string", "contentEncoding": "base64"},
                           "size": {"type": "object", "required": ["w"], "additionalProperties": false,
                                    "properties": {"w": {"type": "integer", "minimum": 1, "maximum": 64},
                                                   "h": {"type": "integer"}}},
                           "a/b~c": {"type": "integer", "maximum": 1},
                           "sizes": {"type": "array", "items": {"type": "integer", "minimum": 1, "maximum": 8}},
                           "ratios": {"type": "array", "items": {"type": "number", "maximum": 1}}
                         }}
                        """)
                .model("dynamic", """
                        {"type": "object", "properties": {
                           "t": {"type": ["integer", "string"], "minimum": 3, "minLength": 2},
                           "e": {"enum": [1, "a", null, {"k": [1]}]},
                           "c": {"const": {"a": 1.0}},
                           "n": {"type": ["number", "null"], "exclusiveMinimum": 0, "maximum": 1, "multipleOf": 0.25},
                           "s": {"type": ["string", "boolean", "null"], "maxLength": 3, "pattern": "b"},
                           "cp": {"type": ["string", "null"], "maxLength": 2},
                           "arr": {"type": ["array", "boolean", "null"], "items": {"type": "integer"}, "minItems": 1,
                                   "maxItems": 2},
                           "obj": {"type": ["object", "boolean", "null"], "required": ["x"],
                                   "properties": {"x": {"type": "integer"}},
                                   "additionalProperties": {"type": "string"}},
                           "closed": {"type": ["object", "boolean", "null"], "properties": {"x": {}},
                                      "additionalProperties": false},
                           "nope": false,
                           "all": {"allOf": [{"minimum": 1}, {"maximum": 5}]},
                           "any": {"anyOf": [{"type": "string"}, {"minimum": 10}]},
                           "one": {"oneOf": [{"type": "integer"}, {"minimum": 2}]}
                         }}
                        """)
                .model("tree", """
                        {"type": "object", "properties": {"tree": {"$ref": "#/$defs/node"}},
                         "$defs": {"node": {"type": "object", "required": ["value"],
                           "properties": {"value": {"type": "integer", "maximum": 5},
                                          "children": {"type": "array", "items": {"$ref": "#/$defs/node"}}}}}}
                        """)
                .model("loose-tree", """
                        {"$ref": "#/$defs/node",
                         "$defs": {"node": {"required": ["value"],
                           "properties": {"value": {"type": "integer", "maximum": 5},
                                          "children": {"items": {"$ref": "#/$defs/node"}}}}}}
                        """)
                .model("branches", """
                        {"type": "object", "properties": {
                           "n": {"type": "integer", "oneOf": [{"multipleOf": 2}, {"multipleOf": 3}]},
                           "m": {"type": "integer", "anyOf": [{"maximum": 2}, {"minimum": 10}]},
                           "d": {"type": "number", "anyOf": [{"type": "integer"}, {"maximum": 0.5}]},
                           "word": {"type": "string", "enum": ["px", "mm", "cm"], "description": "x"},
                           "size": {"type": "object",
                                    "properties": {"w": {"type": "integer"}, "h": {"type": "integer"},
                                                   "unit": {"type": "string", "enum": ["px", "mm"]}},
                                    "anyOf": [{"required": ["w"]}, {"required": ["h"]}],
                                    "allOf": [{"properties": {"unit": {"const": "px"}}}],
                                    "oneOf": [{"properties": {"w": {"maximum": 10}}},
                                              {"properties": {"w": {"minimum": 5}}}]},
                           "shape": {"type": "object", "properties": {"w": {"type": "integer"}},
                                     "anyOf": [{"type": "string"}, {"required": ["w"]}]},
                           "ratio": {"type": "object", "properties": {"r": {"type": "number"}},
                                     "allOf": [{"properties": {"r": {"maximum": 2}}}]}
                         }}
                        """)
                .model("wire", """
                        {"type": "object", "additionalProperties": false, "properties": {
                           "tags": {"type": "array", "items": {"type": "string"}},
                           "image": {"type": "array", "items": {"type": "integer", "minimum": 0, "maximum": 255}},
                           "mask": {"type": "string", "contentEncoding": "base64"},
                           "inner": {"type": "object", "additionalProperties": false,
                                     "properties": {"x": {"type": "integer"},
                                                    "l": {"type": "array", "items": {"type": "integer"}}}}},
                         "allOf": [{"properties": {"tags": {"type": "string"}, "image": {"const": [1, 2]},
                                                   "mask": {"maxLength": 4, "const": "AAEC"},
                                                   "inner": {"const": {"x": 1, "l": [1]}}}},
                                   {"properties": {"image": {"items": {"maximum": 100}}}}]}
                        """)
                .model("required-undeclared", """
                        {"type": "object", "required": ["foo"]}
                        """)
                .model("branch-const", """
                        {"type": "object", "properties": {"a": {"type": "integer"}},
                         "anyOf": [{"enum": [{"a": 1}]}, {"const": {"a": 2}}]}
                        """)
                .model("root-ref", """
                        {"$ref": "#/$defs/thing",
                         "$defs": {"thing": {"type": "object", "properties": {"a": {"type": "integer", "maximum": 3}}}}}
                        """)
                .model("names", """
                        {"type": "object", "properties": {
                           "math": {"type": "object", "properties": {"x": {"type": "number",
                                                                          "anyOf": [{"type": "integer"}]}}},
                           "text_node": {"type": "object", "properties": {"y": {"type": "string"}},
                                         "anyOf": [{"type": "string"}, {"required": ["y"]}]},
                           "json_node": {"type": "object", "properties": {"z": {"const": 1}}}
                         }}
                        """)
                .model("scalar-root", """
                        {"type": "integer", "minimum": 1, "maximum": 3}
                        """)
                .model("any-root", """
                        {"type": ["integer", "boolean", "null"], "maximum": 3}
                        """)
                // "a_b" and "a"."b" both read "AB": their checks must not become one method.
                .model("same-words", """
                        {"type": "object", "properties": {
                           "a_b": {"type": "integer", "maximum": 1},
                           "a": {"type": "object", "properties": {"b": {"type": "integer", "maximum": 2}}}
                         }}
                        """);
        fixture = ValidatorFixture.of(dir);
    }

    private static List<String> lines(String model, String json) {
        return fixture.lines(model, json);
    }

    // ---------------------------------------------------------------- typed values

    @Test
    void typedFieldsHaveTypedRepresentations() {
        Map<String, JavaType> types = fixture.model("typed").request().fields().stream()
                .collect(Collectors.toMap(FieldDecl::wireName, FieldDecl::type));
        assertEquals(new JavaType.Scalar(JavaType.ScalarKind.INT), types.get("num_steps"));
        assertEquals(new JavaType.Scalar(JavaType.ScalarKind.LONG), types.get("seed"));
        assertEquals(new JavaType.Scalar(JavaType.ScalarKind.LONG), types.get("half"));
        assertEquals(new JavaType.Scalar(JavaType.ScalarKind.DOUBLE), types.get("strength"));
        assertEquals(new JavaType.Scalar(JavaType.ScalarKind.BOOLEAN), types.get("flag"));
        assertTrue(types.get("mode") instanceof JavaType.EnumRef);
        assertEquals(new JavaType.ListOf(new JavaType.Scalar(JavaType.ScalarKind.STRING)), types.get("tags"));
        assertEquals(new JavaType.Bytes(JavaType.BytesEncoding.NUMBER_ARRAY), types.get("image"));
        assertEquals(new JavaType.Bytes(JavaType.BytesEncoding.BASE64), types.get("mask"));
        assertTrue(types.get("size") instanceof JavaType.RecordRef);
        String source = fixture.validatorSource("typed");
        assertFalse(source.contains("JsonNode value"), "no dynamic check for a fully typed request:\n" + source);
    }

    @Test
    void validTypedRequestHasNoViolation() {
        assertEquals(List.of(), lines("typed", "{\"prompt\": \"a cat\"}"));
        assertEquals(List.of(), lines("typed", """
                {"prompt": "a cat", "num_steps": 20, "seed": 9999999999, "count": 8, "half": 2, "strength": 0.95,
                 "guidance": 0.1, "precise": 0.2, "mode": "slow", "flag": true, "tags": ["abc", ""],
                 "image": [0, 255, 7, 1], "mask": "AAEC", "size": {"w": 64, "h": -3}, "a/b~c": 1}
                """));
    }

    @Test
    void everyViolationOfATypedRequestAtOnce() {
        assertEquals(
                List.of(
                        "/prompt: \"\" is shorter than the minimum length 1",
                        "/prompt: \"\" does not match the pattern \"^[a-z ]+$\"",
                        "/num_steps: 30 is above the maximum 20",
                        "/seed: 10000000000 is above the maximum 9999999999",
                        "/count: 3 is not a multiple of 2",
                        "/half: 3 is above the maximum 2.5",
                        "/strength: 1 is not below the exclusive maximum 1",
                        "/guidance: 0.05 is below the minimum 0.1",
                        "/precise: 0.3 is above the maximum 0.29999999999999999999",
                        "/flag: false does not equal the constant true",
                        "/tags: 3 items are more than the maximum 2",
                        "/tags/0: \"abcd\" is longer than the maximum length 3",
                        "/image: 5 items are more than the maximum 4",
                        "/size/w: 0 is below the minimum 1",
                        "/a~1b~0c: 2 is above the maximum 1"),
                lines("typed", """
                {"prompt": "", "num_steps": 30, "seed": 10000000000, "count": 3, "half": 3, "strength": 1,
                 "guidance": 0.05, "precise": 0.3, "flag": false, "tags": ["abcd", "b", "c"],
                 "image": [1, 2, 3, 4, 5], "size": {"w": 0}, "a/b~c": 2}
                """));
    }

    @Test
    void exclusiveBoundsAndMultiplesOnTypedNumbers() {
        assertEquals(
                List.of("/count: 0 is not above the exclusive minimum 0"),
                lines("typed", "{\"prompt\": \"a\", \"count\": 0}"));
        assertEquals(
                List.of("/count: 10 is not below the exclusive maximum 10"),
                lines("typed", "{\"prompt\": \"a\", \"count\": 10}"));
        assertEquals(
                List.of("/strength: 0 is not above the exclusive minimum 0"),
                lines("typed", "{\"prompt\": \"a\", \"strength\": 0}"));
        assertEquals(
                List.of("/strength: 0.33 is not a multiple of 0.05"),
                lines("typed", "{\"prompt\": \"a\", \"strength\": 0.33}"));
        assertEquals(List.of(), lines("typed", "{\"prompt\": \"a\", \"strength\": 0.3}"));
        assertEquals(List.of(), lines("typed", "{\"prompt\": \"a\", \"half\": -9223372036854775808}"));
    }

    @Test
    void itemsOfTypedListsAreCheckedInTheirOwnRepresentation() {
        assertEquals(
                new JavaType.ListOf(new JavaType.Scalar(JavaType.ScalarKind.INT)),
                fixture.model("typed").request().fields().stream()
                        .filter(f -> f.wireName().equals("sizes"))
                        .findFirst()
                        .orElseThrow()
                        .type());
        assertEquals(
                List.of(
                        "/sizes/1: 9 is above the maximum 8",
                        "/sizes/2: 0 is below the minimum 1",
                        "/ratios/0: 1.5 is above the maximum 1"),
                lines("typed", "{\"prompt\": \"a\", \"sizes\": [8, 9, 0], \"ratios\": [1.5, 1]}"));
    }

    @Test
    void missingRequiredMemberIsReportedAtItsPointer() {
        List<Violation> violations = fixture.validate("typed", "{}").violations();
        assertEquals(List.of(Violation.of("", "required", "missing required property \"prompt\"")), violations);
        assertEquals(
                List.of("/size: missing required property \"w\""), lines("typed", "{\"prompt\": \"a\", \"size\": {}}"));
    }

    @Test
    void keywordsAreNamed() {
        List<Violation> violations = fixture.validate("typed", "{\"prompt\": \"A\", \"num_steps\": 0}")
                .violations();
        assertEquals(
                List.of("pattern", "minimum"),
                violations.stream().map(Violation::keyword).toList());
        assertEquals("/num_steps", violations.get(1).pointer());
    }

    @Test
    void undeclaredMemberOfAClosedRecordFailsBinding() {
        assertTrue(fixture.validate("typed", "{\"prompt\": \"a\", \"extra\": 1}")
                .bindingFailure()
                .isPresent());
        assertTrue(fixture.validate("typed", "{\"prompt\": \"a\", \"size\": {\"w\": 1, \"d\": 1}}")
                .bindingFailure()
                .isPresent());
    }

    @Test
    void valuesSetThroughTheBuilderAreChecked() throws ReflectiveOperationException {
        Class<?> type = fixture.requestClass("typed");
        Object builder = type.getMethod("builder", String.class).invoke(null, "a");
        Class<?> b = builder.getClass();
        b.getMethod("strength", double.class).invoke(builder, Double.NaN);
        b.getMethod("guidance", double.class).invoke(builder, Double.POSITIVE_INFINITY);
        b.getMethod("image", ImageBytes.class).invoke(builder, ImageBytes.of(new byte[5]));
        Object request = b.getMethod("build").invoke(builder);
        assertEquals(
                List.of(
                        "/strength: NaN is not a JSON number",
                        "/guidance: Infinity is not a JSON number",
                        "/image: 5 items are more than the maximum 4"),
                fixture.validateObject("typed", request).stream()
                        .map(Violation::toString)
                        .toList());
        List<?> viaRecord = (List<?>) type.getMethod("validate").invoke(request);
        assertEquals(3, viaRecord.size());
    }

    @Test
    void nullRequestIsTheJsonNull() {
        assertEquals(
                List.of("/: null is not of type object"),
                fixture.validateObject("typed", null).stream()
                        .map(Violation::toString)
                        .toList());
        assertEquals(List.of(), fixture.validateObject("any-root", null));
    }

    // ---------------------------------------------------------------- passthrough values

    @Test
    void passthroughTypesAndBounds() {
        assertEquals(List.of(), lines("dynamic", "{\"t\": 3, \"n\": null, \"s\": null}"));
        assertEquals(List.of("/t: 2 is below the minimum 3"), lines("dynamic", "{\"t\": 2}"));
        assertEquals(List.of("/t: \"a\" is shorter than the minimum length 2"), lines("dynamic", "{\"t\": \"a\"}"));
        // A type list JSON tells apart is a union: a value of no listed type is refused when read, as by a typed field.
        assertEquals(
                List.of("binding: expected a JSON string or number for T (one of TText, TInteger), found boolean"),
                lines("dynamic", "{\"t\": true}").stream()
                        .map(l -> l.substring(0, l.indexOf(" found boolean") + " found boolean".length()))
                        .toList());
        assertTrue(lines("dynamic", "{\"t\": 3.5}")
                .get(0)
                .startsWith("binding: no alternative of T (oneOf) matches: TInteger: "));
        assertEquals(List.of(), lines("dynamic", "{\"t\": 3.0}"));
        assertEquals(List.of("/n: 0 is not above the exclusive minimum 0"), lines("dynamic", "{\"n\": 0}"));
        assertEquals(
                List.of("/n: 1.1 is above the maximum 1", "/n: 1.1 is not a multiple of 0.25"),
                lines("dynamic", "{\"n\": 1.1}"));
        assertEquals(List.of("/n: 0.3 is not a multiple of 0.25"), lines("dynamic", "{\"n\": 0.3}"));
    }

    @Test
    void passthroughStrings() {
        assertEquals(List.of(), lines("dynamic", "{\"s\": \"abc\"}"));
        assertEquals(
                List.of("/s: \"abcd\" is longer than the maximum length 3"), lines("dynamic", "{\"s\": \"abcd\"}"));
        assertEquals(List.of("/s: \"aa\" does not match the pattern \"b\""), lines("dynamic", "{\"s\": \"aa\"}"));
        assertEquals(List.of(), lines("dynamic", "{\"cp\": \"\uD83D\uDE00\uD83D\uDE00\"}"));
        assertEquals(
                List.of("/cp: \"\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\" is longer than the maximum length 2"),
                lines("dynamic", "{\"cp\": \"\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\"}"));
        assertEquals(List.of("/s: 12345 is not of type string, boolean or null"), lines("dynamic", "{\"s\": 12345}"));
    }

    @Test
    void passthroughEnumAndConst() {
        assertEquals(List.of(), lines("dynamic", "{\"e\": 1.0}"));
        assertEquals(List.of(), lines("dynamic", "{\"e\": null}"));
        assertEquals(List.of(), lines("dynamic", "{\"e\": {\"k\": [1.0]}}"));
        assertEquals(List.of("/e: 2 is not one of [1,\"a\",null,{\"k\":[1]}]"), lines("dynamic", "{\"e\": 2}"));
        assertEquals(List.of(), lines("dynamic", "{\"c\": {\"a\": 1}}"));
        assertEquals(
                List.of("/c: {\"a\":2} does not equal the constant {\"a\":1.0}"),
                lines("dynamic", "{\"c\": {\"a\": 2}}"));
    }

    @Test
    void passthroughArraysAndObjects() {
        assertEquals(List.of("/arr: 0 items are fewer than the minimum 1"), lines("dynamic", "{\"arr\": []}"));
        assertEquals(List.of("/arr/1: \"x\" is not of type integer"), lines("dynamic", "{\"arr\": [1, \"x\"]}"));
        assertEquals(List.of("/arr: 3 items are more than the maximum 2"), lines("dynamic", "{\"arr\": [1, 2, 3]}"));
        assertEquals(List.of("/obj: missing required property \"x\""), lines("dynamic", "{\"obj\": {}}"));
        assertEquals(List.of("/obj/y: 2 is not of type string"), lines("dynamic", "{\"obj\": {\"x\": 1, \"y\": 2}}"));
        assertEquals(List.of(), lines("dynamic", "{\"obj\": {\"x\": 1, \"y\": \"s\"}}"));
        assertEquals(
                List.of("/closed/z: property \"z\" is not allowed", "/closed/a~1b: property \"a/b\" is not allowed"),
                lines("dynamic", "{\"closed\": {\"x\": 1, \"z\": 2, \"a/b\": 3}}"));
        assertEquals(List.of("/nope: no value is allowed here"), lines("dynamic", "{\"nope\": null}"));
    }

    @Test
    void passthroughCombinators() {
        assertEquals(List.of(), lines("dynamic", "{\"all\": 3, \"any\": \"s\", \"one\": 1}"));
        assertEquals(List.of("/all: 0 is below the minimum 1"), lines("dynamic", "{\"all\": 0}"));
        assertEquals(List.of("/all: 6 is above the maximum 5"), lines("dynamic", "{\"all\": 6}"));
        assertEquals(
                List.of("/any: matches none of the 2 schemas of anyOf (1: /any: 5 is not of type string;"
                        + " 2: /any: 5 is below the minimum 10)"),
                lines("dynamic", "{\"any\": 5}"));
        assertEquals(
                List.of("/one: matches 2 of the 2 schemas of oneOf (1, 2), not exactly one"),
                lines("dynamic", "{\"one\": 3}"));
        assertEquals(
                List.of("/one: matches none of the 2 schemas of oneOf (1: /one: 1.5 is not of type integer;"
                        + " 2: /one: 1.5 is below the minimum 2)"),
                lines("dynamic", "{\"one\": 1.5}"));
    }

    // ---------------------------------------------------------------- names

    @Test
    void checksAreNamedAfterTheSchemaPathTheyCheckAndStartWithItsPointer() {
        String source = fixture.validatorSource("typed");
        assertTrue(source.contains("private static void checkNumSteps(Violations v, Pointer p, long value) {"), source);
        assertTrue(source.contains("private static void checkSizeW(Violations v, Pointer p, long value) {"), source);
        assertTrue(
                source.contains("private static void checkTagsItems(Violations v, Pointer p, String value) {"), source);
        assertTrue(source.contains("     * #/input/properties/size/properties/w\n"), source);
        assertFalse(Pattern.compile("check[A-Z][0-9]").matcher(source).find(), "no method named after a node id");
    }

    @Test
    void twoSchemasWhosePathsReadTheSameGetTwoMethods() {
        String source = fixture.validatorSource("same-words");
        assertTrue(source.contains("checkAB(v, p.member(\"a_b\"), value.aB());"), source);
        assertTrue(source.contains("checkAB2(v, p.member(\"b\"), value.b());"), source);
        assertEquals(
                List.of("/a_b: 5 is above the maximum 1", "/a/b: 5 is above the maximum 2"),
                lines("same-words", "{\"a_b\": 5, \"a\": {\"b\": 5}}"));
    }

    @Test
    void theSameModelGivesTheSameSourceTwice(@TempDir Path dir) {
        TestRoot.create(dir).model("again", """
                {"type": "object", "properties": {"a_b": {"type": "integer", "maximum": 1},
                  "a": {"type": "object", "properties": {"b": {"type": "integer", "maximum": 2}}}}}
                """);
        LinkedModel model = ValidatorFixture.of(dir).model("again");
        assertEquals(
                ValidatorEmitter.emit(model).toString(),
                ValidatorEmitter.emit(model).toString());
    }

    // ---------------------------------------------------------------- recursion

    @Test
    void recursionThroughRefOnTypedRecords() {
        LinkedModel tree = fixture.model("tree");
        assertTrue(
                tree.records().stream().anyMatch(r -> r.simpleName().equals("Node")),
                tree.records().toString());
        assertEquals(List.of(), lines("tree", "{\"tree\": {\"value\": 1, \"children\": [{\"value\": 2}]}}"));
        assertEquals(
                List.of(
                        "/tree/children/0/children/0/value: 9 is above the maximum 5",
                        "/tree/children/1: missing required property \"value\""),
                lines("tree", """
                {"tree": {"value": 1, "children": [{"value": 2, "children": [{"value": 9}]}, {"children": []}]}}
                """));
        // The $ref is a call of the method named after the schema it points to, from the item that refers to it.
        String source = fixture.validatorSource("tree");
        assertTrue(source.contains("checkNode(v, p, value);"), source);
        assertTrue(source.contains("checkNodeChildrenItems(v, p.item("), source);
    }

    @Test
    void recursionThroughRefOnPassthroughValues() {
        assertEquals(List.of(), lines("loose-tree", "{\"value\": 1, \"children\": [{\"value\": 2}]}"));
        assertEquals(
                List.of(
                        "/children/0/children/0/value: 9 is above the maximum 5",
                        "/children/1: missing required property \"value\""),
                lines("loose-tree", """
                {"value": 1, "children": [{"value": 2, "children": [{"value": 9}]}, {"children": []}]}
                """));
        assertEquals(List.of(), lines("loose-tree", "\"not an object\""));
    }

    // ---------------------------------------------------------------- branches on typed values

    @Test
    void oneOfAndAnyOfOnTypedScalars() {
        assertEquals(List.of(), lines("branches", "{\"n\": 4, \"m\": 1, \"d\": 2}"));
        assertEquals(
                List.of("/n: matches 2 of the 2 schemas of oneOf (1, 2), not exactly one"),
                lines("branches", "{\"n\": 6}"));
        assertEquals(
                List.of("/n: matches none of the 2 schemas of oneOf (1: /n: 7 is not a multiple of 2;"
                        + " 2: /n: 7 is not a multiple of 3)"),
                lines("branches", "{\"n\": 7}"));
        assertEquals(
                List.of("/m: matches none of the 2 schemas of anyOf (1: /m: 5 is above the maximum 2;"
                        + " 2: /m: 5 is below the minimum 10)"),
                lines("branches", "{\"m\": 5}"));
        assertEquals(List.of(), lines("branches", "{\"d\": 0.25}"));
        assertEquals(
                List.of("/d: matches none of the 2 schemas of anyOf (1: /d: 1.5 is not of type integer;"
                        + " 2: /d: 1.5 is above the maximum 0.5)"),
                lines("branches", "{\"d\": 1.5}"));
    }

    @Test
    void branchesOnTypedRecords() {
        assertTrue(fixture.model("branches").request().fields().stream()
                .filter(f -> f.wireName().equals("size"))
                .allMatch(f -> f.type() instanceof JavaType.RecordRef));
        assertEquals(List.of(), lines("branches", "{\"size\": {\"w\": 3, \"unit\": \"px\"}}"));
        assertEquals(
                List.of(
                        "/size/unit: \"mm\" does not equal the constant \"px\"",
                        "/size: matches none of the 2 schemas of anyOf (1: /size: missing required property \"w\";"
                                + " 2: /size: missing required property \"h\")",
                        "/size: matches 2 of the 2 schemas of oneOf (1, 2), not exactly one"),
                lines("branches", "{\"size\": {\"unit\": \"mm\"}}"));
        assertEquals(
                List.of("/shape: matches none of the 2 schemas of anyOf (1: /shape: {} is not of type string;"
                        + " 2: /shape: missing required property \"w\")"),
                lines("branches", "{\"shape\": {}}"));
    }

    @Test
    void checksOnTheWireFormOfListsBytesAndRecords() {
        assertEquals(List.of("/tags: [\"a\"] is not of type string"), lines("wire", """
                {"tags": ["a"], "image": [1, 2], "mask": "AAEC", "inner": {"x": 1, "l": [1]}}
                """));
        assertEquals(
                List.of(
                        "/image: [1,200] does not equal the constant [1,2]",
                        "/mask: \"AAECAw==\" does not equal the constant \"AAEC\"",
                        "/mask: \"AAECAw==\" is longer than the maximum length 4",
                        "/inner: {\"x\":1,\"l\":[2]} does not equal the constant {\"x\":1,\"l\":[1]}",
                        "/image/1: 200 is above the maximum 100"),
                lines("wire", """
                {"image": [1, 200], "mask": "AAECAw==", "inner": {"x": 1, "l": [2]}}
                """));
    }

    // ---------------------------------------------------------------- linked-model fixes

    @Test
    void requiredPropertyThatARecordWouldDropKeepsTheValueAsJson() {
        assertEquals(List.of(), lines("required-undeclared", "{\"foo\": 1}"));
        assertEquals(List.of("/: missing required property \"foo\""), lines("required-undeclared", "{}"));
    }

    @Test
    void wholeObjectBranchOfAnOpenObjectKeepsTheValueAsJson() {
        assertEquals(List.of(), lines("branch-const", "{\"a\": 2}"));
        assertEquals(1, lines("branch-const", "{\"a\": 1, \"b\": 2}").size());
    }

    @Test
    void rootRefToAnObjectIsStillTheRequest() {
        LinkedModel m = fixture.model("root-ref");
        assertEquals("RootRefRequest", m.request().simpleName());
        assertEquals("RootRefRequestValidator", ValidatorEmitter.simpleName(m));
        assertEquals(List.of("/a: 4 is above the maximum 3"), lines("root-ref", "{\"a\": 4}"));
        assertEquals(List.of(), lines("root-ref", "{\"a\": 3}"));
    }

    @Test
    void nonFiniteDoubleIsReportedOnceThoughBranchesMentionIt() throws ReflectiveOperationException {
        LinkedModel m = fixture.model("branches");
        ClassLoader loader = fixture.requestClass("branches").getClassLoader();
        Class<?> ratio = loader.loadClass(m.javaPackage() + ".Ratio");
        Object ratioBuilder = ratio.getMethod("builder").invoke(null);
        ratioBuilder.getClass().getMethod("r", double.class).invoke(ratioBuilder, Double.NaN);
        Object r = ratioBuilder.getClass().getMethod("build").invoke(ratioBuilder);
        Object builder = fixture.requestClass("branches").getMethod("builder").invoke(null);
        builder.getClass().getMethod("ratio", ratio).invoke(builder, r);
        Object request = builder.getClass().getMethod("build").invoke(builder);
        assertEquals(
                List.of("/ratio/r: NaN is not a JSON number"),
                fixture.validateObject("branches", request).stream()
                        .map(Violation::toString)
                        .toList());
        assertEquals(List.of("/ratio/r: 3 is above the maximum 2"), lines("branches", "{\"ratio\": {\"r\": 3}}"));
    }

    @Test
    void generatedTypesNamedLikeTheValidatorsHelpersDoNotClash() {
        assertEquals(
                List.of(
                        "/math/x: does not match the schema of anyOf (1: /math/x: 1.5 is not of type integer)",
                        "/text_node: matches none of the 2 schemas of anyOf (1: /text_node: {} is not of type string;"
                                + " 2: /text_node: missing required property \"y\")",
                        "/json_node/z: 2 does not equal the constant 1"),
                lines("names", "{\"math\": {\"x\": 1.5}, \"text_node\": {}, \"json_node\": {\"z\": 2}}"));
    }

    // ---------------------------------------------------------------- roots that are not objects

    @Test
    void scalarAndPassthroughRoots() {
        assertEquals(List.of(), lines("scalar-root", "2"));
        assertEquals(List.of("/: 4 is above the maximum 3"), lines("scalar-root", "4"));
        assertTrue(fixture.validate("scalar-root", "\"x\"").bindingFailure().isPresent());
        assertEquals(List.of(), lines("any-root", "3"));
        assertEquals(List.of("/: 4 is above the maximum 3"), lines("any-root", "4"));
        assertEquals(List.of("/: \"x\" is not of type integer, boolean or null"), lines("any-root", "\"x\""));
    }

    @Test
    void outputIsDeterministic() {
        for (LinkedModel m : fixture.models()) {
            assertEquals(
                    ValidatorEmitter.emit(m).toString(),
                    ValidatorEmitter.emit(m).toString());
        }
    }
}
