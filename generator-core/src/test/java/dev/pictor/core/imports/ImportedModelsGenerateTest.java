package dev.pictor.core.imports;

import static dev.pictor.core.imports.ImportFixture.cog;
import static dev.pictor.core.imports.ImportFixture.cogGoldenFiles;
import static dev.pictor.core.imports.ImportFixture.realCloudflareFiles;
import static dev.pictor.core.imports.ImportFixture.run;
import static dev.pictor.core.imports.ImportFixture.text;
import static dev.pictor.core.imports.ImportFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.pictor.core.generate.GenerateOptions;
import dev.pictor.core.generate.GenerateResult;
import dev.pictor.core.generate.Generator;
import dev.pictor.core.testing.CompilerHarness;
import dev.pictor.runtime.ModelBinding;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is imported goes on through the pipeline: models of every task, and every Cog golden schema, are generated,
 * compiled and found by the runtime.
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
}
