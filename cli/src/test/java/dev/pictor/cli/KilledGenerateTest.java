package dev.pictor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pictor generate} killed (SIGKILL, in a process of its own) at several moments while it replaces an output
 * of a few hundred models: the output folder is then exactly the old complete output or the new one, never a mix, and
 * the next run leaves no temporary file.
 */
class KilledGenerateTest {

    private static final String SEED = "cloudflare-workers-ai/lykon/dreamshaper-8-lcm/2025-11-20.json";
    private static final String SEED_ID = "@cf/lykon/dreamshaper-8-lcm";
    private static final int MODELS = 120;

    @TempDir
    Path dir;

    /**
     * A root of {@link #MODELS} copies of a seed model under ids of their own, {@code first} the first; {@code
     * description} replaces the seed's description of its prompt, so that two roots differ in every request record.
     */
    private Path root(String name, int first, String description) throws IOException {
        Path schemas = Path.of(System.getProperty("pictor.schemas", "../schemas"));
        Path root = dir.resolve(name);
        Path provider = root.resolve("cloudflare-workers-ai/provider.json");
        Files.createDirectories(provider.getParent());
        Files.copy(schemas.resolve("cloudflare-workers-ai/provider.json"), provider);
        String seed = Files.readString(schemas.resolve(SEED), StandardCharsets.UTF_8);
        for (int i = first; i < first + MODELS; i++) {
            String id = String.format(java.util.Locale.ROOT, "m%03d", i);
            Path document = root.resolve("cloudflare-workers-ai/kill/" + id + "/2025-11-20.json");
            Files.createDirectories(document.getParent());
            Files.writeString(
                    document,
                    seed.replace(SEED_ID, "@cf/kill/" + id)
                            .replace("A text description of the image you want to generate", description),
                    StandardCharsets.UTF_8);
        }
        return root;
    }

    /** Every file under {@code folder} (a missing folder: none) with its content. */
    private static Map<String, String> contents(Path folder) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(folder)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (!Files.isDirectory(p)) {
                    files.put(folder.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A copy of {@code files} written under {@code folder}. */
    private static void write(Path folder, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = folder.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The real command line, in a JVM of its own. */
    private static Process generate(Path root, Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        System.getProperty("java.class.path"),
                        PictorCli.class.getName(),
                        "generate",
                        root.toString(),
                        "--out",
                        out.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /**
     * Waits until the run starts writing, the moment anything appears beside the output folder or its manifest
     * changes, or until it ends; false when it ended first.
     */
    private static boolean awaitWriting(Process run, Path work, Path manifest) throws Exception {
        FileTime before = Files.getLastModifiedTime(manifest);
        while (run.isAlive()) {
            if (!names(work).equals(List.of("java"))
                    || !Files.exists(manifest)
                    || !Files.getLastModifiedTime(manifest).equals(before)) {
                return true;
            }
            Thread.sleep(1);
        }
        return false;
    }

    @Test
    void aRunKilledAtAnyMomentLeavesTheOldOutputOrTheNewOneAndTheNextRunNoTemporaryFile() throws Exception {
        Path oldRoot = root("old", 0, "What to paint");
        Path newRoot = root("new", 20, "What to paint, in words");
        Path reference = dir.resolve("reference");
        CliRun.run(
                        "generate",
                        oldRoot.toString(),
                        "--out",
                        reference.resolve("old").toString())
                .assertExit(0);
        CliRun.run(
                        "generate",
                        newRoot.toString(),
                        "--out",
                        reference.resolve("new").toString())
                .assertExit(0);
        Map<String, String> oldOutput = contents(reference.resolve("old"));
        Map<String, String> newOutput = contents(reference.resolve("new"));
        assertTrue(oldOutput.size() > 3 * MODELS, "files: " + oldOutput.size());

        Path work = dir.resolve("work");
        Path out = work.resolve("java");
        // A run left to finish tells how long writing takes here; the kills then land across that span.
        long writing =
                killed(newRoot, work, out, Long.MAX_VALUE, oldOutput, newOutput).writing();
        List<String> outcomes = new ArrayList<>();
        for (double fraction : List.of(-1.0, 0.0, 0.25, 0.5, 0.75, 0.95)) {
            long delay = fraction < 0 ? -1 : (long) (fraction * writing);
            outcomes.add(delay + " ms: "
                    + killed(newRoot, work, out, delay, oldOutput, newOutput).left());
        }
        System.out.println("killed generate (writing took " + writing + " ms): " + outcomes);
    }

    /**
     * Replaces the old output with the new one in a process of its own, killed {@code delay} milliseconds after it
     * starts writing (-1: while it starts and lints; {@link Long#MAX_VALUE}: never); asserts that the output is then
     * old or new, and that the next run leaves the new output and no temporary file.
     *
     * @return what it left (old or new) and how long it wrote, from its first write to its end, when not killed
     */
    private Outcome killed(
            Path newRoot, Path work, Path out, long delay, Map<String, String> old, Map<String, String> now)
            throws Exception {
        deleteTree(work);
        write(out, old);
        Process run = generate(newRoot, out);
        long writing = 0;
        try {
            if (delay < 0) {
                Thread.sleep(400);
            } else if (awaitWriting(run, work, out.resolve(".pictor-generated"))) {
                long start = System.nanoTime();
                if (delay == Long.MAX_VALUE) {
                    assertEquals(0, run.waitFor(), "the run left to finish");
                } else {
                    Thread.sleep(delay);
                }
                writing = (System.nanoTime() - start) / 1_000_000;
            }
        } finally {
            run.destroyForcibly();
            assertTrue(run.waitFor(30, TimeUnit.SECONDS));
        }
        Map<String, String> left = contents(out);
        String outcome = left.equals(old) ? "old" : left.equals(now) ? "new" : "a mix";
        assertTrue(
                !outcome.equals("a mix"),
                () -> "killed " + delay + " ms after it started writing, the output"
                        + " is neither the old one nor the new one: " + difference(left, old, now));
        CliRun.run("generate", newRoot.toString(), "--out", out.toString()).assertExit(0);
        assertEquals(List.of("java"), names(work), "nothing left beside the output after the next run");
        assertEquals(now, contents(out), "no temporary file left in the output after the next run");
        return new Outcome(outcome, writing);
    }

    /** What a killed run left, {@code old} or {@code new}, and how long it wrote. */
    private record Outcome(String left, long writing) {}

    private static String difference(Map<String, String> left, Map<String, String> old, Map<String, String> now) {
        long asOld = left.entrySet().stream()
                .filter(e -> e.getValue().equals(old.get(e.getKey())))
                .count();
        long asNew = left.entrySet().stream()
                .filter(e -> e.getValue().equals(now.get(e.getKey())))
                .count();
        Optional<String> stray = left.keySet().stream()
                .filter(p -> !old.containsKey(p) && !now.containsKey(p))
                .findFirst();
        return left.size() + " files, " + asOld + " as in the old output, " + asNew + " as in the new one"
                + stray.map(s -> ", and " + s + " in neither").orElse("");
    }
}
