package dev.pictor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lint} and {@code generate} keep the findings of each model document in the user's cache folder
 * ({@code $XDG_CACHE_HOME/pictor}; surefire points it into the build folder) and print exactly what {@code
 * --no-cache} prints.
 */
class LintCacheOptionTest {

    @TempDir
    Path dir;

    @Test
    void cachedAndUncachedRunsPrintTheSameFindings() throws IOException {
        String xdg = System.getenv("XDG_CACHE_HOME");
        assertNotNull(xdg, "surefire sets XDG_CACHE_HOME to a folder of the build");
        SchemasFixture root = SchemasFixture.withError(dir.resolve("schemas"));
        CliRun fresh = CliRun.run("lint", "--no-cache", root.arg());
        CliRun first = CliRun.run("lint", root.arg());
        CliRun second = CliRun.run("lint", root.arg());
        assertEquals(fresh.exit(), first.exit());
        assertEquals(fresh.out(), first.out());
        assertEquals(fresh.out(), second.out());
        assertEquals(fresh.err(), second.err());
        assertTrue(entries(Path.of(xdg, "pictor")) > 0, "the cache has entries");

        String out = dir.resolve("out").toString();
        CliRun generateFresh = CliRun.run("generate", "--no-cache", "--out", out, root.arg());
        CliRun generateCached = CliRun.run("generate", "--out", out, root.arg());
        assertEquals(generateFresh.exit(), generateCached.exit());
        assertEquals(generateFresh.out(), generateCached.out());
    }

    private static long entries(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(f -> f.toString().endsWith(".json")).count();
        }
    }
}
