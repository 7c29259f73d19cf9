package dev.pictor.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.concurrent.InOrder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lint cache gives the findings of a fresh lint, in the same order, with the same text and locations, whether
 * its entries are written, read, corrupt, stale, of another Pictor or cannot be written at all; and it is used.
 */
class LintCacheTest {

    @TempDir
    Path dir;

    private Path root;
    private Path cacheFolder;

    @BeforeEach
    void root() throws IOException {
        String schemas = System.getProperty("pictor.schemas");
        assertNotNull(schemas, "surefire sets the system property pictor.schemas to ../schemas");
        root = dir.resolve("schemas");
        cacheFolder = dir.resolve("cache");
        Path from = Path.of(schemas);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.filter(p -> !from.relativize(p).startsWith("target"))
                    .sorted()
                    .toList()) {
                Path target = root.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (source.getFileName().toString().endsWith(".json")) {
                    Files.copy(source, target);
                }
            }
        }
    }

    @Test
    void findingsFromTheCacheAreThoseOfAFreshLint() throws Exception {
        List<String> fresh = lines(Linter.standard().lint(root, List.of()));
        assertFalse(fresh.isEmpty());
        LintCache cache = new LintCache(cacheFolder, "test", 1000);
        assertEquals(fresh, lines(Linter.standard().withCache(cache).lint(root, List.of())), "entries written");
        assertEquals(12, entries().size(), "one entry per model document");
        assertEquals(fresh, lines(Linter.standard().withCache(cache).lint(root, List.of())), "entries read");
        assertEquals(
                fresh,
                lines(Linter.standard()
                        .withCache(cache)
                        .withWorkers(InOrder.shuffled(8, 3))
                        .lint(root, List.of())),
                "entries read on many threads");
    }

    @Test
    void anUnchangedDocumentIsNotLintedAgain() throws Exception {
        LintCache cache = new LintCache(cacheFolder, "test", 1000);
        Linter.standard().withCache(cache).lint(root, List.of());
        // An entry is trusted: what it says is what the next run reports (so the rules did not run).
        for (Path entry : entries()) {
            String text = Files.readString(entry, StandardCharsets.UTF_8);
            Files.writeString(entry, text.replace("\"message\":\"", "\"message\":\"KEPT "), StandardCharsets.UTF_8);
        }
        List<String> cached = lines(Linter.standard().withCache(cache).lint(root, List.of()));
        assertTrue(cached.stream().anyMatch(l -> l.contains("KEPT ")), cached::toString);
        // Another Pictor (its stamp) or another lint configuration does not read them.
        assertFalse(
                lines(Linter.standard()
                                .withCache(new LintCache(cacheFolder, "another build", 1000))
                                .lint(root, List.of()))
                        .stream()
                        .anyMatch(l -> l.contains("KEPT ")));
        Files.writeString(root.resolve("pictor-lint.json"), "{\"rules\": []}\n", StandardCharsets.UTF_8);
        assertFalse(lines(Linter.standard().withCache(cache).lint(root, List.of())).stream()
                .anyMatch(l -> l.contains("KEPT ")));
    }

    @Test
    void aChangedDocumentIsLintedAgain() throws Exception {
        LintCache cache = new LintCache(cacheFolder, "test", 1000);
        Linter.standard().withCache(cache).lint(root, List.of());
        Path model;
        try (Stream<Path> walk = Files.walk(root.resolve("cloudflare-workers-ai"))) {
            model = walk.filter(f -> f.toString().endsWith(".json") && !f.endsWith("provider.json"))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
        // One more line at the top: every finding of the document moves down a line.
        String text = Files.readString(model, StandardCharsets.UTF_8);
        Files.writeString(model, "\n" + text, StandardCharsets.UTF_8);
        List<String> fresh = lines(Linter.standard().lint(root, List.of()));
        assertEquals(fresh, lines(Linter.standard().withCache(cache).lint(root, List.of())));
        assertEquals(13, entries().size());
    }

    @Test
    void aCorruptEntryIsAMissAndAnUnwritableFolderKeepsNothing() throws Exception {
        List<String> fresh = lines(Linter.standard().lint(root, List.of()));
        LintCache cache = new LintCache(cacheFolder, "test", 1000);
        Linter.standard().withCache(cache).lint(root, List.of());
        List<Path> entries = entries();
        Files.writeString(entries.get(0), "{\"format\": \"lint-v1\", \"views\": [", StandardCharsets.UTF_8);
        Files.write(entries.get(1), new byte[] {(byte) 0xff, 0, 1});
        Files.writeString(entries.get(2), "{}", StandardCharsets.UTF_8);
        Files.writeString(
                entries.get(3),
                Files.readString(entries.get(3), StandardCharsets.UTF_8).replace("\"line\":", "\"line\":\"x\",\"l\":"),
                StandardCharsets.UTF_8);
        assertEquals(fresh, lines(Linter.standard().withCache(cache).lint(root, List.of())));
        assertNotEquals("{}", Files.readString(entries.get(2), StandardCharsets.UTF_8), "rewritten");

        Path notAFolder = dir.resolve("file");
        Files.writeString(notAFolder, "a file where the cache folder would be", StandardCharsets.UTF_8);
        assertEquals(
                fresh,
                lines(Linter.standard()
                        .withCache(new LintCache(notAFolder, "test", 1000))
                        .lint(root, List.of())));
    }

    @Test
    void theFolderIsBounded() throws Exception {
        List<String> fresh = lines(Linter.standard().lint(root, List.of()));
        LintCache cache = new LintCache(cacheFolder, "test", 5);
        assertEquals(fresh, lines(Linter.standard().withCache(cache).lint(root, List.of())));
        assertEquals(5, entries().size());
        assertEquals(fresh, lines(Linter.standard().withCache(cache).lint(root, List.of())));
        assertEquals(5, entries().size());
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(cacheFolder.resolve(LintCache.FORMAT))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    /** Every finding with everything it says, hint included, in the order reported. */
    private static List<String> lines(LintResult result) {
        return result.diagnostics().stream()
                .map(d -> d.toText() + " | " + d.hint() + " | " + d.severity())
                .toList();
    }
}
