package dev.pictor.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.generate.GenerateOptions;
import dev.pictor.core.generate.GeneratedFile;
import dev.pictor.core.generate.Generator;
import dev.pictor.core.link.FieldDecl;
import dev.pictor.core.link.JavaType;
import dev.pictor.core.link.LinkedModel;
import dev.pictor.core.load.DocumentLoader;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.validate.ReferenceValidator;
import dev.pictor.runtime.json.PictorJson;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cog's enum wrapper, {@code {"allOf": [{"$ref": "#/$defs/aspect_ratio"}], "default": "1:1", "x-order": 1}}, end to
 * end on {@code src/test/resources/golden/generate/cog-enums/root}: the property is the referenced type (a Java enum
 * for a string enum), documented with the wrapper's description and default; the generated files match their golden
 * copies and compile strictly; the generated validator still checks the referenced schema, and agrees with networknt.
 * A wrapper with a keyword beside it that constrains the value is not a bare wrapper and stays a JSON value.
 */
class CogEnumWrapperTest {

    private static final GeneratedCase CASE = GeneratedCase.named("cog-enums");
    private static final Path ROOT = CASE.root();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ValidatorFixture fixture;

    @BeforeAll
    static void generate() {
        fixture = ValidatorFixture.of(ROOT);
    }

    @Test
    void theWrapperIsTheReferencedType() {
        LinkedModel m = fixture.model("acme/choices");
        Map<String, JavaType> types =
                m.request().fields().stream().collect(Collectors.toMap(FieldDecl::wireName, FieldDecl::type));
        assertEquals(new JavaType.EnumRef("AspectRatio"), types.get("aspect_ratio"));
        assertEquals(new JavaType.EnumRef("Scheduler"), types.get("scheduler"));
        assertEquals(
                new JavaType.EnumRef("Width"), types.get("width"), "an integer enum is a Java enum of its numbers");
        assertEquals(new JavaType.Passthrough(), types.get("style"), "minLength beside the allOf: not a bare wrapper");
        FieldDecl aspect = m.request().fields().stream()
                .filter(f -> f.wireName().equals("aspect_ratio"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "Aspect ratio of the output image.", aspect.docs().description().orElseThrow());
    }

    @Test
    void everyGeneratedFileMatchesItsGoldenCopyAndCompiles(@TempDir Path out) throws Exception {
        CASE.assertMatchesGolden(out.resolve("plan"));
        CASE.assertCompilesStrictly(out);
    }

    @Test
    void theWrappersDescriptionAndDefaultAreDocumented(@TempDir Path out) throws Exception {
        Generator.Plan plan = Generator.standard().plan(GenerateOptions.of(ROOT, out, out));
        String request = plan.files().stream()
                .filter(f -> f.path().endsWith("ChoicesRequest.java"))
                .map(GeneratedFile::content)
                .findFirst()
                .orElseThrow();
        assertTrue(request.contains("Aspect ratio of the output image."), request);
        assertTrue(request.contains("1:1"), "the wrapper's default is documented: " + request);
    }

    @Test
    void theValidatorChecksTheReferencedSchemaAndAgreesWithNetworknt() throws Exception {
        ModelDocument doc =
                DocumentLoader.load(ROOT, new Diagnostics()).models().get(0);
        ReferenceValidator networknt = new ReferenceValidator();
        Map<String, Boolean> cases = Map.of(
                "{\"prompt\":\"p\",\"scheduler\":\"K_EULER\"}", true,
                "{\"prompt\":\"p\",\"scheduler\":\"DDIM\",\"aspect_ratio\":\"16:9\",\"width\":768}", true,
                "{\"prompt\":\"p\",\"scheduler\":\"DDIM\",\"width\":640}", false,
                "{\"prompt\":\"p\",\"scheduler\":\"DDIM\",\"style\":\"DDIM\"}", false,
                "{\"prompt\":\"p\",\"scheduler\":\"DDIM\",\"style\":\"K_EULER\"}", true,
                "{\"prompt\":\"p\",\"scheduler\":\"DDIM\",\"style\":\"PNDM\"}", false,
                "{\"prompt\":\"p\"}", false);
        for (Map.Entry<String, Boolean> c : cases.entrySet()) {
            boolean reference = networknt
                    .validate(doc.effectiveInput().toJackson(), doc.dialect(), doc.file(), JSON.readTree(c.getKey()))
                    .isEmpty();
            assertEquals(c.getValue(), reference, "networknt on " + c.getKey());
            ValidatorFixture.Outcome generated = fixture.validate("acme/choices", c.getKey());
            assertEquals(c.getValue(), generated.valid(), c.getKey() + ": " + generated.lines());
        }
        assertFalse(
                fixture.validate("acme/choices", "{\"prompt\":\"p\",\"scheduler\":\"PNDM\"}")
                        .valid(),
                "a value outside the referenced enum is refused when read");
        Object request = PictorJson.read(
                "{\"prompt\":\"p\",\"scheduler\":\"DPMSolverMultistep\",\"aspect_ratio\":\"9:16\"}",
                fixture.requestClass("acme/choices"));
        assertEquals(
                JSON.readTree("{\"prompt\":\"p\",\"aspect_ratio\":\"9:16\",\"scheduler\":\"DPMSolverMultistep\"}"),
                JSON.readTree(PictorJson.writeString(request)),
                "the enum writes its wire value");
    }
}
