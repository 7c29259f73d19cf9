package dev.pictor.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.link.FieldDecl;
import dev.pictor.core.link.JavaType;
import dev.pictor.core.link.LinkedModel;
import dev.pictor.core.link.Linker;
import dev.pictor.core.link.RecordDecl;
import dev.pictor.core.link.UnionDecl;
import dev.pictor.core.load.DocumentLoader;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.SchemaSet;
import dev.pictor.core.testing.TestRoot;
import dev.pictor.core.validate.ReferenceValidator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When a {@code oneOf}/{@code anyOf} becomes a sealed interface, and when it stays a passthrough value exactly as
 * before (no record, enum or name declared for it): a branch that is not a closed object with properties, a
 * {@code oneOf} whose alternatives JSON could not tell apart, a keyword beside the combinator, a record that is
 * another union's alternative already, a name taken, the response side. And a union that contains itself.
 */
class UnionMappingTest {

    private static final String CLOSED_A = """
            {"type": "object", "required": ["a"], "additionalProperties": false,
             "properties": {"a": {"type": "string"}}}""";
    private static final String CLOSED_B = """
            {"type": "object", "required": ["b"], "additionalProperties": false,
             "properties": {"b": {"type": "integer"}}}""";

    private static SchemaSet set;
    private static Map<String, LinkedModel> models;
    private static ValidatorFixture fixture;

    @BeforeAll
    static void link(@TempDir Path dir) throws Exception {
        TestRoot root = TestRoot.create(dir);
        model(root, "disjoint", "{\"oneOf\": [" + CLOSED_A + ", " + CLOSED_B + "]}");
        // Both require "a", which both declare: {"a": "x"} binds to either record, so "exactly one" cannot be read.
        String aWithC = """
                {"type": "object", "required": ["a"], "additionalProperties": false,
                 "properties": {"a": {"type": "string"}, "c": {"type": "string"}}}""";
        model(root, "overlapping-one-of", "{\"oneOf\": [" + CLOSED_A + ", " + aWithC + "]}");
        model(root, "overlapping-any-of", "{\"anyOf\": [" + CLOSED_A + ", " + aWithC + "]}");
        model(
                root,
                "open-branch",
                "{\"oneOf\": [" + CLOSED_A + ", {\"type\": \"object\", \"required\": [\"b\"],"
                        + " \"properties\": {\"b\": {\"type\": \"integer\"}}}]}");
        model(
                root,
                "empty-branch",
                "{\"oneOf\": [" + CLOSED_A + ", {\"type\": \"object\"," + " \"additionalProperties\": false}]}");
        // Both declare "type" and "data"; only the string constant of "type" tells them apart.
        String tagged = """
                {"type": "object", "required": ["type", "data"], "additionalProperties": false,
                 "properties": {"type": {"type": "string", "const": "%s"}, "data": {"type": "string"}}}""";
        model(
                root,
                "tagged",
                "{\"oneOf\": [" + tagged.formatted("url") + ", "
                        + tagged.formatted("base64").replace("\"const\": \"base64\"", "\"enum\": [\"base64\"]") + "]}");
        model(root, "same-tag", "{\"oneOf\": [" + tagged.formatted("url") + ", " + tagged.formatted("url") + "]}");
        model(
                root,
                "optional-tag",
                "{\"oneOf\": [" + tagged.formatted("url") + ", "
                        + tagged.formatted("base64")
                                .replace("\"required\": [\"type\", \"data\"]", "\"required\": [\"data\"]")
                        + "]}");
        model(root, "one-branch", "{\"oneOf\": [" + CLOSED_A + "]}");
        model(
                root,
                "beside-all-of",
                "{\"allOf\": [{\"type\": \"object\"}], \"oneOf\": [" + CLOSED_A + ", " + CLOSED_B + "]}");
        model(root, "nullable", "{\"type\": [\"object\", \"null\"], \"oneOf\": [" + CLOSED_A + ", " + CLOSED_B + "]}");
        model(
                root,
                "both-keywords",
                "{\"oneOf\": [" + CLOSED_A + ", " + CLOSED_B + "], \"anyOf\": [" + CLOSED_A + ", " + CLOSED_B + "]}");
        model(root, "string-or-list", "{\"oneOf\": [{\"type\": \"string\"}, {\"type\": \"array\"}]}");
        // Left to other mappings: an open enum, a null branch, and a type list with null.
        model(root, "open-enum", "{\"anyOf\": [{\"type\": \"string\"}, {\"enum\": [\"a\", \"b\"]}]}");
        model(
                root,
                "string-and-string-enum",
                "{\"oneOf\": [{\"type\": \"string\"}, {\"type\": \"string\", \"enum\": [\"a\"]}]}");
        model(root, "null-branch", "{\"anyOf\": [{\"type\": \"string\"}, {\"type\": \"null\"}]}");
        model(root, "type-list-null", "{\"type\": [\"string\", \"null\"]}");
        // JSON cannot tell these apart: 1 is an integer and a number; two open objects.
        model(root, "integer-or-number", "{\"oneOf\": [{\"type\": \"integer\"}, {\"type\": \"number\"}]}");
        model(root, "type-list-numbers", "{\"type\": [\"integer\", \"number\", \"string\"]}");
        model(root, "type-list-object", "{\"type\": [\"string\", \"object\"]}");
        String openA = "{\"type\": \"object\", \"required\": [\"a\"], \"properties\": {\"a\": {\"type\": \"string\"}}}";
        String openB = "{\"type\": \"object\", \"required\": [\"b\"], \"properties\": {\"b\": {\"type\": \"string\"}}}";
        model(root, "two-open-objects", "{\"oneOf\": [" + openA + ", " + openB + ", {\"type\": \"string\"}]}");
        model(root, "one-open-object", "{\"oneOf\": [" + openA + ", {\"type\": \"string\"}]}");
        model(
                root,
                "combinator-branch",
                "{\"oneOf\": [{\"type\": \"string\", \"anyOf\": [{\"minLength\": 1}]}," + " {\"type\": \"integer\"}]}");
        root.model(
                "shared",
                "text-to-image",
                """
                {"type": "object", "properties": {
                   "first": {"oneOf": [{"$ref": "#/$defs/A"}, {"$ref": "#/$defs/B"}]},
                   "second": {"oneOf": [{"$ref": "#/$defs/A"}, {"$ref": "#/$defs/C"}]}},
                 "$defs": {"A": %s, "B": %s,
                   "C": {"type": "object", "required": ["c"], "additionalProperties": false,
                         "properties": {"c": {"type": "boolean"}}}}}
                """.formatted(CLOSED_A, CLOSED_B),
                "{\"type\": \"string\", \"contentType\": \"image/png\"," + " \"format\": \"binary\"}",
                "");
        root.model(
                "name-taken",
                "text-to-image",
                """
                {"type": "object", "properties": {
                   "image_url": {"type": "object", "properties": {"href": {"type": "string"}}},
                   "source": {"oneOf": [{"title": "Image URL", "type": "object", "required": ["u"],
                                         "additionalProperties": false, "properties": {"u": {"type": "string"}}},
                                        %s]}}}
                """.formatted(CLOSED_B),
                "{\"type\": \"string\", \"contentType\": \"image/png\"," + " \"format\": \"binary\"}",
                "");
        root.model(
                "same-name",
                "text-to-image",
                """
                {"type": "object", "properties": {
                   "first": {"type": "object", "properties": {"image": {"oneOf": [%1$s, %2$s]}}},
                   "second": {"type": "object", "properties": {"image": {"oneOf": [%1$s, %2$s]}}}}}
                """.formatted(CLOSED_A, CLOSED_B),
                "{\"type\": \"string\", \"contentType\": \"image/png\"," + " \"format\": \"binary\"}",
                "");
        root.model(
                "response",
                "text-to-image",
                "{\"type\": \"object\", \"properties\": {\"p\": {\"type\": \"string\"}}}",
                "{\"type\": \"object\", \"properties\": {\"result\": {\"oneOf\": [" + CLOSED_A + ", " + CLOSED_B
                        + "]}}}",
                "");
        root.model(
                "recursive",
                "text-to-image",
                """
                {"type": "object", "properties": {"shape": {"$ref": "#/$defs/Shape"}},
                 "$defs": {
                   "Shape": {"anyOf": [{"$ref": "#/$defs/Circle"}, {"$ref": "#/$defs/Group"}]},
                   "Circle": {"type": "object", "required": ["radius"], "additionalProperties": false,
                              "properties": {"radius": {"type": "number", "exclusiveMinimum": 0}}},
                   "Group": {"type": "object", "required": ["members"], "additionalProperties": false,
                             "properties": {"members": {"type": "array", "minItems": 1,
                                                        "items": {"$ref": "#/$defs/Shape"}}}}}}
                """,
                "{\"type\": \"string\", \"contentType\": \"image/png\", \"format\": \"binary\"}",
                "");
        Diagnostics diagnostics = new Diagnostics();
        set = DocumentLoader.load(dir, diagnostics);
        List<LinkedModel> linked = new Linker("test.gen", diagnostics).link(set);
        assertEquals(
                List.of(),
                diagnostics.sorted().stream()
                        .filter(d -> d.severity() == Severity.ERROR)
                        .map(d -> d.toText())
                        .toList(),
                "no model is refused for a union it cannot have");
        models = linked.stream().collect(Collectors.toMap(LinkedModel::modelId, m -> m));
        fixture = ValidatorFixture.of(linked);
    }

    private static void model(TestRoot root, String name, String value) {
        root.model(name, "{\"type\": \"object\", \"properties\": {\"value\": " + value + "}}");
    }

    private static JavaType field(String model, String wireName) {
        return models.get(model).request().fields().stream()
                .filter(f -> f.wireName().equals(wireName))
                .map(FieldDecl::type)
                .findFirst()
                .orElseThrow();
    }

    /** A schema that stays a passthrough value declares nothing for its branches. */
    private static void assertPassthrough(String model) {
        assertEquals(new JavaType.Passthrough(), field(model, "value"), model);
        assertEquals(List.of(), models.get(model).unions(), model);
        assertEquals(
                List.of(models.get(model).request().simpleName()),
                models.get(model).records().stream().map(RecordDecl::simpleName).toList(),
                model);
    }

    @Test
    void disjointClosedAlternativesBecomeAUnion() {
        assertEquals(new JavaType.UnionRef("Value"), field("disjoint", "value"));
        assertEquals(
                List.of(new UnionDecl(
                        "Value",
                        models.get("disjoint").unions().get(0).nodeId(),
                        List.of("ValueOption1", "ValueOption2"),
                        UnionDecl.Keyword.ONE_OF,
                        models.get("disjoint").unions().get(0).docs(),
                        List.of())),
                models.get("disjoint").unions());
    }

    @Test
    void alternativesToldApartByAStringConstantAreAUnionWithTags() {
        assertEquals(new JavaType.UnionRef("Value"), field("tagged", "value"));
        UnionDecl union = models.get("tagged").unions().get(0);
        assertEquals(
                List.of(
                        new UnionDecl.Tag("ValueOption1", "type", "url"),
                        new UnionDecl.Tag("ValueOption2", "type", "base64")),
                union.tags());
        assertPassthrough("same-tag");
        assertPassthrough("optional-tag");
    }

    @Test
    void overlappingAlternativesAreAUnionForAnyOfOnly() {
        assertPassthrough("overlapping-one-of");
        assertEquals(new JavaType.UnionRef("Value"), field("overlapping-any-of", "value"));
    }

    @Test
    void anythingButClosedObjectsWithPropertiesStaysPassthrough() {
        for (String model :
                List.of("open-branch", "empty-branch", "one-branch", "beside-all-of", "nullable", "both-keywords")) {
            assertPassthrough(model);
        }
    }

    @Test
    void valuesOfJsonTypesThatTellThemApartAreAUnion() {
        assertEquals(new JavaType.UnionRef("Value"), field("string-or-list", "value"));
        assertEquals(
                List.of("ValueText", "ValueList"),
                models.get("string-or-list").unions().get(0).alternatives());
        assertEquals(
                List.of("ValueOption1", "ValueText"),
                models.get("one-open-object").unions().get(0).alternatives(),
                "one open object beside a string");
        for (String model :
                List.of("open-enum", "string-and-string-enum", "null-branch", "type-list-null", "type-list-object")) {
            assertEquals(List.of(), models.get(model).unions(), model);
        }
        for (String model :
                List.of("integer-or-number", "type-list-numbers", "two-open-objects", "combinator-branch")) {
            assertPassthrough(model);
        }
    }

    @Test
    void aRecordIsTheAlternativeOfOneUnionAtMost() {
        assertEquals(new JavaType.UnionRef("First"), field("shared", "first"));
        assertEquals(new JavaType.Passthrough(), field("shared", "second"));
        assertEquals(List.of("A", "B"), models.get("shared").unions().get(0).alternatives());
    }

    @Test
    void aTakenNameLeavesThePassthroughValueWithoutAnError() {
        assertTrue(field("name-taken", "image_url") instanceof JavaType.RecordRef);
        assertEquals(new JavaType.Passthrough(), field("name-taken", "source"));
        assertEquals(List.of(), models.get("name-taken").unions());
    }

    @Test
    void aSecondUnionOfOneNameIsNamedAfterItsRecord() {
        LinkedModel m = models.get("same-name");
        List<JavaType> images = m.records().stream()
                .filter(r -> List.of("First", "Second").contains(r.simpleName()))
                .map(r -> r.fields().get(0).type())
                .toList();
        assertEquals(List.of(new JavaType.UnionRef("Image"), new JavaType.UnionRef("SecondImage")), images);
        assertEquals(
                List.of("Image", "SecondImage"),
                m.unions().stream().map(UnionDecl::simpleName).toList());
    }

    @Test
    void responsesHaveNoUnions() {
        LinkedModel m = models.get("response");
        RecordDecl response = m.records().stream()
                .filter(r -> r.role() == RecordDecl.Role.RESPONSE)
                .findFirst()
                .orElseThrow();
        assertEquals(new JavaType.Passthrough(), response.fields().get(0).type());
        assertEquals(List.of(), m.unions());
    }

    @Test
    void aUnionMayContainItself() throws Exception {
        assertEquals(
                List.of("Circle", "Group"),
                models.get("recursive").unions().get(0).alternatives());
        ReferenceValidator reference = new ReferenceValidator();
        ModelDocument doc = set.models().stream()
                .filter(d -> d.model().equals("recursive"))
                .findFirst()
                .orElseThrow();
        for (String instance : List.of(
                "{\"shape\": {\"radius\": 1}}",
                "{\"shape\": {\"members\": [{\"radius\": 1}, {\"members\": [{\"radius\": 0.5}]}]}}",
                "{\"shape\": {\"members\": [{\"radius\": 1}, {\"members\": []}]}}",
                "{\"shape\": {\"members\": [{\"radius\": 0}]}}",
                "{\"shape\": {\"members\": [{\"radius\": 1, \"members\": []}]}}",
                "{\"shape\": {\"members\": [[]]}}")) {
            boolean expected = reference
                    .validate(
                            doc.effectiveInput().toJackson(),
                            doc.dialect(),
                            doc.file(),
                            new ObjectMapper().readTree(instance))
                    .isEmpty();
            assertEquals(expected, fixture.validate("recursive", instance).valid(), instance);
        }
        String failure = fixture.validate("recursive", "{\"shape\": {\"members\": [{\"radius\": 1, \"members\": []}]}}")
                .bindingFailure()
                .orElseThrow();
        // The reason of each alternative, down to the member inside that matched none of its own alternatives.
        assertTrue(
                failure.contains(
                        "no alternative of Shape (anyOf) matches: Circle: no member \"radius\"; Group: at"
                                + " /members/0: no alternative of Shape (anyOf) matches: Circle: at /members: Unrecognized field"),
                failure);
    }
}
