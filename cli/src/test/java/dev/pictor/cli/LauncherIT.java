package dev.pictor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution's launcher {@code bin/pictor} prints exactly what {@code java -jar lib/pictor.jar} prints (stdout,
 * stderr, exit code) whatever state its class-data-sharing cache is in: the first run, which dumps the archive; a
 * run that maps it; an archive of garbage; an archive dumped for another jar; a cache folder that cannot be
 * created. Runs the unpacked distribution that {@code mvn package} builds ({@code -Dpictor.dist}); {@code
 * bin/pictor.cmd} is not tested (CI runs Linux only).
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherIT {

    private static final Path DIST = Path.of(System.getProperty("pictor.dist", "target/pictor-dist"));
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    /** The schemas root and what {@code java -jar} prints, shared by every test. */
    @TempDir
    static Path shared;

    private static List<List<String>> commands;
    private static List<Run> expected;

    @TempDir
    Path dir;

    private Path cache;

    /** What one process printed, and its exit code. */
    record Run(int exit, String out, String err) {}

    @BeforeAll
    static void commandsAndWhatJavaJarPrintsForThem() throws Exception {
        Path root = shared.resolve("schemas");
        SchemasFixture.withError(root);
        commands = List.of(
                List.of("--version"),
                List.of("lint", root.toString()),
                List.of("lint", "--fail-on-warnigs", root.toString()));
        expected = new ArrayList<>();
        for (List<String> args : commands) {
            List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-jar", jar().toString()));
            command.addAll(args);
            expected.add(run(shared, command, Map.of()));
        }
        assertEquals(1, expected.get(1).exit(), "the root has an error: " + expected.get(1));
        assertEquals(2, expected.get(2).exit(), "a mistyped option: " + expected.get(2));
    }

    @BeforeEach
    void emptyCache() {
        cache = dir.resolve("cache");
    }

    @Test
    void firstRunDumpsTheArchiveAndLaterRunsMapItPrintingTheSame() throws Exception {
        assertLauncherPrintsAsJavaJar("first run (dumps)");
        if (jdkHasBaseArchive()) {
            List<Path> archives = files(archiveFolder());
            assertEquals(
                    2,
                    archives.stream().filter(a -> a.toString().endsWith(".jsa")).count(),
                    archives::toString);
            assertTrue(archives.stream().allMatch(a -> a.toString().endsWith(".jsa")), () -> "left over: " + archives);
        }
        assertLauncherPrintsAsJavaJar("archive mapped");
    }

    @Test
    void anArchiveOfGarbageIsIgnoredSilently() throws Exception {
        List<Path> archives = firstRunArchives();
        for (Path archive : archives) {
            Files.delete(archive); // dumped read-only
            Files.write(archive, "not a CDS archive at all\n".repeat(400).getBytes(StandardCharsets.US_ASCII));
        }
        assertLauncherPrintsAsJavaJar("archive of garbage");
    }

    @Test
    void anArchiveOfAnotherJarIsIgnoredSilently() throws Exception {
        List<Path> archives = firstRunArchives();
        // A real archive, dumped for a copy of the jar elsewhere (another path and time): stale for this one.
        Path other = dir.resolve("other/pictor.jar");
        Files.createDirectories(other.getParent());
        Files.copy(jar(), other);
        Files.setLastModifiedTime(other, FileTime.fromMillis(0));
        Path foreign = dir.resolve("foreign.jsa");
        run(
                dir,
                List.of(
                        JAVA.toString(),
                        "-Xlog:cds=off",
                        "-Xlog:cds+dynamic=off",
                        "-XX:ArchiveClassesAtExit=" + foreign,
                        "-jar",
                        other.toString(),
                        "--version"),
                Map.of());
        assertTrue(Files.size(foreign) > 0, "the other jar's archive was dumped");
        for (Path archive : archives) {
            Files.delete(archive);
            Files.copy(foreign, archive);
        }
        assertLauncherPrintsAsJavaJar("archive of another jar");
    }

    @Test
    void aCacheFolderThatCannotBeCreatedFallsBackToJavaJarSilently() throws Exception {
        Files.writeString(cache, "a file where the cache folder would be\n", StandardCharsets.UTF_8);
        assertLauncherPrintsAsJavaJar("cache folder cannot be created");
        assertLauncherPrintsAsJavaJar("cache folder cannot be created, again");
    }

    @Test
    void aCacheFolderThatCannotBeWrittenFallsBackToJavaJarSilently() throws Exception {
        Path cds = Files.createDirectories(archiveFolder());
        assumeTrue(cds.toFile().setWritable(false, false), "cannot make a folder read-only here");
        assumeTrue(!Files.isWritable(cds), "the folder stays writable (run as root): covered by the test above");
        try {
            assertLauncherPrintsAsJavaJar("read-only cache folder");
            assertEquals(List.of(), files(cds));
        } finally {
            assertTrue(cds.toFile().setWritable(true, false));
        }
    }

    /** Where the launcher keeps its archives (the lint cache of the same user cache folder is beside it). */
    private Path archiveFolder() {
        return cache.resolve("pictor/cds");
    }

    /** The archives the launcher's first runs dumped, having checked their output; skips the test when none. */
    private List<Path> firstRunArchives() throws Exception {
        assertLauncherPrintsAsJavaJar("first run (dumps)");
        List<Path> archives = files(archiveFolder());
        assumeTrue(!archives.isEmpty(), "this JDK has no base CDS archive: the launcher never dumps");
        return archives;
    }

    private void assertLauncherPrintsAsJavaJar(String state) throws Exception {
        for (int i = 0; i < commands.size(); i++) {
            List<String> command =
                    new ArrayList<>(List.of(DIST.resolve("bin/pictor").toString()));
            command.addAll(commands.get(i));
            Run launched = run(
                    shared,
                    command,
                    Map.of(
                            "XDG_CACHE_HOME",
                            cache.toString(),
                            "JAVA_HOME",
                            Path.of(System.getProperty("java.home")).toString()));
            assertEquals(expected.get(i), launched, state + ": pictor " + commands.get(i));
        }
    }

    private static Path jar() {
        return DIST.resolve("lib/pictor.jar");
    }

    private static boolean jdkHasBaseArchive() {
        return Files.isRegularFile(Path.of(System.getProperty("java.home"), "lib", "server", "classes.jsa"));
    }

    /** The files under {@code folder}, sorted; none when it is no folder. */
    private static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /**
     * Runs a process in {@code folder} without input, with {@code env} added to this one's environment less the JVM
     * option variables.
     */
    private static Run run(Path folder, List<String> command, Map<String, String> env)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(folder, "out", ".txt");
        Path err = Files.createTempFile(folder, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        // Such variables make the launcher run plain java -jar: the test would not exercise the archive.
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().remove("_JAVA_OPTIONS");
        builder.environment().remove("PICTOR_JAVA_OPTS");
        builder.environment().remove("PICTOR_CDS");
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        Run run = new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        assertFalse(run.err().contains("Exception"), () -> "a stack trace: " + run);
        return run;
    }

    private static File nullDevice() {
        return new File("/dev/null");
    }
}
