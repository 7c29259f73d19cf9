package dev.pictor.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.link.FieldDecl;
import dev.pictor.core.link.JavaType;
import dev.pictor.core.load.DocumentLoader;
import dev.pictor.core.model.SchemaSet;
import dev.pictor.runtime.json.PictorJson;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code not}, {@code if}/{@code then}/{@code else} and boolean schemas end to end
 * ({@code golden/generate/conditionals}): on typed values (a string, an integer, a number, a list,
 * the request record, whose {@code if} looks only at declared members) and on JSON values (an object whose
 * {@code not} names members it does not declare, which is therefore held as JSON; a string or null whose {@code not}
 * could refuse null, which is therefore not made a nullable string); {@code if} without {@code then}
 * or {@code else}, and {@code then}/{@code else} without {@code if}, which say nothing; {@code true} and
 * {@code false} as property, item and prefix-item schemas. The generated files match their golden copies and compile
 * strictly, values read and write back unchanged, and the generated validator agrees with networknt on each side of
 * every condition.
 */
class ConditionalsGenerationTest implements GoldenCaseTests {

    private static final GeneratedCase CASE = GeneratedCase.named("conditionals");

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
    void conditionsKeepValuesTypedUnlessTheyLookAtUndeclaredMembers() {
        Map<String, JavaType> types = fixture.model("conditions").request().fields().stream()
                .collect(Collectors.toMap(FieldDecl::wireName, FieldDecl::type));
        assertEquals(new JavaType.Scalar(JavaType.ScalarKind.STRING), types.get("prompt"));
        assertEquals(new JavaType.Scalar(JavaType.ScalarKind.LONG), types.get("size"));
        assertEquals(new JavaType.Scalar(JavaType.ScalarKind.DOUBLE), types.get("ratio"));
        assertEquals(new JavaType.Passthrough(), types.get("style"), "its not could refuse null: not made nullable");
        assertEquals(new JavaType.ListOf(new JavaType.Scalar(JavaType.ScalarKind.STRING)), types.get("tags"));
        assertEquals(new JavaType.Passthrough(), types.get("extras"), "its not names undeclared members");
        assertTrue(
                fixture.model("conditions").request().rest().isEmpty(),
                "the request's if/then/else look only at declared members: a plain record");
    }

    @Test
    void valuesReadAndWriteBackUnchanged() throws Exception {
        List<String> instances = List.of(
                "{\"prompt\":\"p\",\"mode\":\"best\",\"quality\":80,\"steps\":5,\"size\":2048}",
                "{\"prompt\":\"p\",\"ratio\":0.5,\"style\":\"ink\",\"note\":3,\"tags\":[\"a\"]}",
                "{\"prompt\":\"p\",\"extras\":{\"name\":\"n\",\"negative\":\"x\"},\"free\":[1,{\"a\":null}]}",
                "{\"prompt\":\"p\",\"list\":[],\"pairs\":[{\"x\":1}]}");
        Class<?> request = fixture.requestClass("conditions");
        for (String json : instances) {
            assertEquals(json, PictorJson.writeString(PictorJson.read(json, request)));
        }
    }

    @Test
    void theValidatorAgreesWithTheReferenceValidatorOnEachSideOfEveryCondition() {
        List<String> instances = List.of(
                "{\"prompt\":\"p\"}",
                "{\"prompt\":\"nothing\"}",
                "{\"prompt\":\"nothing!\"}",
                "{\"prompt\":\"p\",\"steps\":6}",
                "{\"prompt\":\"p\",\"steps\":7}",
                "{\"prompt\":\"p\",\"steps\":0}",
                "{\"prompt\":\"p\",\"size\":1024}",
                "{\"prompt\":\"p\",\"size\":1032}",
                "{\"prompt\":\"p\",\"size\":1088}",
                "{\"prompt\":\"p\",\"size\":1016}",
                "{\"prompt\":\"p\",\"size\":1020}",
                "{\"prompt\":\"p\",\"size\":1023}",
                "{\"prompt\":\"p\",\"ratio\":1}",
                "{\"prompt\":\"p\",\"ratio\":0.25}",
                "{\"prompt\":\"p\",\"ratio\":0.2}",
                "{\"prompt\":\"p\",\"ratio\":1.5}",
                "{\"prompt\":\"p\",\"ratio\":-3}",
                "{\"prompt\":\"p\",\"scale\":0.5}",
                "{\"prompt\":\"p\",\"seed\":3}",
                "{\"prompt\":\"p\",\"style\":\"ink\"}",
                "{\"prompt\":\"p\",\"style\":null}",
                "{\"prompt\":\"p\",\"note\":\"n\"}",
                "{\"prompt\":\"p\",\"note\":null}",
                "{\"prompt\":\"p\",\"note\":1}",
                "{\"prompt\":\"p\",\"note\":{}}",
                "{\"prompt\":\"p\",\"tags\":[]}",
                "{\"prompt\":\"p\",\"tags\":[\"a\"]}",
                "{\"prompt\":\"p\",\"extras\":{}}",
                "{\"prompt\":\"p\",\"extras\":{\"negative\":\"x\"}}",
                "{\"prompt\":\"p\",\"extras\":{\"strength\":1}}",
                "{\"prompt\":\"p\",\"extras\":{\"negative\":\"x\",\"strength\":1}}",
                "{\"prompt\":\"p\",\"extras\":{\"name\":1}}",
                "{\"prompt\":\"p\",\"mode\":\"best\",\"quality\":50}",
                "{\"prompt\":\"p\",\"mode\":\"best\",\"quality\":49}",
                "{\"prompt\":\"p\",\"mode\":\"best\"}",
                "{\"prompt\":\"p\",\"mode\":\"fast\",\"quality\":50}",
                "{\"prompt\":\"p\",\"mode\":\"fast\",\"quality\":51}",
                "{\"prompt\":\"p\",\"mode\":\"fast\"}",
                "{\"prompt\":\"p\",\"quality\":51}",
                "{\"prompt\":\"p\",\"free\":null}",
                "{\"prompt\":\"p\",\"nothing\":null}",
                "{\"prompt\":\"p\",\"nothing\":0}",
                "{\"prompt\":\"p\",\"list\":[]}",
                "{\"prompt\":\"p\",\"list\":[1]}",
                "{\"prompt\":\"p\",\"pairs\":[1]}",
                "{\"prompt\":\"p\",\"pairs\":[1,2]}");
        assertEquals(
                List.of(),
                fixture.disagreements(set, "conditions", instances),
                instances.size() + " instances compared");
        long invalid = instances.stream()
                .filter(json -> !fixture.validate("conditions", json).valid())
                .count();
        assertTrue(invalid > instances.size() / 3, "the boundary values include invalid ones: " + invalid);
    }

    @Test
    void theConditionsReportTheirOwnViolations() {
        assertEquals(
                List.of("/steps: matches the schema of not [not]"),
                fixture.keyedLines("conditions", "{\"prompt\":\"p\",\"steps\":14}"));
        assertEquals(
                List.of("/size: 1032 is not a multiple of 64 [multipleOf]"),
                fixture.keyedLines("conditions", "{\"prompt\":\"p\",\"size\":1032}"));
        assertEquals(
                List.of("/size: 1020 is not a multiple of 8 [multipleOf]"),
                fixture.keyedLines("conditions", "{\"prompt\":\"p\",\"size\":1020}"));
        assertEquals(
                List.of("/: missing required property \"quality\" [required]"),
                fixture.keyedLines("conditions", "{\"prompt\":\"p\",\"mode\":\"best\"}"));
        assertEquals(
                List.of("/nothing: no value is allowed here [false]"),
                fixture.keyedLines("conditions", "{\"prompt\":\"p\",\"nothing\":1}"));
    }
}
