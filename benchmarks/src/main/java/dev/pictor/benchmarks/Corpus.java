package dev.pictor.benchmarks;

import dev.pictor.core.imports.ImportException;
import dev.pictor.core.imports.ImportFormat;
import dev.pictor.core.imports.ImportOptions;
import dev.pictor.core.imports.ImportResult;
import dev.pictor.core.imports.Importer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The speed corpus: the 36 Cloudflare Workers AI catalog files of {@code
 * testdata/provider-data/cloudflare-workers-ai/catalog/} (72 schemas, each file's input and output), as published,
 * and as a Pictor schemas root made of them by {@code pictor import cloudflare}. Found from the repository root (or
 * set {@code -Dpictor.testdata=DIR} and {@code -Dpictor.schemas=DIR}).
 */
final class Corpus {

    /** The version the imported documents get. */
    static final String VERSION = "2026-12-07";

    private Corpus() {}

    /** The catalog files, sorted by name. */
    static List<Path> catalogFiles() {
        Path folder = Path.of(System.getProperty("pictor.testdata", "testdata"))
                .resolve("provider-data/cloudflare-workers-ai/catalog");
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> json = files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
            if (json.isEmpty()) {
                throw new IllegalStateException("no catalog file in " + folder.toAbsolutePath()
                        + "; run from the repository root or set -Dpictor.testdata");
            }
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new schemas root in {@code folder}: the provider document of the project's schemas and every catalog file. */
    static Path importedRoot(Path folder) throws IOException, ImportException {
        Path provider =
                Path.of(System.getProperty("pictor.schemas", "schemas")).resolve("cloudflare-workers-ai/provider.json");
        Path providerFolder = Files.createDirectories(folder.resolve("cloudflare-workers-ai"));
        Files.copy(provider, providerFolder.resolve("provider.json"));
        ImportResult result = Importer.run(new ImportOptions(
                ImportFormat.CLOUDFLARE, catalogFiles(), folder, VERSION, null, null, null, null, null, false));
        if (!result.problems().isEmpty()) {
            throw new IllegalStateException("the corpus does not import: " + result.problems());
        }
        return folder;
    }

    /** Deletes {@code folder} and everything in it, if it exists. */
    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p :
                    walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
