package dev.pictor.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.pictor.core.diag.Severity;
import dev.pictor.core.testing.CompilerHarness;
import dev.pictor.core.testing.Golden;
import dev.pictor.runtime.ModelBinding;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's seed schemas through the whole pipeline: every generated file is compared byte for byte with
 * its golden copy under {@code src/test/resources/golden/generate/seeds} (rewrite them with
 * {@code -Dpictor.updateGolden=true}), compiles with every warning an error, and registers its binding; and the
 * same bytes come out of a root written in another order, in another default locale.
 */
class SeedGenerationTest {

    static final Path SEEDS = Path.of(System.getProperty("pictor.schemas", "../schemas"));
    private static final Path GOLDEN = Path.of("src/test/resources/golden/generate/seeds");

    @TempDir
    Path out;

    @Test
    void everySeedModelIsGeneratedCompiledAndRegistered() throws Exception {
        GenerateResult result =
                Generator.standard().run(GenerateOptions.of(SEEDS, out.resolve("java"), out.resolve("resources")));
        assertFalse(
                result.failed(),
                () -> String.join(
                        "\n",
                        result.failing(false).stream().map(d -> d.toText()).toList()));
        assertEquals(0, result.count(Severity.ERROR));
        assertEquals(12, result.models(), "11 models, flux-1-schnell in two versions");

        // Strict: -Xlint:all -Xdoclint:all, every warning an error.
        ClassLoader compiled = CompilerHarness.compileTree(out.resolve("java"));
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {out.resolve("resources").toUri().toURL()}, compiled)) {
            List<String> ids = ModelBinding.installed(loader).stream()
                    .map(b -> b.id().provider() + " " + b.id().model() + " " + b.id().version() + " "
                            + b.requestType().getSimpleName() + " -> "
                            + b.resultType().getSimpleName())
                    .toList();
            Golden.assertMatches(
                    Path.of("src/test/resources/golden/generate/seed-bindings.txt"), String.join("\n", ids) + "\n");
        }
    }

    @Test
    void everyGeneratedFileMatchesItsGoldenCopy() throws Exception {
        Golden.assertTreeMatches(
                GOLDEN,
                Generator.standard().plan(GenerateOptions.of(SEEDS, out, out)).files());
    }

    /** A root written in the reverse order, read in a Turkish default locale, gives the very same files. */
    @Test
    void theOutputDoesNotDependOnFileOrderOrLocale() throws Exception {
        Path shuffled = out.resolve("schemas");
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(SEEDS)) {
            sources = new ArrayList<>(walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".json"))
                    .toList());
        }
        Collections.sort(sources, Collections.reverseOrder());
        for (Path source : sources) {
            Path target = shuffled.resolve(SEEDS.relativize(source).toString());
            Files.createDirectories(target.getParent());
            Files.copy(source, target);
        }
        List<GeneratedFile> original =
                Generator.standard().plan(GenerateOptions.of(SEEDS, out, out)).files();
        Locale saved = Locale.getDefault();
        List<GeneratedFile> turkish;
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            turkish = Generator.standard()
                    .plan(GenerateOptions.of(shuffled, out, out))
                    .files();
        } finally {
            Locale.setDefault(saved);
        }
        assertEquals(original, turkish);
    }
}
