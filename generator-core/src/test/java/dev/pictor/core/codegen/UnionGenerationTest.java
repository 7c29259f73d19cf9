package dev.pictor.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.link.FieldDecl;
import dev.pictor.core.link.JavaType;
import dev.pictor.core.link.LinkedModel;
import dev.pictor.core.link.UnionDecl;
import dev.pictor.core.load.DocumentLoader;
import dev.pictor.core.model.SchemaSet;
import dev.pictor.runtime.json.PictorJson;
import dev.pictor.runtime.validation.Violation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A {@code oneOf}/{@code anyOf} of closed objects as a sealed interface, end to end, on the schemas root
 * {@code src/test/resources/golden/generate/unions/root}: every generated file matches its golden copy under
 * {@code unions/expected} (rewrite them with {@code -Dpictor.updateGolden=true}) and compiles with every warning an
 * error; JSON of each alternative reads as its record and writes back unchanged; JSON that matches no alternative is
 * refused with a message naming the interface; and the generated validator agrees with networknt on every instance.
 */
class UnionGenerationTest implements GoldenCaseTests {

    private static final GeneratedCase CASE = GeneratedCase.named("unions");

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
    void closedAlternativesBecomeSealedInterfaces() {
        LinkedModel m = fixture.model("image-edit");
        Map<String, JavaType> types =
                m.request().fields().stream().collect(Collectors.toMap(FieldDecl::wireName, FieldDecl::type));
        assertEquals(new JavaType.UnionRef("Image"), types.get("image"));
        assertEquals(new JavaType.UnionRef("Mask"), types.get("mask"));
        assertEquals(new JavaType.ListOf(new JavaType.UnionRef("ReferencesItem")), types.get("references"));
        assertEquals(new JavaType.UnionRef("Style"), types.get("style"), "a string beside an object");
        assertEquals(List.of("StyleOption1", "StyleText"), union(m, "Style").alternatives());

        assertEquals(
                List.of("ImageUrl", "InlineImage"), union(m, "Image").alternatives(), "named by title and by $ref");
        assertEquals(UnionDecl.Keyword.ONE_OF, union(m, "Image").keyword());
        assertEquals(List.of("MaskOption1", "MaskOption2"), union(m, "Mask").alternatives(), "named by position");
        assertEquals(UnionDecl.Keyword.ANY_OF, union(m, "Mask").keyword());
        assertEquals(
                List.of("ReferenceUrl", "ReferencesItemOption2"),
                union(m, "ReferencesItem").alternatives());
        assertEquals(new JavaType.UnionRef("Fill"), types.get("fill"));
        assertEquals(
                List.of(
                        new UnionDecl.Tag("ColorFill", "type", "color"),
                        new UnionDecl.Tag("PromptFill", "type", "prompt")),
                union(m, "Fill").tags(),
                "alternatives that declare the same members, told apart by a string constant");
        // Types inside alternatives are named after them: two "kind" enums do not collide.
        assertEquals(
                List.of("InlineImageMediaType", "ReferenceUrlKind", "ReferencesItemOption2Kind"),
                m.enums().stream().map(e -> e.simpleName()).toList());

        LinkedModel source = fixture.model("source");
        assertTrue(source.request().wrapper(), "the root stays a record, around the union");
        assertEquals(
                new JavaType.UnionRef("SourceRequestValue"),
                source.request().fields().get(0).type());
        assertEquals(
                List.of("Text", "Variation"),
                union(source, "SourceRequestValue").alternatives());
    }

    private static UnionDecl union(LinkedModel m, String name) {
        return m.union(name).orElseThrow(() -> new AssertionError("no union " + name + " in " + m.unions()));
    }

    // ---------------------------------------------------------------- reading and writing

    @Test
    void eachAlternativeReadsAsItsRecordAndWritesBackUnchanged() throws Exception {
        Map<String, String> cases = Map.of(
                "{\"prompt\":\"p\",\"image\":{\"url\":\"https://x/a.png\"}}",
                "image=ImageUrl",
                "{\"prompt\":\"p\",\"image\":{\"base64\":\"iVBORw\",\"media_type\":\"image/png\"}}",
                "image=InlineImage",
                "{\"prompt\":\"p\",\"image\":{\"base64\":\"iVBORw\"},\"mask\":{\"url\":\"https://m\"}}",
                "mask=MaskOption1",
                "{\"prompt\":\"p\",\"image\":{\"base64\":\"iVBORw\"},\"mask\":{\"url\":\"https://m\",\"feather\":4}}",
                "mask=MaskOption2",
                "{\"prompt\":\"p\",\"image\":{\"base64\":\"iVBORw\"},\"references\":[{\"kind\":\"url\",\"url\":\"u\"},"
                        + "{\"kind\":\"stored\",\"image_id\":7,\"weight\":0.5}]}",
                "references=[ReferenceUrl, ReferencesItemOption2]",
                "{\"prompt\":\"p\",\"image\":{\"base64\":\"iVBORw\"},\"fill\":{\"type\":\"color\",\"value\":\"#00ff00\"}}",
                "fill=ColorFill",
                "{\"prompt\":\"p\",\"image\":{\"base64\":\"iVBORw\"},\"fill\":{\"type\":\"prompt\",\"value\":\"moss\"}}",
                "fill=PromptFill",
                "{\"prompt\":\"p\",\"image\":{\"base64\":\"iVBORw\"},\"style\":{\"name\":\"noir\"}}",
                "style=StyleOption1",
                "{\"prompt\":\"p\",\"image\":{\"base64\":\"iVBORw\"},\"style\":\"noir\"}",
                "style=StyleText");
        Class<?> request = fixture.requestClass("image-edit");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Object value = PictorJson.read(c.getKey(), request);
            String member = c.getValue().substring(0, c.getValue().indexOf('='));
            Object held = request.getMethod(member).invoke(value);
            String classes = held instanceof List<?> list
                    ? list.stream()
                            .map(o -> o.getClass().getSimpleName())
                            .toList()
                            .toString()
                    : held.getClass().getSimpleName();
            assertEquals(c.getValue(), member + "=" + classes, c.getKey());
            assertEquals(c.getKey(), PictorJson.writeString(value), "written back");
        }
    }

    @Test
    void aTaggedAlternativesBuilderSetsItsTag() throws Exception {
        Class<?> request = fixture.requestClass("image-edit");
        Class<?> colorFill = request.getClassLoader().loadClass(request.getPackageName() + ".ColorFill");
        Object builder = colorFill.getMethod("builder", String.class).invoke(null, "#00ff00");
        Object fill = builder.getClass().getMethod("build").invoke(builder);
        assertEquals("{\"type\":\"color\",\"value\":\"#00ff00\"}", PictorJson.writeString(fill));
    }

    @Test
    void anyOfTakesTheFirstAlternativeThatBinds() throws Exception {
        // Valid only under the second alternative (the first allows 20 characters), yet it binds to the first: the
        // Java type is the first match, and the validator still judges the value by the whole anyOf.
        String json = "{\"prompt\":\"p\",\"image\":{\"base64\":\"iVBORw\"},"
                + "\"mask\":{\"url\":\"https://masks.example/a-long-name.png\"}}";
        Class<?> request = fixture.requestClass("image-edit");
        Object mask = request.getMethod("mask").invoke(PictorJson.read(json, request));
        assertEquals("MaskOption1", mask.getClass().getSimpleName());
        assertTrue(fixture.validate("image-edit", json).valid());
    }

    @Test
    void jsonThatMatchesNoAlternativeIsRefusedNamingTheInterface() {
        assertRefused(
                "{\"prompt\":\"p\",\"image\":{}}",
                "no alternative of Image (oneOf) matches: "
                        + "ImageUrl: no member \"url\"; InlineImage: no member \"base64\"");
        assertRefused(
                "{\"prompt\":\"p\",\"image\":{\"url\":\"https://x\",\"base64\":\"iVBORw\"}}",
                "no alternative of Image (oneOf) matches: ImageUrl: at /base64: Unrecognized field \"base64\"");
        assertRefused(
                "{\"prompt\":\"p\",\"image\":\"https://x\"}",
                "expected a JSON object for Image (one of ImageUrl, InlineImage), found string");
        assertRefused(
                "{\"prompt\":\"p\",\"image\":{\"base64\":\"iVBORw\"},\"mask\":{\"url\":1}}",
                "no alternative of Mask (anyOf) matches: MaskOption1: ");
        assertRefused(
                "{\"prompt\":\"p\",\"image\":{\"base64\":\"iVBORw\"},"
                        + "\"references\":[{\"kind\":\"stored\",\"url\":\"u\"}]}",
                "no alternative of ReferencesItem (oneOf)"
                        + " matches: ReferenceUrl: \"kind\" is not \"url\"; ReferencesItemOption2: no member \"image_id\"");
        assertRefused(
                "{\"prompt\":\"p\",\"image\":{\"base64\":\"iVBORw\"},\"fill\":{\"type\":\"gradient\","
                        + "\"value\":\"x\"}}",
                "no alternative of Fill (oneOf) matches: ColorFill: \"type\" is not \"color\";"
                        + " PromptFill: \"type\" is not \"prompt\"");
        assertRefused(
                "{\"prompt\":\"p\",\"image\":{\"base64\":\"iVBORw\"},\"style\":1}",
                "expected a JSON object or string for Style (one of StyleOption1, StyleText), found number");
        assertRefused("{\"image_url\":\"a\",\"prompt\":\"b\"}", "no alternative of SourceRequestValue (oneOf)");
    }

    private static void assertRefused(String json, String expected) {
        String model = json.contains("image_url") ? "source" : "image-edit";
        String failure =
                fixture.validate(model, json).bindingFailure().orElseThrow(() -> new AssertionError("bound: " + json));
        assertTrue(failure.contains(expected), failure);
    }

    @Test
    void aUnionAtTheRootIsTheValueOfTheRequestRecord() throws Exception {
        Class<?> request = fixture.requestClass("source");
        for (String json : List.of("{\"prompt\":\"a cat\"}", "{\"image_url\":\"https://x\",\"strength\":0.5}")) {
            Object value = PictorJson.read(json, request);
            Object held = request.getMethod("value").invoke(value);
            assertEquals(
                    json.contains("prompt") ? "Text" : "Variation",
                    held.getClass().getSimpleName());
            assertEquals(json, PictorJson.writeString(value));
        }
        // Judged by the whole oneOf, as a passthrough value would be: the record that holds it is no verdict.
        assertEquals(
                List.of("/: matches none of the 2 schemas of oneOf (1: /: missing required property \"prompt\";"
                        + " 2: /strength: 2.0 is above the maximum 1)"),
                fixture.lines("source", "{\"image_url\":\"https://x\",\"strength\":2.0}"));
    }

    @Test
    void aNanInAnAlternativeBuiltInJavaIsReported() throws Exception {
        Class<?> request = fixture.requestClass("source");
        Class<?> variation = request.getClassLoader().loadClass(request.getPackageName() + ".Variation");
        Object value = variation.getConstructors()[0].newInstance("https://x", Double.NaN);
        Object wrapped = request.getConstructors()[0].newInstance(value);
        assertEquals(
                List.of("/strength: NaN is not a JSON number"),
                fixture.validateObject("source", wrapped).stream()
                        .map(Violation::toString)
                        .toList());
    }

    // ---------------------------------------------------------------- validation

    @Test
    void theValidatorAgreesWithTheReferenceValidator() throws Exception {
        List<String> instances = List.of(
                "{\"prompt\":\"p\",\"image\":{\"url\":\"https://x\"},\"fill\":{\"type\":\"color\",\"value\":\"#00ff00\"}}",
                "{\"prompt\":\"p\",\"image\":{\"url\":\"https://x\"},\"fill\":{\"type\":\"color\",\"value\":\"green\"}}",
                "{\"prompt\":\"p\",\"image\":{\"url\":\"https://x\"},\"fill\":{\"type\":\"prompt\",\"value\":\"moss\"}}",
                "{\"prompt\":\"p\",\"image\":{\"url\":\"https://x\"},\"fill\":{\"type\":\"prompt\",\"value\":\"\"}}",
                "{\"prompt\":\"p\",\"image\":{\"url\":\"https://x\"},\"fill\":{\"type\":\"gradient\",\"value\":\"x\"}}",
                "{\"prompt\":\"p\",\"image\":{\"url\":\"https://x\"},\"fill\":{\"value\":\"#00ff00\"}}",
                "{\"prompt\":\"p\",\"image\":{\"url\":\"https://x\"},\"fill\":{\"type\":\"color\",\"value\":\"#00ff00\",\"extra\":1}}",
                "{\"prompt\":\"p\",\"image\":{\"url\":\"https://x\"},\"fill\":{\"type\":\"color\"}}",
                "{\"prompt\":\"p\",\"image\":{\"url\":\"https://x\"},\"fill\":{\"type\":1,\"value\":\"x\"}}",
                "{\"prompt\":\"p\",\"image\":{\"url\":\"https://x\"}}",
                "{\"prompt\":\"p\",\"image\":{\"url\":\"http://x\"}}",
                "{\"prompt\":\"\",\"image\":{\"url\":\"https://x\"}}",
                "{\"prompt\":\"p\",\"image\":{\"base64\":\"iVBORw\",\"media_type\":\"image/jpeg\"}}",
                "{\"prompt\":\"p\",\"image\":{\"base64\":\"iV\"}}",
                "{\"prompt\":\"p\",\"image\":{\"base64\":\"iVBORw\",\"media_type\":\"image/gif\"}}",
                "{\"prompt\":\"p\",\"image\":{\"base64\":null}}",
                "{\"prompt\":\"p\",\"image\":{}}",
                "{\"prompt\":\"p\",\"image\":null}",
                "{\"prompt\":\"p\",\"image\":[]}",
                "{\"prompt\":\"p\",\"image\":{\"url\":\"https://x\",\"base64\":\"iVBORw\"}}",
                "{\"prompt\":\"p\",\"image\":{\"url\":\"https://x\",\"extra\":1}}",
                "{\"prompt\":\"p\"}",
                "{\"prompt\":\"p\",\"image\":{\"url\":\"https://x\"},\"mask\":{\"url\":\"https://m\"}}",
                "{\"prompt\":\"p\",\"image\":{\"url\":\"https://x\"},"
                        + "\"mask\":{\"url\":\"https://masks.example/long\"}}",
                "{\"prompt\":\"p\",\"image\":{\"url\":\"https://x\"},\"mask\":{\"url\":\"m\",\"feather\":64}}",
                "{\"prompt\":\"p\",\"image\":{\"url\":\"https://x\"},\"mask\":{\"url\":\"m\",\"feather\":65}}",
                "{\"prompt\":\"p\",\"image\":{\"url\":\"https://x\"},\"mask\":{\"url\":\"m\",\"feather\":2.0}}",
                "{\"prompt\":\"p\",\"image\":{\"url\":\"https://x\"},\"mask\":{\"feather\":2}}",
                "{\"prompt\":\"p\",\"image\":{\"url\":\"https://x\"},\"references\":[]}",
                "{\"prompt\":\"p\",\"image\":{\"url\":\"https://x\"},\"references\":[{\"kind\":\"url\",\"url\":\"u\"},"
                        + "{\"kind\":\"stored\",\"image_id\":1,\"weight\":1}]}",
                "{\"prompt\":\"p\",\"image\":{\"url\":\"https://x\"},\"references\":[{\"kind\":\"url\",\"url\":\"u\"},"
                        + "{\"kind\":\"url\",\"url\":\"v\"},{\"kind\":\"url\",\"url\":\"w\"}]}",
                "{\"prompt\":\"p\",\"image\":{\"url\":\"https://x\"},\"references\":[{\"kind\":\"stored\","
                        + "\"image_id\":0}]}",
                "{\"prompt\":\"p\",\"image\":{\"url\":\"https://x\"},\"references\":[{\"kind\":\"stored\","
                        + "\"image_id\":3,\"weight\":1.5}]}",
                "{\"prompt\":\"p\",\"image\":{\"url\":\"https://x\"},\"references\":[{\"kind\":\"stored\","
                        + "\"url\":\"u\"}]}",
                "{\"prompt\":\"p\",\"image\":{\"url\":\"https://x\"},\"references\":[{\"url\":\"u\"}]}",
                "{\"prompt\":\"p\",\"image\":{\"url\":\"https://x\"},\"style\":\"noir\"}",
                "{\"prompt\":\"p\",\"image\":{\"url\":\"https://x\"},\"style\":{\"name\":\"noir\"}}",
                "{\"prompt\":\"p\",\"image\":{\"url\":\"https://x\"},\"style\":{\"name\":1}}",
                "{\"prompt\":\"p\",\"image\":{\"url\":\"https://x\"},\"style\":1}",
                "{\"prompt\":\"p\",\"image\":{\"url\":\"https://x\"},\"style\":[\"noir\"]}",
                "{\"prompt\":\"p\",\"image\":{\"url\":\"https://x\"},\"other\":1}");
        List<String> sources = List.of(
                "{\"prompt\":\"a cat\"}",
                "{\"prompt\":\"\"}",
                "{\"image_url\":\"u\"}",
                "{\"image_url\":\"u\",\"strength\":1}",
                "{\"image_url\":\"u\",\"strength\":-0.5}",
                "{}",
                "{\"prompt\":\"a\",\"image_url\":\"u\"}",
                "{\"prompt\":\"" + "a".repeat(101) + "\"}",
                "[]",
                "null");
        List<String> mismatches = new ArrayList<>(fixture.disagreements(set, "image-edit", instances));
        mismatches.addAll(fixture.disagreements(set, "source", sources));
        assertEquals(List.of(), mismatches, (instances.size() + sources.size()) + " instances compared");
    }
}
