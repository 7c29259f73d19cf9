package dev.pictor.core.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.load.DocumentLoader;
import dev.pictor.core.load.SchemaRootException;
import dev.pictor.core.model.SchemaSet;
import dev.pictor.core.testing.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The provider data in the repository's test data, schemas roots for imports, and checks on what an import left behind. */
final class ImportFixture {

    static final ObjectMapper JSON = new ObjectMapper();

    private ImportFixture() {}

    static Path cloudflareData() {
        return TestData.folder("provider-data/cloudflare-workers-ai");
    }

    static Path cogData() {
        return TestData.folder("provider-data/replicate/cog-golden-schemas");
    }

    static Path replicateModelData() {
        return TestData.folder("provider-data/replicate-models");
    }

    /** One of the Replicate model objects, by its file name without {@code .replicate-model.json}. */
    static Path replicateModelFile(String name) {
        return replicateModelData().resolve(name + ".replicate-model.json");
    }

    /** The 43 Replicate model objects ({@code GET /v1/models/{owner}/{name}}). */
    static List<Path> replicateModelFiles() {
        try (Stream<Path> files = Files.list(replicateModelData())) {
            List<Path> all = files.filter(p -> p.getFileName().toString().endsWith(".replicate-model.json"))
                    .sorted()
                    .toList();
            assertEquals(43, all.size(), "Replicate model objects");
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Model objects imported with no option: the object gives the model id, version, snapshot and task. */
    static ImportOptions replicateModel(Path root, List<Path> files) {
        return new ImportOptions(ImportFormat.REPLICATE, files, root, null, null, null, null, null, null, false);
    }

    /** The three real catalog files, one per layout. */
    static List<Path> realCloudflareFiles() {
        return List.of(
                cloudflareData().resolve("flux-1-schnell.json"),
                cloudflareData().resolve("stable-diffusion-v1-5-img2img.json"),
                cloudflareData().resolve("stable-diffusion-xl-base-1.0.json"));
    }

    /** The 31 Cog golden schemas (Cog's base template, which has no Input or Output, left out). */
    static List<Path> cogGoldenFiles() {
        try (Stream<Path> files = Files.list(cogData())) {
            List<Path> all = files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().startsWith("_"))
                    .sorted()
                    .toList();
            assertEquals(31, all.size(), "Cog golden schemas");
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A schemas root holding a copy of the repository's provider documents of the given providers. */
    static Path root(Path dir, String... providers) {
        String schemas = System.getProperty("pictor.schemas");
        assertNotNull(schemas, "surefire sets the system property pictor.schemas to ../schemas");
        try {
            for (String provider : providers) {
                Path target = dir.resolve(provider).resolve("provider.json");
                Files.createDirectories(target.getParent());
                Files.copy(Path.of(schemas, provider, "provider.json"), target);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportOptions cloudflare(Path root, String version, List<Path> files) {
        return new ImportOptions(ImportFormat.CLOUDFLARE, files, root, version, null, null, null, null, null, false);
    }

    static ImportOptions cog(Path root, String model, Path file) {
        return new ImportOptions(
                ImportFormat.REPLICATE,
                List.of(file),
                root,
                "2026-01-26",
                null,
                model,
                "text-to-image",
                null,
                null,
                false);
    }

    static ImportResult run(ImportOptions options) {
        try {
            return Importer.run(options);
        } catch (ImportException e) {
            throw new IllegalStateException(e);
        }
    }

    static SchemaSet load(Path root, Diagnostics diagnostics) {
        try {
            return DocumentLoader.load(root, diagnostics);
        } catch (SchemaRootException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The lint findings (loader findings included) of a schemas root. */
    static List<Diagnostic> lint(Path root) {
        try {
            return dev.pictor.core.lint.Linter.standard().lint(root, List.of()).diagnostics();
        } catch (SchemaRootException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Diagnostic> errors(List<Diagnostic> found) {
        return found.stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }

    static String text(List<Diagnostic> found) {
        return found.stream().map(Diagnostic::toText).collect(Collectors.joining("\n  ", "\n  ", "\n"));
    }
}
