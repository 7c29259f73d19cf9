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
 * {@code unevaluatedProperties} and {@code unevaluatedItems}, end to end, on the schemas root
 * {@code src/test/resources/golden/generate/unevaluated/root}: the generated files match their golden copies and
 * compile strictly; an object whose only applicator is its own keywords keeps its undeclared members in a record,
 * one with other schemas applied to it is a JSON value; and the validator agrees with networknt on members evaluated
 * by {@code properties}, {@code patternProperties}, an {@code allOf} branch, a passing (not a failing) {@code anyOf}
 * branch and a {@code $ref}, and on items evaluated by {@code prefixItems} and {@code items}.
 */
class UnevaluatedGenerationTest implements GoldenCaseTests {

    private static final GeneratedCase CASE = GeneratedCase.named("unevaluated");

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
    void whatUnevaluatedKeywordsSeeIsKept() {
        LinkedModel m = fixture.model("layers");
        Map<String, JavaType> types =
                m.request().fields().stream().collect(Collectors.toMap(FieldDecl::wireName, FieldDecl::type));
        assertEquals(new JavaType.RecordRef("Options"), types.get("options"));
        RecordDecl options = m.record("Options").orElseThrow();
        assertEquals(
                Optional.of(new JavaType.MapOf(new JavaType.Passthrough())),
                options.rest().map(FieldDecl::type),
                "the members unevaluatedProperties judges are kept");
        assertEquals(new JavaType.Passthrough(), types.get("sampler"), "branches' records would drop members");
        assertEquals(new JavaType.Passthrough(), types.get("lora"));
        assertEquals(new JavaType.Passthrough(), types.get("frame"), "a record would drop what the branch refuses");
        assertEquals(new JavaType.MapOf(new JavaType.Passthrough()), types.get("scores"));
        assertEquals(new JavaType.ListOf(new JavaType.Passthrough()), types.get("tags"));
        assertEquals(new JavaType.RecordRef("Size"), types.get("size"));
        assertEquals(new JavaType.Passthrough(), types.get("path"));
    }

    @Test
    void aRecordKeepsTheMembersItsUnevaluatedPropertiesJudges() throws Exception {
        String json = "{\"prompt\":\"p\",\"options\":{\"seed\":1,\"x-b\":\"b\",\"other\":2}}";
        Object request = PictorJson.read(json, fixture.requestClass("layers"));
        assertEquals(json, PictorJson.writeString(request));
        assertEquals(
                List.of("/options/other: property \"other\" is not evaluated by any schema and not allowed"),
                fixture.validate("layers", json).lines());
    }

    @Test
    void theValidatorAgreesWithTheReferenceValidator() {
        List<String> instances = List.of(
                "{\"prompt\":\"p\"}",
                // properties and patternProperties
                "{\"prompt\":\"p\",\"options\":{}}",
                "{\"prompt\":\"p\",\"options\":{\"seed\":1,\"x-a\":\"s\"}}",
                "{\"prompt\":\"p\",\"options\":{\"seed\":1,\"y\":\"s\"}}",
                "{\"prompt\":\"p\",\"options\":{\"x-a\":1}}",
                "{\"prompt\":\"p\",\"options\":{\"seed\":-1}}",
                // an allOf branch, and the anyOf branches that pass
                "{\"prompt\":\"p\",\"sampler\":{\"cfg\":1}}",
                "{\"prompt\":\"p\",\"sampler\":{\"name\":\"n\",\"steps\":2,\"cfg\":1}}",
                "{\"prompt\":\"p\",\"sampler\":{\"steps\":2,\"eta\":0.5}}",
                "{\"prompt\":\"p\",\"sampler\":{\"cfg\":1,\"eta\":0.5}}",
                "{\"prompt\":\"p\",\"sampler\":{\"cfg\":1,\"eta\":\"x\"}}",
                "{\"prompt\":\"p\",\"sampler\":{\"cfg\":1,\"other\":0}}",
                "{\"prompt\":\"p\",\"sampler\":{\"steps\":0,\"cfg\":1}}",
                "{\"prompt\":\"p\",\"sampler\":{\"name\":\"n\"}}",
                "{\"prompt\":\"p\",\"sampler\":[]}",
                // a $ref
                "{\"prompt\":\"p\",\"lora\":{\"weight\":1}}",
                "{\"prompt\":\"p\",\"lora\":{\"weight\":1,\"name\":\"a\"}}",
                "{\"prompt\":\"p\",\"lora\":{\"weight\":1,\"name\":2}}",
                "{\"prompt\":\"p\",\"lora\":{\"weight\":3,\"name\":\"a\"}}",
                "{\"prompt\":\"p\",\"lora\":{\"name\":\"a\"}}",
                // alternatives of a union, each with its own unevaluatedProperties
                "{\"prompt\":\"p\",\"mask\":{\"kind\":\"box\",\"width\":2}}",
                "{\"prompt\":\"p\",\"mask\":{\"kind\":\"box\",\"height\":2}}",
                "{\"prompt\":\"p\",\"mask\":{\"kind\":\"brush\",\"stroke-w\":2,\"soft\":true}}",
                "{\"prompt\":\"p\",\"mask\":{\"kind\":\"brush\",\"stroke-w\":2,\"soft\":1}}",
                "{\"prompt\":\"p\",\"mask\":{\"kind\":\"brush\",\"stroke-w\":\"x\"}}",
                // unevaluatedProperties in an allOf branch sees only that branch's members
                "{\"prompt\":\"p\",\"frame\":{}}",
                "{\"prompt\":\"p\",\"frame\":{\"left\":1}}",
                "{\"prompt\":\"p\",\"frame\":{\"left\":-1}}",
                "{\"prompt\":\"p\",\"frame\":{\"left\":1,\"top\":1}}",
                "{\"prompt\":\"p\",\"frame\":{\"left\":1,\"right\":1}}",
                // a map and a list, checked on their JSON form
                "{\"prompt\":\"p\",\"scores\":{\"a\":1,\"b\":2}}",
                "{\"prompt\":\"p\",\"scores\":{\"a\":1.5}}",
                "{\"prompt\":\"p\",\"scores\":{\"a\":\"x\"}}",
                "{\"prompt\":\"p\",\"tags\":[\"a\",\"b\"]}",
                "{\"prompt\":\"p\",\"tags\":[\"a\",2]}",
                "{\"prompt\":\"p\",\"tags\":[null]}",
                // prefixItems
                "{\"prompt\":\"p\",\"size\":[]}",
                "{\"prompt\":\"p\",\"size\":[1]}",
                "{\"prompt\":\"p\",\"size\":[1,2]}",
                "{\"prompt\":\"p\",\"size\":[1,2,3]}",
                "{\"prompt\":\"p\",\"size\":[0,2]}",
                // prefixItems here and in an allOf branch, items in the anyOf branch that passes
                "{\"prompt\":\"p\",\"path\":[\"line\"]}",
                "{\"prompt\":\"p\",\"path\":[\"line\",1]}",
                "{\"prompt\":\"p\",\"path\":[\"line\",\"x\"]}",
                "{\"prompt\":\"p\",\"path\":[\"curve\",1,2,3]}",
                "{\"prompt\":\"p\",\"path\":[\"curve\",1,2,-3]}",
                "{\"prompt\":\"p\",\"path\":[\"curve\",1,\"x\"]}",
                "{\"prompt\":\"p\",\"path\":[\"arc\"]}",
                "{\"prompt\":\"p\",\"path\":{}}");
        assertEquals(List.of(), fixture.disagreements(set, "layers", instances), instances.size() + " compared");
        long invalid = instances.stream()
                .filter(i -> !fixture.validate("layers", i).valid())
                .count();
        assertTrue(invalid > instances.size() / 3, "the boundary values include invalid ones: " + invalid);
    }
}
