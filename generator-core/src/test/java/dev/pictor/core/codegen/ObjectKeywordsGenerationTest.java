package dev.pictor.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.link.FieldDecl;
import dev.pictor.core.link.JavaType;
import dev.pictor.core.link.LinkedModel;
import dev.pictor.core.link.RecordDecl;
import dev.pictor.core.load.DocumentLoader;
import dev.pictor.core.model.SchemaSet;
import dev.pictor.runtime.json.PictorJson;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The object keywords ({@code golden/generate/object-keywords}): {@code minProperties}, {@code maxProperties},
 * {@code propertyNames}, {@code dependentRequired} and {@code dependentSchemas} on a map, on a record that keeps its
 * undeclared members so they can be counted and named, on a closed record and an open one (counted and null-checked
 * as typed values), on a JSON value, and draft-07's {@code dependencies} in both forms. The generated files match
 * their golden copies and compile strictly, values read and write back unchanged, and the generated validator agrees
 * with networknt on boundary values: exactly the bounds, one over and one under, names that match and names that
 * fail, a dependency present and absent.
 */
class ObjectKeywordsGenerationTest implements GoldenCaseTests {

    private static final GeneratedCase CASE = GeneratedCase.named("object-keywords");

    @Override
    public GeneratedCase goldenCase() {
        return CASE;
    }

    private static ValidatorFixture fixture;
    private static SchemaSet set;

    @BeforeAll
    static void generate() throws Exception {
        fixture = ValidatorFixture.of(CASE.root());
        set = DocumentLoader.load(CASE.root(), new Diagnostics());
    }

    @Test
    void aRecordKeepsTheMembersAKeywordCountsOrNames() {
        LinkedModel m = fixture.model("counts");
        Map<String, JavaType> types =
                m.request().fields().stream().collect(Collectors.toMap(FieldDecl::wireName, FieldDecl::type));
        assertEquals(new JavaType.MapOf(new JavaType.Scalar(JavaType.ScalarKind.STRING)), types.get("tags"));
        assertEquals(new JavaType.MapOf(new JavaType.Passthrough()), types.get("extras"));
        assertEquals(new JavaType.Passthrough(), types.get("anything"));
        assertEquals(
                Optional.of(new JavaType.MapOf(new JavaType.Passthrough())),
                record(m, "Style").rest().map(FieldDecl::type),
                "minProperties and propertyNames see undeclared members");
        assertTrue(record(m, "Options").keepsRest(), "a dependent schema sees the whole object");
        assertTrue(record(m, "Framing").keepsRest(), "a branch's maxProperties sees undeclared members");
        assertTrue(record(m, "Anchor").closed() && !record(m, "Anchor").keepsRest());
        RecordDecl crop = record(m, "Crop");
        assertTrue(crop.closed() && !crop.keepsRest(), "a closed record holds every member there is");
        assertTrue(!record(m, "Seeding").keepsRest(), "dependentRequired on declared members stays typed");
        assertTrue(fixture.model("legacy").request().keepsRest(), "a dependent schema of draft-07 too");
    }

    private static RecordDecl record(LinkedModel m, String name) {
        return m.record(name).orElseThrow(() -> new AssertionError("no record " + name + " in " + m.records()));
    }

    @Test
    void valuesReadAndWriteBackUnchanged() throws Exception {
        Class<?> request = fixture.requestClass("counts");
        List<String> instances = List.of(
                "{\"prompt\":\"p\",\"tags\":{\"b\":\"x\",\"a\":\"y\"}}",
                "{\"prompt\":\"p\",\"style\":{\"color\":\"red\",\"mood\":\"calm\"}}",
                "{\"prompt\":\"p\",\"crop\":{\"x\":1,\"y\":2,\"width\":null}}",
                "{\"prompt\":\"p\",\"extras\":{\"bonus\":1,\"reason\":\"why\"}}",
                "{\"prompt\":\"p\",\"options\":{\"mode\":\"m\",\"strength\":0.5}}");
        for (String json : instances) {
            assertEquals(json, PictorJson.writeString(PictorJson.read(json, request)), json);
            assertTrue(fixture.validate("counts", json).valid(), json);
        }
    }

    @Test
    void theValidatorNamesEachViolation() {
        assertEquals(
                List.of("/tags: 4 properties are more than the maximum 3"),
                fixture.validate("counts", "{\"prompt\":\"p\",\"tags\":{\"a\":\"\",\"b\":\"\",\"c\":\"\",\"d\":\"\"}}")
                        .lines());
        assertEquals(
                List.of("/tags: property name \"Bad\" is not valid (\"Bad\" does not match the pattern"
                        + " \"^[a-z]+$\")"),
                fixture.validate("counts", "{\"prompt\":\"p\",\"tags\":{\"Bad\":\"\"}}")
                        .lines());
        assertEquals(
                List.of("/crop: missing property \"x\", required when \"width\" is present"),
                fixture.validate("counts", "{\"prompt\":\"p\",\"crop\":{\"y\":1,\"width\":3}}")
                        .lines());
    }

    @Test
    void theValidatorAgreesWithTheReferenceValidator() {
        List<String> counts = List.of(
                "{\"prompt\":\"p\"}",
                // tags: a map of 1 to 3 members named in lower case, at most 8 letters
                "{\"prompt\":\"p\",\"tags\":{}}",
                "{\"prompt\":\"p\",\"tags\":{\"a\":\"1\"}}",
                "{\"prompt\":\"p\",\"tags\":{\"a\":\"1\",\"b\":\"2\",\"c\":\"3\"}}",
                "{\"prompt\":\"p\",\"tags\":{\"a\":\"1\",\"b\":\"2\",\"c\":\"3\",\"d\":\"4\"}}",
                "{\"prompt\":\"p\",\"tags\":{\"abcdefgh\":\"1\"}}",
                "{\"prompt\":\"p\",\"tags\":{\"abcdefghi\":\"1\"}}",
                "{\"prompt\":\"p\",\"tags\":{\"A\":\"1\"}}",
                "{\"prompt\":\"p\",\"tags\":{\"a1\":\"1\",\"Bb\":\"2\"}}",
                // style: a record that keeps undeclared members, 1 or 2 of color, size, mood
                "{\"prompt\":\"p\",\"style\":{}}",
                "{\"prompt\":\"p\",\"style\":{\"mood\":\"calm\"}}",
                "{\"prompt\":\"p\",\"style\":{\"color\":\"red\",\"size\":2}}",
                "{\"prompt\":\"p\",\"style\":{\"color\":\"red\",\"size\":2,\"mood\":\"calm\"}}",
                "{\"prompt\":\"p\",\"style\":{\"color\":\"red\",\"weight\":2}}",
                "{\"prompt\":\"p\",\"style\":{\"texture\":\"rough\"}}",
                // crop: a closed record of 2 or 3 members; a corner needs both coordinates, a width the corner
                "{\"prompt\":\"p\",\"crop\":{\"x\":1}}",
                "{\"prompt\":\"p\",\"crop\":{\"x\":1,\"y\":2}}",
                "{\"prompt\":\"p\",\"crop\":{\"x\":1,\"width\":3}}",
                "{\"prompt\":\"p\",\"crop\":{\"y\":2,\"width\":3}}",
                "{\"prompt\":\"p\",\"crop\":{\"x\":1,\"y\":2,\"width\":3}}",
                "{\"prompt\":\"p\",\"crop\":{\"x\":1,\"y\":2,\"width\":null}}",
                "{\"prompt\":\"p\",\"crop\":{\"y\":2,\"width\":null}}",
                "{\"prompt\":\"p\",\"crop\":{\"y\":2}}",
                "{\"prompt\":\"p\",\"crop\":{}}",
                // seeding: an open record whose seed needs a mode
                "{\"prompt\":\"p\",\"seeding\":{\"seed\":1}}",
                "{\"prompt\":\"p\",\"seeding\":{\"seed\":1,\"mode\":\"fixed\"}}",
                "{\"prompt\":\"p\",\"seeding\":{\"mode\":\"fixed\"}}",
                "{\"prompt\":\"p\",\"seeding\":{\"other\":1}}",
                // extras: a map whose bonus needs a reason of 3 characters or more
                "{\"prompt\":\"p\",\"extras\":{}}",
                "{\"prompt\":\"p\",\"extras\":{\"bonus\":1}}",
                "{\"prompt\":\"p\",\"extras\":{\"bonus\":1,\"reason\":\"ab\"}}",
                "{\"prompt\":\"p\",\"extras\":{\"bonus\":1,\"reason\":\"abc\"}}",
                "{\"prompt\":\"p\",\"extras\":{\"reason\":\"ab\"}}",
                // options: a record whose mode needs a strength of at most 1, an undeclared member
                "{\"prompt\":\"p\",\"options\":{\"mode\":\"m\"}}",
                "{\"prompt\":\"p\",\"options\":{\"mode\":\"m\",\"strength\":1}}",
                "{\"prompt\":\"p\",\"options\":{\"mode\":\"m\",\"strength\":1.5}}",
                "{\"prompt\":\"p\",\"options\":{\"strength\":1.5}}",
                "{\"prompt\":\"p\",\"options\":{}}",
                // anchor: a closed record whose names are at most 4 characters; center allows no other member
                "{\"prompt\":\"p\",\"anchor\":{\"top\":1,\"left\":2}}",
                "{\"prompt\":\"p\",\"anchor\":{\"center\":true}}",
                "{\"prompt\":\"p\",\"anchor\":{\"center\":true,\"top\":1}}",
                // framing: an open record that a branch allows one member at most, declared or not
                "{\"prompt\":\"p\",\"framing\":{\"w\":1}}",
                "{\"prompt\":\"p\",\"framing\":{\"h\":1}}",
                "{\"prompt\":\"p\",\"framing\":{\"w\":1,\"h\":1}}",
                // anything: any value; an object of 2 members or more, each name 2 characters or more
                "{\"prompt\":\"p\",\"anything\":{\"ab\":1}}",
                "{\"prompt\":\"p\",\"anything\":{\"ab\":1,\"cd\":2}}",
                "{\"prompt\":\"p\",\"anything\":{\"ab\":1,\"c\":2}}",
                "{\"prompt\":\"p\",\"anything\":[1]}",
                "{\"prompt\":\"p\",\"anything\":\"a\"}");
        assertEquals(List.of(), fixture.disagreements(set, "counts", counts));
        List<String> legacy = List.of(
                "{\"prompt\":\"p\"}",
                "{\"prompt\":\"p\",\"width\":1}",
                "{\"prompt\":\"p\",\"width\":1,\"height\":2}",
                "{\"prompt\":\"p\",\"height\":2}",
                "{\"prompt\":\"p\",\"mask\":\"m\"}",
                "{\"prompt\":\"p\",\"mask\":\"m\",\"strength\":1}",
                "{\"prompt\":\"p\",\"mask\":\"m\",\"strength\":1.01}",
                "{\"prompt\":\"p\",\"strength\":7}");
        assertEquals(List.of(), fixture.disagreements(set, "legacy", legacy));
        long invalid = counts.stream()
                .filter(i -> !fixture.validate("counts", i).valid())
                .count();
        assertTrue(invalid > counts.size() / 3, "the boundary values include invalid ones: " + invalid);
    }
}
