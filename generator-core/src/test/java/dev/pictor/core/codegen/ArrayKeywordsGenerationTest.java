package dev.pictor.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.link.FieldDecl;
import dev.pictor.core.link.JavaType;
import dev.pictor.core.load.DocumentLoader;
import dev.pictor.core.model.SchemaSet;
import dev.pictor.runtime.json.PictorJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The array keywords end to end ({@code golden/generate/array-keywords}): {@code uniqueItems} on strings, integers,
 * numbers, enum constants, objects and JSON values; {@code contains} with and without {@code minContains} and
 * {@code maxContains} (a {@code minContains} of 0, a {@code maxContains} without {@code contains}, {@code contains}
 * as {@code true} and {@code false}); and draft-07's array-form {@code items} with {@code additionalItems} (also
 * {@code additionalItems} beside a schema-form {@code items}, or alone, which says nothing). The generated files
 * match their golden copies and compile strictly, values read and write back unchanged, and the generated validator
 * agrees with networknt on the boundary values: exactly as many matching items as allowed, one over and one under,
 * items equal by numeric value ({@code 1} and {@code 1.0}) and objects with their members in another order.
 */
class ArrayKeywordsGenerationTest implements GoldenCaseTests {

    private static final GeneratedCase CASE = GeneratedCase.named("array-keywords");

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
    void itemsJudgedWholeAreHeldAsJsonOnlyWhereARecordWouldDropMembers() {
        Map<String, JavaType> types = fixture.model("arrays").request().fields().stream()
                .collect(Collectors.toMap(FieldDecl::wireName, FieldDecl::type));
        assertEquals(new JavaType.ListOf(new JavaType.Scalar(JavaType.ScalarKind.STRING)), types.get("tags"));
        assertEquals(new JavaType.ListOf(new JavaType.Scalar(JavaType.ScalarKind.LONG)), types.get("seeds"));
        assertEquals(new JavaType.ListOf(new JavaType.Scalar(JavaType.ScalarKind.DOUBLE)), types.get("weights"));
        assertEquals(new JavaType.ListOf(new JavaType.Passthrough()), types.get("layers"), "objects compared whole");
        assertEquals(new JavaType.ListOf(new JavaType.Passthrough()), types.get("masks"), "objects judged whole");
        assertEquals(new JavaType.ListOf(new JavaType.Scalar(JavaType.ScalarKind.LONG)), types.get("steps"));
    }

    @Test
    void valuesReadAndWriteBackUnchanged() throws Exception {
        List<String> arrays = List.of(
                "{\"prompt\":\"p\",\"tags\":[\"a\",\"b\"],\"seeds\":[1,2],\"weights\":[0.5,1.5],\"modes\":[\"fast\"]}",
                "{\"prompt\":\"p\",\"layers\":[{\"name\":\"a\",\"z\":1},{\"z\":2,\"name\":\"a\"}]}",
                "{\"prompt\":\"p\",\"steps\":[10,20,1],\"masks\":[{\"mask\":\"m\"}],\"zeros\":[1.5]}");
        for (String json : arrays) {
            assertEquals(json, PictorJson.writeString(PictorJson.read(json, fixture.requestClass("arrays"))));
        }
        String tuples = "{\"size\":[640,480],\"path\":[\"line\",1.5,2.5],\"open\":[\"x\",{\"y\":1}]}";
        assertEquals(tuples, PictorJson.writeString(PictorJson.read(tuples, fixture.requestClass("tuples"))));
    }

    @Test
    void theValidatorsAgreeWithTheReferenceValidatorOnBoundaryValues() {
        List<String> arrays = List.of(
                "{\"prompt\":\"p\"}",
                "{\"prompt\":\"p\",\"tags\":[]}",
                "{\"prompt\":\"p\",\"tags\":[\"a\",\"b\",\"c\"]}",
                "{\"prompt\":\"p\",\"tags\":[\"a\",\"b\",\"a\"]}",
                "{\"prompt\":\"p\",\"seeds\":[1,2,3]}",
                "{\"prompt\":\"p\",\"seeds\":[3,3]}",
                "{\"prompt\":\"p\",\"weights\":[1,2,3.5]}",
                "{\"prompt\":\"p\",\"modes\":[\"fast\",\"best\"]}",
                "{\"prompt\":\"p\",\"modes\":[\"best\",\"best\"]}",
                "{\"prompt\":\"p\",\"layers\":[{\"name\":\"a\",\"z\":1},{\"z\":1,\"name\":\"a\"}]}",
                "{\"prompt\":\"p\",\"layers\":[{\"name\":\"a\",\"z\":1},{\"z\":2,\"name\":\"a\"}]}",
                "{\"prompt\":\"p\",\"layers\":[{\"name\":\"a\",\"z\":[1,2]},{\"name\":\"a\",\"z\":[2,1]}]}",
                "{\"prompt\":\"p\",\"anything\":[1,\"1\",true,null,{},[]]}",
                "{\"prompt\":\"p\",\"anything\":[null,null]}",
                "{\"prompt\":\"p\",\"steps\":[]}",
                "{\"prompt\":\"p\",\"steps\":[10]}",
                "{\"prompt\":\"p\",\"steps\":[10,11]}",
                "{\"prompt\":\"p\",\"steps\":[10,11,1,12]}",
                "{\"prompt\":\"p\",\"steps\":[10,11,12,13]}",
                "{\"prompt\":\"p\",\"steps\":[9,9,9,10]}",
                "{\"prompt\":\"p\",\"masks\":[]}",
                "{\"prompt\":\"p\",\"masks\":[{\"image\":\"i\"}]}",
                "{\"prompt\":\"p\",\"masks\":[{\"image\":\"i\"},{\"mask\":null}]}",
                "{\"prompt\":\"p\",\"masks\":[1,\"mask\"]}",
                "{\"prompt\":\"p\",\"zeros\":[]}",
                "{\"prompt\":\"p\",\"zeros\":[1,2]}",
                "{\"prompt\":\"p\",\"zeros\":[1,0.0]}",
                "{\"prompt\":\"p\",\"zeros\":[0,1,0.0]}",
                "{\"prompt\":\"p\",\"loose\":[1,2,3]}",
                "{\"prompt\":\"p\",\"looser\":[1,2,3]}",
                "{\"prompt\":\"p\",\"never\":[]}",
                "{\"prompt\":\"p\",\"never\":[1]}",
                "{\"prompt\":\"p\",\"always\":[1]}",
                "{\"prompt\":\"p\",\"always\":[1,\"x\"]}",
                "{\"prompt\":\"p\",\"always\":[1,2,3]}");
        List<String> tuples = List.of(
                "{}",
                "{\"size\":[]}",
                "{\"size\":[1]}",
                "{\"size\":[1,2]}",
                "{\"size\":[1,2,3]}",
                "{\"size\":[1,\"2\"]}",
                "{\"path\":[\"line\"]}",
                "{\"path\":[\"line\",0,1.5]}",
                "{\"path\":[\"line\",-1]}",
                "{\"path\":[\"line\",\"x\"]}",
                "{\"path\":[1]}",
                "{\"open\":[\"x\",1,{\"y\":[]}]}",
                "{\"open\":[2]}",
                "{\"ignored\":[1,2,3]}",
                "{\"ignored\":[\"x\"]}",
                "{\"alone\":[1,2]}",
                "{\"distinct\":[1,2]}",
                "{\"distinct\":[1,2.0]}");
        List<String> mismatches = new ArrayList<>(fixture.disagreements(set, "arrays", arrays));
        mismatches.addAll(fixture.disagreements(set, "tuples", tuples));
        assertEquals(List.of(), mismatches, (arrays.size() + tuples.size()) + " instances compared");
        long invalid = arrays.stream()
                .filter(json -> !fixture.validate("arrays", json).valid())
                .count();
        assertTrue(invalid > arrays.size() / 3, "the boundary values include invalid ones: " + invalid);
    }

    /**
     * Where networknt 2.0.8 departs from JSON Schema, the generated validator follows the specification and the
     * suite: networknt compares the numbers of {@code uniqueItems} by Jackson node type, so {@code 1} and {@code 1.0}
     * are distinct to it (fixed upstream by networknt/json-schema-validator#1273; the suite's own case,
     * {@code [1.0, 1.00, 1]}, holds two equal decimals and cannot tell); and it applies {@code minContains} and
     * {@code maxContains} without {@code contains}, where the specification says they have no effect. When networknt
     * is upgraded past these, this test fails so that the instances move to the boundary values above.
     */
    @Test
    void whereNetworkntDepartsFromTheSpecificationTheValidatorFollowsTheSpecification() {
        Map<String, String> departures = new LinkedHashMap<>();
        departures.put("{\"prompt\":\"p\",\"seeds\":[1,2,1.0]}", "/seeds: items 0 and 2 are equal");
        departures.put("{\"prompt\":\"p\",\"weights\":[1,1.0]}", "/weights: items 0 and 1 are equal");
        departures.put("{\"prompt\":\"p\",\"weights\":[0,-0.0]}", "/weights: items 0 and 1 are equal");
        departures.put(
                "{\"prompt\":\"p\",\"layers\":[{\"name\":\"a\",\"z\":1.0},{\"z\":1,\"name\":\"a\"}]}",
                "/layers: items 0 and 1 are equal");
        departures.put(
                "{\"prompt\":\"p\",\"anything\":[[1,{\"a\":2}],[1,{\"a\":2.0}]]}",
                "/anything: items 0 and 1 are equal");
        departures.put("{\"prompt\":\"p\",\"loosest\":[1,2,3]}", "");
        for (Map.Entry<String, String> d : departures.entrySet()) {
            List<String> expected = d.getValue().isEmpty() ? List.of() : List.of(d.getValue());
            assertEquals(expected, fixture.lines("arrays", d.getKey()), d.getKey());
        }
        assertEquals(
                departures.size(),
                fixture.disagreements(set, "arrays", List.copyOf(departures.keySet()))
                        .size(),
                "networknt still departs from the specification on each");
        assertEquals(List.of("/distinct: items 0 and 1 are equal"), fixture.lines("tuples", "{\"distinct\":[1,1.0]}"));
    }

    @Test
    void eachArrayKeywordReportsItsOwnViolation() {
        assertEquals(
                List.of("/tags: items 0 and 2 are equal [uniqueItems]"),
                fixture.keyedLines("arrays", "{\"prompt\":\"p\",\"tags\":[\"a\",\"b\",\"a\"]}"));
        assertEquals(
                List.of("/layers: items 0 and 1 are equal [uniqueItems]"),
                fixture.keyedLines("arrays", "{\"prompt\":\"p\",\"layers\":[{\"a\":1,\"b\":2},{\"b\":2.0,\"a\":1}]}"));
        assertEquals(
                List.of("/steps: 1 item matches the schema of contains, fewer than the minimum 2 [minContains]"),
                fixture.keyedLines("arrays", "{\"prompt\":\"p\",\"steps\":[10,1]}"));
        assertEquals(
                List.of("/steps: 4 items match the schema of contains, more than the maximum 3 [maxContains]"),
                fixture.keyedLines("arrays", "{\"prompt\":\"p\",\"steps\":[10,11,12,13]}"));
        assertEquals(
                List.of("/masks: no item matches the schema of contains [contains]"),
                fixture.keyedLines("arrays", "{\"prompt\":\"p\",\"masks\":[{}]}"));
    }
}
