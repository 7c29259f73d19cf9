package dev.pictor.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import dev.pictor.core.testing.CompilerHarness;
import dev.pictor.core.testing.TestRoot;
import dev.pictor.runtime.ModelBinding;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two versions of one model generate side by side: each into its own {@code .v<version>} package, compiled together,
 * both registered, and {@link ModelBinding#installed} lists the newer (by snapshot date) last, which is the one the
 * runtime picks for the model id unless a version is pinned.
 */
class TwoVersionsGenerationTest {

    private static final String OUTPUT = "{\"type\": \"object\", \"properties\": {\"image\": {\"type\": \"string\"}}}";

    @TempDir
    Path schemas;

    @TempDir
    Path out;

    private void version(TestRoot root, String version, String input) {
        root.write(
                "acme/painter/" + version + ".json",
                "{\"provider\": \"acme\", \"model\": \"painter\", "
                        + "\"version\": \"" + version + "\", \"snapshot\": \"" + version
                        + "\", \"task\": \"text-to-image\", "
                        + "\"origin\": \"published\", \"source\": \"test\", "
                        + "\"dialect\": \"https://json-schema.org/draft/2020-12/schema\", \"input\": " + input
                        + ", \"output\": " + OUTPUT + "}");
    }

    @Test
    void bothVersionsCompileTogetherAndTheNewestIsListedLast() throws Exception {
        TestRoot root = TestRoot.create(schemas);
        // Written newest first: the order comes from the snapshot dates, not from the files.
        version(
                root,
                "2025-11-22",
                "{\"type\": \"object\", \"properties\": {\"prompt\": {\"type\": \"string\", "
                        + "\"maxLength\": 2048}, \"steps\": {\"type\": \"integer\", \"maximum\": 8}}, \"required\": [\"prompt\"],"
                        + " \"additionalProperties\": false}");
        version(
                root,
                "2025-11-20",
                "{\"type\": \"object\", \"properties\": {\"prompt\": {\"type\": \"string\"}, "
                        + "\"steps\": {\"type\": \"integer\", \"default\": 4}}, \"required\": [\"prompt\"]}");
        GenerateResult result =
                Generator.standard().run(GenerateOptions.of(schemas, out.resolve("java"), out.resolve("resources")));
        assertFalse(result.failed(), () -> result.failing(false).toString());
        assertEquals(2, result.models());

        String base = "dev/pictor/generated/acme/painter/";
        for (String v : List.of("v2025_11_20", "v2025_11_22")) {
            for (String type : List.of("PainterRequest", "PainterRequestValidator", "PainterResponse")) {
                Path file = out.resolve("java").resolve(base + v + "/" + type + ".java");
                assertEquals(true, Files.isRegularFile(file), file.toString());
            }
        }
        // One registration per version, each a class of its version's package.
        assertEquals(
                List.of(
                        "dev.pictor.generated.acme.painter.v2025_11_20",
                        "dev.pictor.generated.acme.painter.v2025_11_22"),
                Files.readAllLines(out.resolve("resources/META-INF/services/dev.pictor.runtime.ModelBinding")).stream()
                        .filter(l -> !l.isBlank() && !l.startsWith("#"))
                        .map(l -> l.substring(0, l.lastIndexOf('.')))
                        .sorted()
                        .toList());

        ClassLoader compiled = CompilerHarness.compileTree(out.resolve("java"));
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {out.resolve("resources").toUri().toURL()}, compiled)) {
            List<ModelBinding<?, ?>> installed = ModelBinding.installed(loader);
            assertEquals(
                    List.of("painter 2025-11-20", "painter 2025-11-22"),
                    installed.stream()
                            .map(b -> b.id().model() + " " + b.id().version())
                            .toList());
            assertNotSame(installed.get(0).requestType(), installed.get(1).requestType());
            assertEquals(
                    "dev.pictor.generated.acme.painter.v2025_11_22.PainterRequest",
                    installed.get(installed.size() - 1).requestType().getName());
        }
    }
}
