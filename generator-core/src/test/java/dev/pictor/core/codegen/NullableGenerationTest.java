package dev.pictor.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.generate.GenerateOptions;
import dev.pictor.core.generate.Generator;
import dev.pictor.core.link.FieldDecl;
import dev.pictor.core.link.JavaType;
import dev.pictor.core.link.LinkedModel;
import dev.pictor.core.load.DocumentLoader;
import dev.pictor.core.model.SchemaSet;
import dev.pictor.core.testing.TestRoot;
import dev.pictor.runtime.Nullable;
import dev.pictor.runtime.json.PictorJson;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values whose schema admits {@code null}, end to end, on the schemas root
 * {@code src/test/resources/golden/generate/nullable/root}: {@code type: [X, "null"]}, {@code anyOf}/{@code oneOf} of
 * X and {@code {type: "null"}} (X a string, an enum through {@code $ref}, an object, a number, an array), and OpenAPI
 * 3.0's {@code nullable} on a property and beside a {@code $ref}. Every generated file matches its golden copy under
 * {@code nullable/expected} and compiles strictly; unset, an explicit {@code null} and a value each survive a round
 * trip through JSON and the builder; and the generated validator agrees with networknt on null, unset and boundary
 * values.
 */
class NullableGenerationTest implements GoldenCaseTests {

    private static final GeneratedCase CASE = GeneratedCase.named("nullable");

    @Override
    public GeneratedCase goldenCase() {
        return CASE;
    }

    private static final Path ROOT = CASE.root();

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
    void everyNullableShapeBecomesANullableOfItsValueType() {
        Map<String, JavaType> edit = types(fixture.model("edit"));
        assertEquals(new JavaType.Scalar(JavaType.ScalarKind.STRING), edit.get("prompt"));
        assertEquals(nullable(new JavaType.Scalar(JavaType.ScalarKind.INT)), edit.get("seed"), "type: [integer, null]");
        assertEquals(nullable(new JavaType.Scalar(JavaType.ScalarKind.INT)), edit.get("steps"));
        assertEquals(nullable(new JavaType.Scalar(JavaType.ScalarKind.STRING)), edit.get("negative_prompt"));
        assertEquals(nullable(new JavaType.EnumRef("Size")), edit.get("size"), "anyOf of a $ref and null");
        assertEquals(nullable(new JavaType.RecordRef("Lora")), edit.get("lora"), "anyOf of an object and null");
        assertEquals(nullable(new JavaType.Scalar(JavaType.ScalarKind.DOUBLE)), edit.get("guidance"), "oneOf");
        assertEquals(nullable(new JavaType.ListOf(new JavaType.Scalar(JavaType.ScalarKind.STRING))), edit.get("tags"));
        assertEquals(
                new JavaType.ListOf(nullable(new JavaType.Scalar(JavaType.ScalarKind.STRING))),
                edit.get("names"),
                "items that may be null");
        assertEquals(new JavaType.UnionRef("Source"), edit.get("source"));
        assertEquals(
                nullable(new JavaType.Scalar(JavaType.ScalarKind.DOUBLE)),
                fixture.model("edit")
                        .record("Reference")
                        .orElseThrow()
                        .fields()
                        .get(1)
                        .type(),
                "a member of a union's alternative");

        Map<String, JavaType> cog = types(fixture.model("cog"));
        assertEquals(nullable(new JavaType.Scalar(JavaType.ScalarKind.STRING)), cog.get("prompt"));
        assertEquals(nullable(new JavaType.Scalar(JavaType.ScalarKind.INT)), cog.get("seed"), "nullable: true");
        assertEquals(nullable(new JavaType.EnumRef("Scheduler")), cog.get("scheduler"), "nullable beside $ref");
        assertEquals(new JavaType.Scalar(JavaType.ScalarKind.DOUBLE), cog.get("strength"));
    }

    private static JavaType nullable(JavaType value) {
        return new JavaType.Nullable(value);
    }

    private static Map<String, JavaType> types(LinkedModel m) {
        return m.request().fields().stream().collect(Collectors.toMap(FieldDecl::wireName, FieldDecl::type));
    }

    // ---------------------------------------------------------------- reading and writing

    @Test
    void unsetNullAndValueEachRoundTrip() throws Exception {
        Class<?> request = fixture.requestClass("edit");
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("{\"prompt\":\"p\",\"steps\":4}", "seed=Nullable.unset size=Nullable.unset lora=Nullable.unset");
        cases.put(
                "{\"prompt\":\"p\",\"seed\":null,\"steps\":null,\"negative_prompt\":null,\"size\":null,"
                        + "\"lora\":null,\"guidance\":null,\"tags\":null}",
                "seed=Nullable[null] size=Nullable[null] lora=Nullable[null]");
        cases.put(
                "{\"prompt\":\"p\",\"seed\":42,\"steps\":4,\"negative_prompt\":\"blur\",\"size\":\"16:9\","
                        + "\"lora\":{\"path\":\"a\",\"scale\":0.5},\"guidance\":7.5,\"tags\":[\"x\"]}",
                "seed=Nullable[42] size=Nullable[_16_9] lora=Nullable[Lora[path=a, scale=0.5]]");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Object value = PictorJson.read(c.getKey(), request);
            String held = List.of("seed", "size", "lora").stream()
                    .map(m -> m + "=" + invoke(request, value, m))
                    .collect(Collectors.joining(" "));
            assertEquals(c.getValue(), held, c.getKey());
            assertEquals(c.getKey(), PictorJson.writeString(value), "written back");
            assertEquals(value, PictorJson.read(PictorJson.writeString(value), request), "read back");
        }
    }

    @Test
    void aNullableMemberIsNeverJavaNull() throws Exception {
        Class<?> request = fixture.requestClass("edit");
        Object value = PictorJson.read("{\"prompt\":\"p\",\"steps\":1}", request);
        for (String member : List.of("seed", "negative_prompt", "size", "lora", "guidance", "tags")) {
            Object held = invoke(request, value, javaName(member));
            assertEquals(Nullable.unset(), held, member);
        }
        Object constructed = request.getConstructors()[0].newInstance(
                "p", null, Nullable.of(1), null, null, null, null, null, null, null);
        assertEquals(Nullable.unset(), invoke(request, constructed, "seed"));
        assertEquals("{\"prompt\":\"p\",\"steps\":1}", PictorJson.writeString(constructed));
    }

    @Test
    void theBuilderSendsNullOnlyWhenAskedTo() throws Exception {
        Class<?> request = fixture.requestClass("edit");
        Object builder =
                request.getMethod("builder", String.class, Nullable.class).invoke(null, "p", Nullable.ofNull());
        Class<?> b = builder.getClass();
        assertEquals(
                "{\"prompt\":\"p\",\"steps\":null}", write(b.getMethod("build").invoke(builder)));

        b.getMethod("seed", int.class).invoke(builder, 42);
        b.getMethod("negativePromptNull").invoke(builder);
        b.getMethod("tags", List.class).invoke(builder, new ArrayList<>(List.of("a")));
        Object built = b.getMethod("build").invoke(builder);
        assertEquals(
                "{\"prompt\":\"p\",\"seed\":42,\"steps\":null,\"negative_prompt\":null,\"tags\":[\"a\"]}",
                write(built));
        assertEquals(List.of(), fixture.validateObject("edit", built));

        b.getMethod("seedNull").invoke(builder);
        assertEquals(
                "{\"prompt\":\"p\",\"seed\":null,\"steps\":null,\"negative_prompt\":null,\"tags\":[\"a\"]}",
                write(b.getMethod("build").invoke(builder)));
        Method seed = b.getMethod("seed", int.class);
        assertEquals(
                "{\"prompt\":\"p\",\"seed\":7,\"steps\":null,\"negative_prompt\":null,\"tags\":[\"a\"]}",
                write(b.getMethod("build").invoke(seed.invoke(builder, 7))));
        assertThrows(
                Exception.class,
                () -> request.getMethod("builder", String.class, Nullable.class).invoke(null, "p", null),
                "a required nullable is given as a Nullable, never as Java null");
    }

    @Test
    void nullItemsAndNullMembersOfAnAlternativeRoundTrip() throws Exception {
        Class<?> request = fixture.requestClass("edit");
        for (String json : List.of(
                "{\"prompt\":\"p\",\"steps\":1,\"names\":[\"ab\",null]}",
                "{\"prompt\":\"p\",\"steps\":1,\"source\":{\"url\":\"u\",\"weight\":null}}",
                "{\"prompt\":\"p\",\"steps\":1,\"source\":{\"url\":\"u\"}}")) {
            Object value = PictorJson.read(json, request);
            assertEquals(json, PictorJson.writeString(value));
        }
        Object names = invoke(request, PictorJson.read("{\"prompt\":\"p\",\"names\":[\"ab\",null]}", request), "names");
        assertEquals(List.of(Nullable.of("ab"), Nullable.ofNull()), names);
        // A NaN set in Java inside an alternative is no JSON number: the validator says so.
        Class<?> reference = request.getClassLoader().loadClass(request.getPackageName() + ".Reference");
        Object nan = reference.getConstructors()[0].newInstance("u", Nullable.of(Double.NaN));
        Object builder =
                request.getMethod("builder", String.class, Nullable.class).invoke(null, "p", Nullable.of(1));
        builder.getClass()
                .getMethod("source", request.getClassLoader().loadClass(request.getPackageName() + ".Source"))
                .invoke(builder, nan);
        assertEquals(
                List.of("/source/weight: NaN is not a JSON number"),
                fixture
                        .validateObject(
                                "edit", builder.getClass().getMethod("build").invoke(builder))
                        .stream()
                        .map(Object::toString)
                        .toList());
    }

    @Test
    void anOpenApiNullableRoundTrips() throws Exception {
        Class<?> request = fixture.requestClass("cog");
        for (String json : List.of(
                "{}",
                "{\"prompt\":null,\"seed\":null,\"scheduler\":null}",
                "{\"prompt\":\"a\",\"seed\":3,\"scheduler\":\"K_EULER\",\"strength\":0.5}")) {
            Object value = PictorJson.read(json, request);
            assertEquals(json, PictorJson.writeString(value));
        }
        assertTrue(fixture.validate("cog", "{\"seed\":null}").valid());
        assertTrue(
                fixture.validate("cog", "{\"strength\":null}").bindingFailure().isPresent(), "not nullable");
    }

    private static String write(Object value) {
        return PictorJson.writeString(value);
    }

    private static Object invoke(Class<?> type, Object target, String member) {
        try {
            return type.getMethod(member).invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static String javaName(String wire) {
        return wire.equals("negative_prompt") ? "negativePrompt" : wire;
    }

    @Test
    void aMemberNamedAsANullSetterIsALocatedError(@TempDir Path dir) throws Exception {
        TestRoot.create(dir).model("clash", """
                        {"type": "object", "properties": {
                           "seed": {"type": ["integer", "null"]},
                           "seed_null": {"type": "boolean"}}}
                        """);
        Generator.Plan plan =
                Generator.standard().plan(GenerateOptions.of(dir, dir.resolve("out"), dir.resolve("out")));
        List<String> errors = plan.diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR)
                .map(d -> d.toText())
                .toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(
                errors.get(0).contains("generate.name-collision")
                        && errors.get(0).contains("\"seed_null\" and \"seed (set to null)\""),
                errors.get(0));
    }

    // ---------------------------------------------------------------- validation

    @Test
    void theValidatorAgreesWithTheReferenceValidator() throws Exception {
        List<String> edits = List.of(
                "{\"prompt\":\"p\",\"steps\":1}",
                "{\"prompt\":\"p\",\"steps\":null}",
                "{\"prompt\":\"p\"}",
                "{\"prompt\":\"p\",\"steps\":0}",
                "{\"prompt\":\"p\",\"steps\":50}",
                "{\"prompt\":\"p\",\"steps\":51}",
                "{\"prompt\":\"p\",\"steps\":1,\"seed\":null}",
                "{\"prompt\":\"p\",\"steps\":1,\"seed\":0}",
                "{\"prompt\":\"p\",\"steps\":1,\"seed\":1000}",
                "{\"prompt\":\"p\",\"steps\":1,\"seed\":-1}",
                "{\"prompt\":\"p\",\"steps\":1,\"seed\":1001}",
                "{\"prompt\":\"p\",\"steps\":1,\"seed\":\"1\"}",
                "{\"prompt\":\"p\",\"steps\":1,\"negative_prompt\":null}",
                "{\"prompt\":\"p\",\"steps\":1,\"negative_prompt\":\"0123456789\"}",
                "{\"prompt\":\"p\",\"steps\":1,\"negative_prompt\":\"0123456789a\"}",
                "{\"prompt\":\"p\",\"steps\":1,\"size\":null}",
                "{\"prompt\":\"p\",\"steps\":1,\"size\":\"1:1\"}",
                "{\"prompt\":\"p\",\"steps\":1,\"size\":\"2:1\"}",
                "{\"prompt\":\"p\",\"steps\":1,\"lora\":null}",
                "{\"prompt\":\"p\",\"steps\":1,\"lora\":{\"path\":\"a\"}}",
                "{\"prompt\":\"p\",\"steps\":1,\"lora\":{\"path\":\"a\",\"scale\":1}}",
                "{\"prompt\":\"p\",\"steps\":1,\"lora\":{\"path\":\"a\",\"scale\":1.5}}",
                "{\"prompt\":\"p\",\"steps\":1,\"lora\":{\"scale\":0.5}}",
                "{\"prompt\":\"p\",\"steps\":1,\"lora\":{\"path\":null}}",
                "{\"prompt\":\"p\",\"steps\":1,\"guidance\":null}",
                "{\"prompt\":\"p\",\"steps\":1,\"guidance\":1}",
                "{\"prompt\":\"p\",\"steps\":1,\"guidance\":20.0}",
                "{\"prompt\":\"p\",\"steps\":1,\"guidance\":0.5}",
                "{\"prompt\":\"p\",\"steps\":1,\"guidance\":20.5}",
                "{\"prompt\":\"p\",\"steps\":1,\"tags\":null}",
                "{\"prompt\":\"p\",\"steps\":1,\"tags\":[]}",
                "{\"prompt\":\"p\",\"steps\":1,\"tags\":[\"a\",\"b\"]}",
                "{\"prompt\":\"p\",\"steps\":1,\"tags\":[\"a\",\"b\",\"c\"]}",
                "{\"prompt\":\"p\",\"steps\":1,\"tags\":[null]}",
                "{\"prompt\":\"p\",\"steps\":1,\"names\":[\"ab\",null]}",
                "{\"prompt\":\"p\",\"steps\":1,\"names\":[\"a\",null]}",
                "{\"prompt\":\"p\",\"steps\":1,\"names\":null}",
                "{\"prompt\":\"p\",\"steps\":1,\"source\":{\"url\":\"u\"}}",
                "{\"prompt\":\"p\",\"steps\":1,\"source\":{\"url\":\"u\",\"weight\":null}}",
                "{\"prompt\":\"p\",\"steps\":1,\"source\":{\"url\":\"u\",\"weight\":1}}",
                "{\"prompt\":\"p\",\"steps\":1,\"source\":{\"url\":\"u\",\"weight\":1.5}}",
                "{\"prompt\":\"p\",\"steps\":1,\"source\":{\"text\":\"t\"}}",
                "{\"prompt\":\"p\",\"steps\":1,\"source\":null}",
                "{\"prompt\":null,\"steps\":1}",
                "null");
        List<String> cogs = List.of(
                "{}",
                "{\"prompt\":null}",
                "{\"prompt\":\"01234567890123456789\"}",
                "{\"prompt\":\"01234567890123456789x\"}",
                "{\"seed\":null}",
                "{\"seed\":0}",
                "{\"seed\":1}",
                "{\"seed\":100}",
                "{\"seed\":101}",
                "{\"scheduler\":null}",
                "{\"scheduler\":\"DDIM\"}",
                "{\"scheduler\":\"PNDM\"}",
                "{\"strength\":null}",
                "{\"strength\":1}",
                "{\"strength\":1.01}");
        List<String> mismatches = new ArrayList<>(fixture.disagreements(set, "edit", edits));
        mismatches.addAll(fixture.disagreements(set, "cog", cogs));
        assertEquals(List.of(), mismatches, (edits.size() + cogs.size()) + " instances compared");
    }

    @Test
    void aNullOrAValueOutOfRangeIsReportedAtItsMember() {
        assertEquals(
                List.of("/seed: 1001 is above the maximum 1000"),
                fixture.lines("edit", "{\"prompt\":\"p\",\"steps\":1,\"seed\":1001}"));
        assertEquals(List.of("/: missing required property \"steps\""), fixture.lines("edit", "{\"prompt\":\"p\"}"));
    }
}
