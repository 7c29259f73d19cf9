package dev.pictor.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.generate.GenerateOptions;
import dev.pictor.core.generate.GenerateResult;
import dev.pictor.core.generate.Generator;
import dev.pictor.core.link.AdapterTypes;
import dev.pictor.core.link.LinkedModel;
import dev.pictor.core.link.Linker;
import dev.pictor.core.load.DocumentLoader;
import dev.pictor.core.testing.CompilerHarness;
import dev.pictor.core.testing.TestRoot;
import dev.pictor.runtime.ImageBytes;
import dev.pictor.runtime.ImageResult;
import dev.pictor.runtime.json.PictorJson;
import dev.pictor.runtime.transport.ModelAdapter;
import dev.pictor.runtime.transport.Reply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An adapter's imports are read off what its template renders, from the one list of types an adapter may name
 * ({@link AdapterTypes}), which is also what the linker keeps generated types from being named: no template, built in
 * or the user's, can name a type it does not get imported, and none gets an import it does not use.
 */
class AdapterImportsTest {

    @TempDir
    Path temp;

    /** Every built-in template, for every seed model whatever its transport kind, renders code that compiles. */
    @Test
    void everyBuiltInTemplateRendersEverySeedModelIntoCodeThatCompilesStrictly() throws Exception {
        Path java = temp.resolve("java");
        GenerateResult generated = Generator.standard()
                .run(GenerateOptions.of(AdapterEmitterSeedsTest.SEEDS, java, temp.resolve("resources")));
        assertFalse(generated.failed(), generated::toString);
        Diagnostics diagnostics = new Diagnostics();
        List<LinkedModel> models = new Linker("dev.pictor.generated", diagnostics)
                .link(DocumentLoader.load(AdapterEmitterSeedsTest.SEEDS, diagnostics));
        assertEquals(12, models.size());
        AdapterTemplates builtIn = AdapterTemplates.builtIn();
        for (String template : AdapterTemplates.NAMES) {
            for (LinkedModel model : models) {
                AdapterEmitter.Source source = AdapterEmitter.emit(model, builtIn, template);
                Files.writeString(java.resolve(source.path()), source.content(), StandardCharsets.UTF_8);
            }
            try {
                CompilerHarness.compileTree(java);
            } catch (AssertionError e) {
                throw new AssertionError("the adapters of " + template + " do not compile: " + e.getMessage(), e);
            }
        }
    }

    @Test
    void theImportsAreTheAdapterTypesTheCodeAndItsJavadocReferencesName() {
        String source = """
                // Generated; List in a comment is not a use.
                package dev.pictor.generated.acme;

                import java.util.Map;

                /**
                 * Names {@link Reply.Json}, {@link SelfTransport#send(byte[], CallContext)}; ArrayList is prose.
                 *
                 * @throws IOException never
                 */
                public final class A extends JsonRecordAdapter<R, S> {
                    private static final String TEXT = "Locale, Objects";
                    private static final char C = 'L';
                    private final java.net.URI qualified = null;
                    private static final Stream<ModelId> IDS = Stream.empty();
                    private final Thread thread = null;
                }
                """;
        assertEquals(
                List.of(
                        "dev.pictor.runtime.ModelId",
                        "dev.pictor.runtime.transport.CallContext",
                        "dev.pictor.runtime.transport.JsonRecordAdapter",
                        "dev.pictor.runtime.transport.Reply",
                        "dev.pictor.runtime.transport.SelfTransport",
                        "java.io.IOException",
                        "java.util.stream.Stream"),
                AdapterImports.of(source),
                "no import for what a comment or a literal says, a qualified name, an import line, java.lang");
    }

    /**
     * A user's template that names a type the built-in ones do not ({@code Locale}) gets its import, and an adapter
     * gets none it does not use: a binary model's adapter imports nothing of the JSON shape.
     */
    @Test
    void aTemplateGetsTheImportsOfWhatItNamesAndNoOther() throws Exception {
        String mine = AdapterTemplatesTest.builtIn(AdapterTemplates.BASE)
                .replace(
                        "    /** How the provider is reached",
                        "    /** The locale this template formats with. */\n"
                                + "    public static final Locale LOCALE = Locale.ROOT;\n\n"
                                + "    /** How the provider is reached");
        Path dir = Files.createDirectories(temp.resolve("templates"));
        Files.writeString(dir.resolve(AdapterTemplates.BASE), mine, StandardCharsets.UTF_8);
        Path java = temp.resolve("java");
        GenerateResult result = Generator.standard()
                .run(GenerateOptions.of(AdapterEmitterSeedsTest.SEEDS, java, temp.resolve("resources"))
                        .withTemplatesDirectory(dir));
        assertFalse(result.failed(), result::toString);
        String binary = Files.readString(java.resolve("dev/pictor/generated/cloudflare_workers_ai/bytedance"
                + "/stable_diffusion_xl_lightning/v2025_11_20/StableDiffusionXlLightningAdapter.java"));
        assertTrue(binary.contains("import java.util.Locale;\n"), binary);
        assertFalse(binary.contains("FoundImages") || binary.contains("JsonRecordAdapter"), binary);
        String json = Files.readString(java.resolve(
                "dev/pictor/generated/runpod/runpod_workers/worker_sdxl/v2025_11_20/WorkerSdxlAdapter.java"));
        assertTrue(json.contains("import java.util.Locale;\nimport java.util.Map;\n"), json);
        assertTrue(json.contains("import dev.pictor.runtime.transport.FoundImages;\n"), json);
        assertFalse(json.contains("BinaryImageAdapter"), json);
        CompilerHarness.compileTree(java);
    }

    /**
     * A response record titled like a type the adapter names ({@code FoundImages}, {@code ModelId}) takes another
     * name, so that the adapter's import does not hide it; found through lists and nested records, its images are read.
     */
    @Test
    void aGeneratedTypeNeverTakesTheNameOfATypeTheAdapterNames() throws Exception {
        String output = """
                {"type": "object", "properties": {
                  "found": {"type": "array", "items": {"$ref": "#/$defs/FoundImages"}}},
                 "$defs": {
                  "FoundImages": {"type": "object", "properties": {
                    "image": {"type": "string", "contentEncoding": "base64", "contentMediaType": "image/png"},
                    "id": {"$ref": "#/$defs/ModelId"}}},
                  "ModelId": {"type": "object", "properties": {
                    "urls": {"type": "array", "items": {"type": "array",
                      "items": {"type": "string", "format": "uri"}}}}}}}
                """;
        TestRoot root = TestRoot.create(temp.resolve("schemas"))
                .model(
                        "nested",
                        "text-to-image",
                        "{\"type\": \"object\", \"properties\": {\"prompt\": {\"type\": \"string\"}}}",
                        output,
                        "");
        Path java = temp.resolve("java");
        GenerateResult result =
                Generator.standard().run(GenerateOptions.of(root.path(), java, temp.resolve("resources")));
        assertFalse(result.failed(), result::toString);
        Path pkg = java.resolve("dev/pictor/generated/acme/nested/v2025_01_01");
        assertTrue(
                Files.exists(pkg.resolve("FoundImages_.java")),
                () -> List.of(pkg.toFile().list()).toString());
        assertTrue(Files.exists(pkg.resolve("ModelId_.java")));
        String adapter = Files.readString(pkg.resolve("NestedAdapter.java"));
        assertTrue(adapter.contains("""
                        if (result.found() != null) {
                            for (var item1 : result.found()) {
                                if (item1.id() != null) {
                                    if (item1.id().urls() != null) {
                                        for (var item2 : item1.id().urls()) {
                                            for (var image : item2) {
                                                found.url(image);
                """), adapter);

        ClassLoader compiled = CompilerHarness.compileTree(java);
        @SuppressWarnings("unchecked")
        ModelAdapter<Object, Object> nested = (ModelAdapter<Object, Object>)
                compiled.loadClass("dev.pictor.generated.acme.nested.v2025_01_01.NestedAdapter")
                        .getConstructor()
                        .newInstance();
        Object response = nested.decode(new Reply.Json(PictorJson.read(
                "{\"found\": [{\"image\": \"iVBORw0KGgo=\", \"id\": {\"urls\": [[\"https://x.test/a.png\"]]}},"
                        + " {\"id\": {}}]}",
                com.fasterxml.jackson.databind.JsonNode.class)));
        List<ImageResult> images = nested.images(
                response, uri -> new ImageResult(ImageBytes.of(uri.toString().getBytes(StandardCharsets.UTF_8)), "u"));
        assertEquals(
                List.of(
                        new ImageResult(
                                ImageBytes.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
                                "image/png"),
                        new ImageResult(ImageBytes.of("https://x.test/a.png".getBytes(StandardCharsets.UTF_8)), "u")),
                images);
    }
}
