package dev.pictor.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.link.FieldDecl;
import dev.pictor.core.link.JavaType;
import dev.pictor.core.link.LinkedModel;
import dev.pictor.core.link.LinkedOperation;
import dev.pictor.core.link.Linker;
import dev.pictor.core.link.RecordDecl;
import dev.pictor.core.link.ResultShape;
import dev.pictor.core.load.DocumentLoader;
import dev.pictor.core.model.Operation;
import dev.pictor.core.model.SchemaSet;
import dev.pictor.runtime.ImageBytes;
import dev.pictor.runtime.json.PictorJson;
import dev.pictor.runtime.validation.Violation;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Model documents imported from OpenAPI operations (the contract of {@code pictor import openapi}), end to end, on
 * the schemas root {@code src/test/resources/golden/generate/openapi-operations/root}: five real operations whose
 * schemas are copied verbatim from the documents in {@code testdata/provider-data/openapi-providers} (Stability v1
 * image-to-image, multipart, and text-to-image, JSON, each answering JSON or PNG; OpenAI's multipart image edit and
 * JSON image generation; BFL's FLUX 1.1 [pro], OpenAPI 3.1). Every generated file matches its golden copy and compiles
 * strictly; multipart file parts are byte payloads that the validator counts but never reads as text; each response is
 * read from its own schema; JSON bodies round-trip and their validators agree with networknt.
 */
class OpenApiOperationGenerationTest implements GoldenCaseTests {

    private static final GeneratedCase CASE = GeneratedCase.named("openapi-operations");

    @Override
    public GeneratedCase goldenCase() {
        return CASE;
    }

    private static final Path ROOT = CASE.root();
    private static final ImageBytes PNG =
            ImageBytes.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13});

    private static ValidatorFixture fixture;
    private static SchemaSet set;

    @BeforeAll
    static void generate() throws Exception {
        fixture = ValidatorFixture.of(ROOT);
        set = DocumentLoader.load(ROOT, new Diagnostics());
    }

    // ---------------------------------------------------------------- the linked model

    @Test
    void theLinkedModelKnowsHowTheOperationIsCalled() {
        LinkedOperation op = fixture.model("imageToImage").operation().orElseThrow();
        assertEquals("POST", op.method());
        assertEquals("/generation/{engine_id}/image-to-image", op.path());
        assertEquals(Optional.of("imageToImage"), op.operationId());
        assertEquals(
                List.of(
                        new LinkedOperation.Parameter("engine_id", Operation.In.PATH, true, "engineId"),
                        new LinkedOperation.Parameter("Organization", Operation.In.HEADER, false, "organization")),
                op.parameters(),
                "the Accept header parameter is no member: the importer leaves it out, as OpenAPI says");
        List<LinkedOperation.Part> parts = op.body().orElseThrow().parts();
        assertEquals(
                Optional.of(new LinkedOperation.Body(
                        "multipart/form-data",
                        Optional.of("body"),
                        Optional.of("body"),
                        true,
                        List.of("init_image"),
                        parts)),
                op.body());
        assertTrue(op.body().orElseThrow().multipart());
        assertEquals(
                List.of(
                        new LinkedOperation.Part("text_prompts", Operation.Layout.JSON, Optional.empty(), false),
                        new LinkedOperation.Part("init_image", Operation.Layout.FILE, Optional.empty(), true),
                        new LinkedOperation.Part("init_image_mode", Operation.Layout.TEXT, Optional.empty(), false)),
                parts.subList(0, 3),
                "each member laid out by its type where the document's encoding says nothing");

        assertEquals(
                List.of(
                        new LinkedOperation.Response(
                                "200",
                                "application/json",
                                "/output/anyOf/0",
                                new ResultShape.Json(new JavaType.RecordRef("ImageToImageResponse"))),
                        new LinkedOperation.Response(
                                "200", "image/png", "/output/anyOf/1", new ResultShape.BinaryImage("image/png"))),
                op.responses(),
                "each response read from the schema at its own pointer");
        assertEquals(0, op.result(), "the JSON answer is the default, the image one a choice by Accept");
        assertEquals(op.resultResponse().shape(), fixture.model("imageToImage").result());

        LinkedOperation edit = fixture.model("createImageEdit").operation().orElseThrow();
        assertEquals(List.of(), edit.parameters());
        assertEquals(
                Optional.of(new LinkedOperation.Body(
                        "multipart/form-data",
                        Optional.empty(),
                        Optional.empty(),
                        true,
                        List.of("image", "mask"),
                        edit.body().orElseThrow().parts())),
                edit.body(),
                "with no parameter the request is the body");
        assertEquals(
                new LinkedOperation.Part("image", Operation.Layout.REPEAT, Optional.empty(), true),
                edit.body().orElseThrow().parts().get(0),
                "a list of files is repeated");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAdapterTemplateSeesTheOperation() {
        Map<String, Object> op =
                (Map<String, Object>) AdapterEmitter.context(m("imageToImage")).get("operation");
        assertEquals("\"POST\"", op.get("methodLiteral"));
        assertEquals("\"/generation/{engine_id}/image-to-image\"", op.get("pathLiteral"));
        assertEquals(
                List.of(
                        Map.of("nameLiteral", "\"engine_id\"", "in", "path", "required", true, "javaName", "engineId"),
                        Map.of(
                                "nameLiteral",
                                "\"Organization\"",
                                "in",
                                "header",
                                "required",
                                false,
                                "javaName",
                                "organization")),
                op.get("parameters"));
        Map<String, Object> body = (Map<String, Object>) op.get("body");
        assertEquals(true, body.get("multipart"));
        assertEquals("body", body.get("javaName"));
        assertEquals(List.of("\"init_image\""), body.get("filePartLiterals"));
        List<Map<String, Object>> responses = (List<Map<String, Object>>) op.get("responses");
        assertEquals(
                List.of(true, false),
                responses.stream().map(r -> r.get("result")).toList());
        assertEquals(
                List.of(false, true),
                responses.stream().map(r -> r.get("binaryImage")).toList());

        Map<String, Object> edit = (Map<String, Object>) ((Map<String, Object>)
                        AdapterEmitter.context(m("createImageEdit")).get("operation"))
                .get("body");
        assertEquals(List.of("\"image\"", "\"mask\""), edit.get("filePartLiterals"));
        assertEquals(
                List.of(),
                ((Map<String, Object>) ((Map<String, Object>)
                                        AdapterEmitter.context(m("createImage")).get("operation"))
                                .get("body"))
                        .get("filePartLiterals"),
                "a JSON body has no file parts");
    }

    @Test
    void theResponseRecordIsTheJsonBranchNotTheAnyOf() {
        LinkedModel m = fixture.model("imageToImage");
        RecordDecl response = m.record("ImageToImageResponse").orElseThrow();
        assertEquals(
                new JavaType.ListOf(new JavaType.RecordRef("Image")),
                response.fields().get(0).type(),
                "the array of images of the JSON answer, not a JSON value for an anyOf of JSON and PNG");
    }

    @Test
    void theJsonAnswersAreReadIntoTheirRecords() throws Exception {
        Class<?> request = fixture.requestClass("imageToImage");
        String images = "[{\"base64\":\"iVBORw0KGgo=\",\"finishReason\":\"SUCCESS\"}]";
        Object answer = PictorJson.read(images, sibling(request, "ImageToImageResponse"));
        assertEquals(images, PictorJson.writeString(answer));
        Object first = ((List<?>) invoke(answer, "value")).get(0);
        assertEquals("Base64Image", invoke(first, "base64").getClass().getSimpleName());
        // Stability types the seed "number": a Double, however integral the published example
        Object seeded = ((List<?>) invoke(
                        PictorJson.read("[{\"seed\":1050625087}]", sibling(request, "ImageToImageResponse")), "value"))
                .get(0);
        assertEquals(1050625087.0, invoke(seeded, "seed"));

        Class<?> flux = fixture.requestClass("flux-pro-1.1");
        String submitted = "{\"id\":\"abc\",\"polling_url\":\"https://api.bfl.ai/v1/get_result?id=abc\"}";
        assertEquals(
                submitted, PictorJson.writeString(PictorJson.read(submitted, sibling(flux, "FluxPro1_1Response"))));
    }

    // ---------------------------------------------------------------- file parts

    @Test
    void multipartFilePartsAreBytePayloads() {
        Map<String, JavaType> body = types(fixture.model("imageToImage"), "Body");
        JavaType file = new JavaType.Bytes(JavaType.BytesEncoding.FILE_PART);
        assertEquals(file, body.get("init_image"));
        assertEquals(new JavaType.ListOf(new JavaType.RecordRef("TextPrompt")), body.get("text_prompts"));
        assertEquals(
                new JavaType.Scalar(JavaType.ScalarKind.STRING),
                types(m("imageToImage"), "ImageToImageRequest").get("engine_id"));

        Map<String, JavaType> edit = types(m("createImageEdit"), "CreateImageEditRequest");
        assertEquals(new JavaType.ListOf(file), edit.get("image"), "one file or up to 16: a list of files");
        assertEquals(file, edit.get("mask"));
        assertTrue(m("createImageEdit").union("Image").isEmpty(), "no union of a file and files");
    }

    @Test
    void theSameSchemasInAJsonBodyStayWhatTheyAre(@TempDir Path dir) throws Exception {
        copyTree(ROOT, dir);
        Path doc = dir.resolve("stability/imageToImage/2026-12-07.json");
        Files.writeString(
                doc,
                Files.readString(doc, StandardCharsets.UTF_8)
                        .replace("\"mediaType\": \"multipart/form-data\"", "\"mediaType\": \"application/json\""),
                StandardCharsets.UTF_8);
        Diagnostics diagnostics = new Diagnostics();
        List<LinkedModel> linked = new Linker("test.gen", diagnostics).link(DocumentLoader.load(dir, diagnostics));
        LinkedModel json = linked.stream()
                .filter(l -> l.modelId().equals("imageToImage"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                new JavaType.Scalar(JavaType.ScalarKind.STRING),
                types(json, "Body").get("init_image"));
    }

    @Test
    void aMultipartRequestIsBuiltAndValidatedWithItsFiles() throws Exception {
        Class<?> request = fixture.requestClass("imageToImage");
        Object prompt = invoke(builder(sibling(request, "TextPrompt"), "A dog space commander"), "build");
        Object body = invoke(builder(sibling(request, "Body"), List.of(prompt), PNG), "build");
        Object valid = invoke(builder(request, "stable-diffusion-v1-5", body), "build");
        assertEquals(List.of(), validate("imageToImage", valid));
        assertEquals(PNG, invoke(invoke(valid, "body"), "initImage"));

        // Built without the builder, so the file part is absent: reported where it belongs.
        Object noImage = construct(sibling(request, "Body"), Map.of(0, List.of(prompt)));
        Object withoutFile = construct(request, Map.of(0, "stable-diffusion-v1-5", 2, noImage));
        assertEquals(List.of("/body: missing required property \"init_image\""), validate("imageToImage", withoutFile));
        Object noPrompts = construct(sibling(request, "Body"), Map.of(0, List.of(), 1, PNG));
        assertEquals(
                List.of("/body/text_prompts: 0 items are fewer than the minimum 1"),
                validate("imageToImage", construct(request, Map.of(0, "e", 2, noPrompts))));
    }

    @Test
    void oneFileOrUpToSixteenAreAccepted() throws Exception {
        Class<?> request = fixture.requestClass("createImageEdit");
        for (int count : List.of(1, 2, 16)) {
            Object edit = invoke(builder(request, Collections.nCopies(count, PNG), "a beret"), "build");
            assertEquals(List.of(), validate("createImageEdit", edit), count + " images");
        }
        Object seventeen = invoke(builder(request, Collections.nCopies(17, PNG), "a beret"), "build");
        assertEquals(
                List.of("/image: matches none of the 2 schemas of anyOf (1: /image: 17 files, not one;"
                        + " 2: /image: 17 items are more than the maximum 16)"),
                validate("createImageEdit", seventeen));

        Object withMask =
                invoke(invoke(builder(request, List.of(PNG), "a beret"), "mask", ImageBytes.class, PNG), "build");
        assertEquals(List.of(), validate("createImageEdit", withMask), "the mask is a file, not a string to measure");
        Object noImage = construct(request, Map.of(1, "a beret"));
        assertEquals(List.of("/: missing required property \"image\""), validate("createImageEdit", noImage));
    }

    @Test
    void aMultipartBodyHasNoJsonForm() throws Exception {
        Object edit = invoke(builder(fixture.requestClass("createImageEdit"), List.of(PNG), "a beret"), "build");
        RuntimeException e = assertThrows(RuntimeException.class, () -> PictorJson.writeString(edit));
        assertTrue(String.valueOf(e.getMessage()).contains("ImageBytes"), e.getMessage());
    }

    // ---------------------------------------------------------------- JSON bodies

    @Test
    void jsonBodiesRoundTrip() throws Exception {
        Map<String, String> cases = Map.of(
                "createImage",
                "{\"prompt\":\"a sea otter\",\"model\":\"gpt-image-1\",\"n\":null,\"size\":\"1024x1024\","
                        + "\"background\":\"transparent\",\"user\":\"user-1234\"}",
                "flux-pro-1.1",
                "{\"prompt\":null,\"width\":1024,\"height\":768,\"seed\":42,\"output_format\":\"png\","
                        + "\"webhook_url\":null}",
                "textToImage",
                "{\"engine_id\":\"stable-diffusion-v1-5\",\"Organization\":\"org-123456\",\"body\":{\"height\":512,"
                        + "\"text_prompts\":[{\"text\":\"A lighthouse on a cliff\",\"weight\":1}]}}");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Object value = PictorJson.read(c.getValue(), fixture.requestClass(c.getKey()));
            assertEquals(c.getValue(), PictorJson.writeString(value), c.getKey());
            assertEquals(List.of(), validate(c.getKey(), value), c.getKey());
        }
    }

    @Test
    void aNullableWithADefaultIsLeftOutUnlessSetToNull() throws Exception {
        Class<?> request = fixture.requestClass("createImage");
        Object unset = invoke(builder(request, "a sea otter"), "build");
        assertEquals("{\"prompt\":\"a sea otter\"}", PictorJson.writeString(unset), "the default is the server's");
        Object nulled = invoke(invoke(builder(request, "a sea otter"), "nNull"), "build");
        assertEquals("{\"prompt\":\"a sea otter\",\"n\":null}", PictorJson.writeString(nulled));
        assertEquals(List.of(), validate("createImage", nulled), "nullable: true admits null");
        Object eleven = invoke(invoke(builder(request, "a sea otter"), "n", int.class, 11), "build");
        assertEquals(List.of("/n: 11 is above the maximum 10"), validate("createImage", eleven));
    }

    @Test
    void theValidatorAgreesWithTheReferenceValidator() {
        List<String> mismatches = new ArrayList<>();
        mismatches.addAll(fixture.disagreements(
                set,
                "createImage",
                List.of(
                        "{\"prompt\":\"p\"}",
                        "{}",
                        "{\"prompt\":null}",
                        "{\"prompt\":\"p\",\"model\":\"dall-e-3\"}",
                        "{\"prompt\":\"p\",\"model\":\"my-own-model\"}",
                        "{\"prompt\":\"p\",\"model\":null}",
                        "{\"prompt\":\"p\",\"model\":3}",
                        "{\"prompt\":\"p\",\"n\":0}",
                        "{\"prompt\":\"p\",\"n\":10}",
                        "{\"prompt\":\"p\",\"n\":1.5}",
                        "{\"prompt\":\"p\",\"size\":\"auto\"}",
                        "{\"prompt\":\"p\",\"size\":\"999x999\"}",
                        "{\"prompt\":\"p\",\"output_compression\":100,\"extra\":true}",
                        "{\"prompt\":\"p\",\"style\":null,\"quality\":\"hd\"}")));
        mismatches.addAll(fixture.disagreements(
                set,
                "flux-pro-1.1",
                List.of(
                        "{}",
                        "{\"prompt\":null}",
                        "{\"width\":256,\"height\":1440}",
                        "{\"width\":300}",
                        "{\"width\":1472}",
                        "{\"width\":224}",
                        "{\"height\":null}",
                        "{\"seed\":null}",
                        "{\"seed\":4.5}",
                        "{\"safety_tolerance\":7}",
                        "{\"output_format\":\"gif\"}",
                        "{\"output_format\":null}",
                        "{\"webhook_url\":\"\"}",
                        "{\"webhook_url\":\"https://example.com/hook\"}")));
        mismatches.addAll(fixture.disagreements(
                set,
                "textToImage",
                List.of(
                        "{\"engine_id\":\"e\",\"body\":{\"text_prompts\":[{\"text\":\"t\"}]}}",
                        "{\"body\":{\"text_prompts\":[{\"text\":\"t\"}]}}",
                        "{\"engine_id\":\"e\"}",
                        "{\"engine_id\":\"e\",\"body\":{\"text_prompts\":[]}}",
                        "{\"engine_id\":\"e\",\"body\":{\"text_prompts\":[{\"text\":\"t\"}],\"height\":500}}",
                        "{\"engine_id\":\"e\",\"body\":{\"text_prompts\":[{\"text\":\"t\"}]},\"extra\":1}")));
        assertEquals(List.of(), mismatches);
    }

    // ---------------------------------------------------------------- helpers

    private static LinkedModel m(String modelId) {
        return fixture.model(modelId);
    }

    private static Map<String, JavaType> types(LinkedModel model, String record) {
        return model.record(record).orElseThrow(() -> new AssertionError("no record " + record)).fields().stream()
                .collect(Collectors.toMap(FieldDecl::wireName, FieldDecl::type));
    }

    private static Class<?> sibling(Class<?> request, String simpleName) throws ClassNotFoundException {
        return request.getClassLoader().loadClass(request.getPackageName() + "." + simpleName);
    }

    /** {@code type.builder(args...)}, the builder method taking as many arguments. */
    private static Object builder(Class<?> type, Object... args) throws Exception {
        for (Method method : type.getMethods()) {
            if (method.getName().equals("builder") && method.getParameterCount() == args.length) {
                return method.invoke(null, args);
            }
        }
        throw new AssertionError("no builder of " + args.length + " arguments on " + type);
    }

    private static Object invoke(Object target, String name) throws Exception {
        return target.getClass().getMethod(name).invoke(target);
    }

    private static Object invoke(Object target, String name, Class<?> parameter, Object arg) throws Exception {
        return target.getClass().getMethod(name, parameter).invoke(target, arg);
    }

    /** The canonical constructor, with the given components by position and null (or unset) elsewhere. */
    private static Object construct(Class<?> record, Map<Integer, Object> components) throws Exception {
        var canonical = record.getRecordComponents();
        Class<?>[] types = new Class<?>[canonical.length];
        Object[] args = new Object[canonical.length];
        for (int i = 0; i < canonical.length; i++) {
            types[i] = canonical[i].getType();
            args[i] = components.get(i);
        }
        return record.getDeclaredConstructor(types).newInstance(args);
    }

    private static List<String> validate(String modelId, Object request) {
        return fixture.validateObject(modelId, request).stream()
                .map(Violation::toString)
                .toList();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
    }
}
