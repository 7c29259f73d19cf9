package dev.pictor.core.imports;

import static dev.pictor.core.imports.ImportFixture.cog;
import static dev.pictor.core.imports.ImportFixture.cogGoldenFiles;
import static dev.pictor.core.imports.ImportFixture.errors;
import static dev.pictor.core.imports.ImportFixture.realCloudflareFiles;
import static dev.pictor.core.imports.ImportFixture.run;
import static dev.pictor.core.imports.ImportFixture.text;
import static dev.pictor.core.imports.ImportFixture.tree;
import static dev.pictor.core.imports.ImportFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NumericNode;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.generate.GenerateOptions;
import dev.pictor.core.generate.GenerateResult;
import dev.pictor.core.generate.Generator;
import dev.pictor.core.link.LinkedModel;
import dev.pictor.core.link.Linker;
import dev.pictor.core.testing.CompilerHarness;
import dev.pictor.core.validate.ReferenceValidator;
import dev.pictor.runtime.ModelBinding;
import dev.pictor.runtime.json.PictorJson;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is imported goes on through the pipeline: models of every task, every Cog golden schema, and the 43 Replicate
 * model objects are generated, compiled and found by the runtime; a request for each Replicate model is bound,
 * validated and written as the JSON its published schema accepts.
 */
class ImportedModelsGenerateTest {

    @TempDir
    Path dir;

    @Test
    void importedModelsOfEveryTaskGenerateAndCompile() throws Exception {
        Path root = ImportFixture.root(dir.resolve("schemas"), "cloudflare-workers-ai", "replicate");
        Path inputs = dir.resolve("inputs");
        List<Path> catalog = new ArrayList<>(realCloudflareFiles());
        catalog.add(write(inputs, "llama-3.1-8b-instruct.json", CatalogVariants.LLAMA));
        catalog.add(write(inputs, "whisper.json", CatalogVariants.WHISPER));
        catalog.add(write(inputs, "melotts.json", CatalogVariants.MELOTTS));
        catalog.add(write(inputs, "bge-base-en-v1.5.json", CatalogVariants.BGE));
        catalog.add(write(inputs, "distilbert-sst-2-int8.json", CatalogVariants.DISTILBERT_DEPRECATED));
        ImportResult cloudflare = run(ImportFixture.cloudflare(root, "2025-11-22", catalog));
        assertFalse(cloudflare.failed(), () -> text(cloudflare.problems()));
        for (Path file : cogGoldenFiles()) {
            String name = file.getFileName().toString().replace(".json", "").replace('_', '-');
            ImportResult result = run(cog(root, "cog-tests/" + name, file));
            assertFalse(result.failed(), () -> text(result.problems()));
        }

        Path out = dir.resolve("out");
        GenerateResult generated =
                Generator.standard().run(GenerateOptions.of(root, out.resolve("java"), out.resolve("resources")));
        assertFalse(generated.failed(), () -> text(generated.diagnostics()));
        ClassLoader compiled = CompilerHarness.compileTree(out.resolve("java"));
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {out.resolve("resources").toUri().toURL()}, compiled)) {
            List<String> models = ModelBinding.installed(loader).stream()
                    .map(b -> b.id().model())
                    .toList();
            assertEquals(catalog.size() + 31, models.size(), models::toString);
        }
    }

    /**
     * The 43 model objects Replicate serves, imported with no option (every task inferred), generated and compiled
     * together. No request property whose schema names
     * a type is {@code JsonValue}; for each model a request (its required values and published defaults) binds into
     * the generated request type, passes the generated validator, and is written back as the same JSON, which
     * networknt accepts against the published Input schema ({@code nullable} honoured).
     */
    @Test
    void replicateModelObjectsImportGenerateAndRoundTrip() throws Exception {
        Path root = ImportFixture.root(dir.resolve("schemas"), "replicate");
        List<Path> files = ImportFixture.replicateModelFiles();
        ImportResult result = run(ImportFixture.replicateModel(root, files));
        assertFalse(result.failed(), () -> text(result.problems()));
        assertTrue(errors(result.findings()).isEmpty(), () -> text(result.findings()));

        Diagnostics diagnostics = new Diagnostics();
        List<LinkedModel> linked = new Linker(GenerateOptions.DEFAULT_BASE_PACKAGE, diagnostics)
                .link(ImportFixture.load(root, diagnostics));
        assertTrue(errors(diagnostics.sorted()).isEmpty(), () -> text(diagnostics.sorted()));
        assertEquals(43, linked.size());
        List<String> untyped = new ArrayList<>();
        int properties = 0;
        for (LinkedModel m : linked) {
            properties += CogRequests.requestProperties(m);
            CogRequests.untypedButTyped(m).forEach(f -> untyped.add(m.modelId() + " " + f));
        }
        System.out.println("Replicate model objects: " + untyped.size() + " of " + properties
                + " request properties are JsonValue although their schema names a type");
        assertEquals(List.of(), untyped, "request properties generated as JsonValue though their schema names a type");

        Path out = dir.resolve("out");
        GenerateResult generated =
                Generator.standard().run(GenerateOptions.of(root, out.resolve("java"), out.resolve("resources")));
        assertFalse(generated.failed(), () -> text(generated.diagnostics()));
        ClassLoader compiled = CompilerHarness.compileTree(out.resolve("java"));
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        for (Path f : files) {
            JsonNode object = tree(f);
            documents.put(
                    object.get("owner").asText() + "/" + object.get("name").asText(), CogRequests.document(object));
        }
        ReferenceValidator networknt = new ReferenceValidator();
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {out.resolve("resources").toUri().toURL()}, compiled)) {
            List<ModelBinding<?, ?>> bindings = ModelBinding.installed(loader);
            assertEquals(43, bindings.size());
            for (ModelBinding<?, ?> b : bindings) {
                String model = b.id().model();
                JsonNode document = documents.get(model);
                JsonNode published = CogRequests.publishedInput(document);
                JsonNode request = CogRequests.request(document);
                assertEquals(
                        List.of(),
                        networknt.validate(published, CogRequests.dialect(document), model, request),
                        model + ": the request made from the published schema is one it accepts");
                JsonNode written = roundTrip(b, request.toString());
                assertTrue(
                        written.equals(ImportedModelsGenerateTest::sameJson, request),
                        model + ": written back as read\n  " + request + "\n  " + written);
                assertEquals(
                        List.of(),
                        networknt.validate(published, CogRequests.dialect(document), model, written),
                        model + ": the published schema accepts what the generated request writes");
            }
        }
    }

    /** Binds JSON into the binding's request type, validates it with the generated validator, and writes it. */
    @SuppressWarnings("unchecked")
    private static <I> JsonNode roundTrip(ModelBinding<I, ?> binding, String json) {
        I request = PictorJson.read(json, binding.requestType());
        assertEquals(List.of(), binding.validate(request), binding.id().model() + ": generated validator");
        return ImportFixture.tree(PictorJson.writeString(request));
    }

    /** JSON equality with numbers compared by value ({@code 1} and {@code 1.0} are one number). */
    private static int sameJson(JsonNode a, JsonNode b) {
        if (a instanceof NumericNode x && b instanceof NumericNode y) {
            return x.decimalValue().compareTo(y.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    }
}
