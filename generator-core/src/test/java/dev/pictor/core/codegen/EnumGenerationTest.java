package dev.pictor.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.link.EnumDecl;
import dev.pictor.core.link.FieldDecl;
import dev.pictor.core.link.JavaType;
import dev.pictor.core.link.JsonType;
import dev.pictor.core.link.LinkedModel;
import dev.pictor.core.load.DocumentLoader;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.SchemaSet;
import dev.pictor.core.validate.ReferenceValidator;
import dev.pictor.runtime.OpenEnum;
import dev.pictor.runtime.json.PictorJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Open enums, integer and number enums, and string enums whose values are not identifiers, end to end, on the
 * schemas root {@code src/test/resources/golden/generate/enums/root}: every generated file matches its golden copy
 * under {@code enums/expected} (rewrite them with {@code -Dpictor.updateGolden=true}) and compiles with every warning
 * an error; an unknown open-enum value and every number constant read and write back unchanged; and the generated
 * validator agrees with networknt on values at and beyond each enum's edges.
 */
class EnumGenerationTest implements GoldenCaseTests {

    private static final GeneratedCase CASE = GeneratedCase.named("enums");

    @Override
    public GeneratedCase goldenCase() {
        return CASE;
    }

    private static final Path ROOT = CASE.root();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ValidatorFixture fixture;
    private static SchemaSet set;

    @BeforeAll
    static void generate() throws Exception {
        fixture = ValidatorFixture.of(ROOT);
        set = DocumentLoader.load(ROOT, new Diagnostics());
    }

    // ---------------------------------------------------------------- generated files

    // ---------------------------------------------------------------- the linked model

    @Test
    void eachEnumShapeBecomesItsType() {
        LinkedModel m = fixture.model("render");
        Map<String, JavaType> types =
                m.request().fields().stream().collect(Collectors.toMap(FieldDecl::wireName, FieldDecl::type));
        assertEquals(new JavaType.OpenEnumRef("Quality"), types.get("quality"), "a string, then the enum");
        assertEquals(new JavaType.OpenEnumRef("Style"), types.get("style"), "the enum first, with type string");
        assertEquals(new JavaType.EnumRef("Steps"), types.get("steps"));
        assertEquals(new JavaType.EnumRef("Mode"), types.get("mode"), "an enum of strings without type");

        assertEquals(List.of("LOW", "MEDIUM", "HIGH", "AUTO"), constants(m, "Quality"));
        assertTrue(decl(m, "Quality").open());
        assertEquals(JsonType.INTEGER, decl(m, "Steps").wireType());
        assertEquals(List.of("V75", "V150", "V225"), constants(m, "Steps"));
        assertEquals(JsonType.NUMBER, decl(m, "Guidance").wireType());
        assertEquals(List.of("V0_5", "V1", "V2_5"), constants(m, "Guidance"));
        assertEquals(
                List.of("0.5", "1", "2.5"),
                decl(m, "Guidance").constants().stream()
                        .map(EnumDecl.Constant::wireValue)
                        .toList(),
                "the wire text, trailing zeros of a fraction dropped");
        assertEquals(List.of("MINUS_1", "V0", "V1"), constants(m, "Offset"));
        assertEquals(List.of("_1_1", "_16_9", "_9_16", "_21_9"), constants(m, "AspectRatio"));
        assertEquals(
                List.of("DPM_PLUS_PLUS_SPACE_2M", "DPM_SPACE_2M", "DPM_2_M_KARRAS", "EULER_A", "EULER_MINUS_A"),
                constants(m, "Scheduler"),
                "values whose plain names collide spell their punctuation");
        assertEquals(
                List.of("None", "none", "EXPERT_ENSEMBLE_REFINER", "EMPTY"),
                constants(m, "Refiner"),
                "values that differ only in case keep it");

        RecordDeclView response = new RecordDeclView(m);
        assertEquals(new JavaType.OpenEnumRef("RenderResponseFinishReason"), response.type("finish_reason"));
    }

    /** The response record's field types, by wire name. */
    private record RecordDeclView(LinkedModel m) {
        JavaType type(String wireName) {
            return m.records().stream()
                    .filter(r -> r.simpleName().equals("RenderResponse"))
                    .flatMap(r -> r.fields().stream())
                    .filter(f -> f.wireName().equals(wireName))
                    .map(FieldDecl::type)
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static EnumDecl decl(LinkedModel m, String name) {
        return m.enumDecl(name).orElseThrow(() -> new AssertionError("no enum " + name + " in " + m.enums()));
    }

    private static List<String> constants(LinkedModel m, String name) {
        return decl(m, name).constants().stream()
                .map(EnumDecl.Constant::javaName)
                .toList();
    }

    // ---------------------------------------------------------------- reading and writing

    @Test
    void anUnknownOpenEnumValueRoundTripsUnchanged() throws Exception {
        Class<?> request = fixture.requestClass("render");
        String json = "{\"prompt\":\"p\",\"quality\":\"ultra-hd 2\",\"style\":\"\"}";
        Object value = PictorJson.read(json, request);
        OpenEnum quality = (OpenEnum) request.getMethod("quality").invoke(value);
        assertEquals("ultra-hd 2", quality.wireValue());
        assertFalse(quality.isKnown());
        assertFalse(((OpenEnum) request.getMethod("style").invoke(value)).isKnown());
        assertEquals(json, PictorJson.writeString(value));
        assertEquals(List.of(), fixture.lines("render", json), "any string is valid");

        Class<?> type = quality.getClass();
        assertEquals(quality, type.getMethod("of", String.class).invoke(null, "ultra-hd 2"), "equal by wire value");
    }

    @Test
    void aKnownOpenEnumValueReadsAsItsConstant() throws Exception {
        Class<?> request = fixture.requestClass("render");
        Object value = PictorJson.read("{\"prompt\":\"p\",\"quality\":\"high\"}", request);
        OpenEnum quality = (OpenEnum) request.getMethod("quality").invoke(value);
        assertSame(quality.getClass().getField("HIGH").get(null), quality);
        assertTrue(quality.isKnown());
        assertEquals(
                "[low, medium, high, auto]",
                quality.getClass().getMethod("knownValues").invoke(null).toString());
        assertTrue(
                fixture.validate("render", "{\"prompt\":\"p\",\"quality\":5}")
                        .bindingFailure()
                        .isPresent(),
                "a number is no string");
    }

    @Test
    void anOpenEnumOfTheResponseKeepsWhatTheProviderSent() throws Exception {
        Class<?> request = fixture.requestClass("render");
        Class<?> response = request.getClassLoader().loadClass(request.getPackageName() + ".RenderResponse");
        String json = "{\"finish_reason\":\"length\"}";
        Object value = PictorJson.read(json, response);
        OpenEnum reason = (OpenEnum) response.getMethod("finishReason").invoke(value);
        assertEquals("length", reason.wireValue());
        assertFalse(reason.isKnown());
        assertEquals(json, PictorJson.writeString(value));
    }

    @Test
    void anOpenEnumAtTheRootIsTheValueOfTheRequestRecord() throws Exception {
        LinkedModel m = fixture.model("level");
        assertTrue(m.request().wrapper());
        assertEquals(
                new JavaType.OpenEnumRef("LevelRequestValue"),
                m.request().fields().get(0).type());
        Class<?> request = fixture.requestClass("level");
        for (String json : List.of("\"final\"", "\"sketch\"")) {
            Object value = PictorJson.read(json, request);
            OpenEnum held = (OpenEnum) request.getMethod("value").invoke(value);
            assertEquals(json.equals("\"final\""), held.isKnown(), json);
            assertEquals(json, PictorJson.writeString(value));
            assertEquals(List.of(), fixture.lines("level", json));
        }
        assertTrue(fixture.validate("level", "7").bindingFailure().isPresent());
    }

    @Test
    void eachNumberConstantReadsAndWritesAsItsNumber() throws Exception {
        Class<?> request = fixture.requestClass("render");
        Map<String, String> cases = Map.of(
                "\"steps\":75", "V75",
                "\"steps\":150", "V150",
                "\"steps\":225", "V225",
                "\"guidance\":0.5", "V0_5",
                "\"guidance\":1", "V1",
                "\"guidance\":2.5", "V2_5",
                "\"offset\":-1", "MINUS_1",
                "\"offset\":0", "V0",
                "\"offset\":1", "V1");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            String json = "{\"prompt\":\"p\"," + c.getKey() + "}";
            Object value = PictorJson.read(json, request);
            String member = c.getKey().substring(1, c.getKey().indexOf('"', 1));
            Object constant = request.getMethod(member).invoke(value);
            assertEquals(c.getValue(), ((Enum<?>) constant).name(), json);
            assertEquals(json, PictorJson.writeString(value), "written back");
        }
        // Equal numbers of another spelling read as the constant, which writes its own.
        assertEquals(
                "{\"prompt\":\"p\",\"steps\":150,\"guidance\":1}",
                PictorJson.writeString(
                        PictorJson.read("{\"prompt\":\"p\",\"steps\":150.0,\"guidance\":1.00}", request)));
        for (String bad : List.of("\"steps\":100", "\"steps\":75.5", "\"steps\":\"75\"", "\"guidance\":0.25")) {
            assertTrue(
                    fixture.validate("render", "{\"prompt\":\"p\"," + bad + "}")
                            .bindingFailure()
                            .isPresent(),
                    bad);
        }
    }

    @Test
    void stringValuesThatAreNoIdentifiersKeepTheirWireValues() throws Exception {
        Class<?> request = fixture.requestClass("render");
        for (String json : List.of(
                "{\"prompt\":\"p\",\"aspect_ratio\":\"16:9\",\"scheduler\":\"dpm++ 2m\",\"refiner\":\"None\"}",
                "{\"prompt\":\"p\",\"scheduler\":\"dpm 2m\",\"refiner\":\"none\"}",
                "{\"prompt\":\"p\",\"scheduler\":\"euler-a\",\"refiner\":\"\"}")) {
            assertEquals(json, PictorJson.writeString(PictorJson.read(json, request)));
        }
        Object value = PictorJson.read("{\"prompt\":\"p\",\"refiner\":\"none\"}", request);
        assertEquals("none", ((Enum<?>) request.getMethod("refiner").invoke(value)).name());
    }

    @Test
    void aConstantThatTheSchemaRefusesIsReported() {
        assertEquals(
                List.of("/size: 256 is below the minimum 300"),
                fixture.lines("render", "{\"prompt\":\"p\",\"size\":256}"));
    }

    // ---------------------------------------------------------------- validation

    @Test
    void theValidatorAgreesWithTheReferenceValidator() throws Exception {
        List<String> members = List.of(
                "\"quality\":\"low\"",
                "\"quality\":\"auto\"",
                "\"quality\":\"ultra\"",
                "\"quality\":\"\"",
                "\"quality\":\"LOW\"",
                "\"quality\":5",
                "\"quality\":null",
                "\"quality\":[\"low\"]",
                "\"style\":\"vivid\"",
                "\"style\":\"natural\"",
                "\"style\":\"twelve chars\"",
                "\"style\":\"thirteen char\"",
                "\"style\":true",
                "\"steps\":75",
                "\"steps\":225",
                "\"steps\":74",
                "\"steps\":226",
                "\"steps\":75.0",
                "\"steps\":75.5",
                "\"steps\":\"75\"",
                "\"steps\":null",
                "\"guidance\":0.5",
                "\"guidance\":1",
                "\"guidance\":1.0",
                "\"guidance\":2.5",
                "\"guidance\":0.25",
                "\"guidance\":2.51",
                "\"offset\":-1",
                "\"offset\":0",
                "\"offset\":-2",
                "\"offset\":2",
                "\"size\":256",
                "\"size\":512",
                "\"size\":1024",
                "\"size\":300",
                "\"size\":1024.0",
                "\"aspect_ratio\":\"1:1\"",
                "\"aspect_ratio\":\"21:9\"",
                "\"aspect_ratio\":\"1:2\"",
                "\"aspect_ratio\":\"1_1\"",
                "\"scheduler\":\"dpm++ 2m\"",
                "\"scheduler\":\"dpm 2m\"",
                "\"scheduler\":\"DPM++ 2M\"",
                "\"scheduler\":\"euler_a\"",
                "\"scheduler\":\"euler-a\"",
                "\"scheduler\":\"euler a\"",
                "\"refiner\":\"None\"",
                "\"refiner\":\"none\"",
                "\"refiner\":\"NONE\"",
                "\"refiner\":\"\"",
                "\"refiner\":null",
                "\"mode\":\"fast\"",
                "\"mode\":\"FAST\"",
                "\"mode\":1");
        List<String> instances = new ArrayList<>();
        members.forEach(m -> instances.add("{\"prompt\":\"p\"," + m + "}"));
        instances.add("{\"prompt\":\"\",\"quality\":\"ultra\",\"steps\":150,\"guidance\":1,\"size\":512}");
        instances.add("{\"quality\":\"low\"}");
        ReferenceValidator reference = new ReferenceValidator();
        LinkedModel m = fixture.model("render");
        ModelDocument doc = set.models().stream()
                .filter(d -> d.file().equals(m.file()))
                .findFirst()
                .orElseThrow();
        JsonNode schema = doc.effectiveInput().toJackson();
        List<String> mismatches = new ArrayList<>();
        int valid = 0;
        for (String instance : instances) {
            boolean expected = reference
                    .validate(schema, doc.dialect(), doc.file(), JSON.readTree(instance))
                    .isEmpty();
            valid += expected ? 1 : 0;
            ValidatorFixture.Outcome outcome = fixture.validate("render", instance);
            if (outcome.valid() != expected) {
                mismatches.add(instance + " is " + (expected ? "valid" : "invalid") + " for networknt, generated: "
                        + outcome.lines());
            }
        }
        assertEquals(List.of(), mismatches, instances.size() + " instances compared");
        assertTrue(valid > 10 && valid < instances.size() - 10, "both verdicts are exercised: " + valid + " valid");
    }
}
