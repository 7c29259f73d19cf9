package dev.pictor.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.pictor.core.load.SchemaRootException;
import dev.pictor.core.testing.TestRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output of a run is the old one or the new one, never a mix, and only where it belongs: a run that fails writes
 * nothing, no write goes through a link out of the output folder, and what a killed run left is finished or removed
 * by the next run.
 */
class OutputSwitchTest {

    private static final String PAINT_FOLDER = GeneratorTest.PACKAGE + "paint";

    @TempDir
    Path schemas;

    @TempDir
    Path out;

    @TempDir
    Path outside;

    private void root(String description) {
        TestRoot.create(schemas)
                .model("paint", GeneratorTest.PAINT.replace("What to paint", description))
                .model("sketch", "{\"type\": \"object\", \"properties\": {\"prompt\": {\"type\": \"string\"}}}");
    }

    private GenerateOptions options() {
        return GenerateOptions.of(schemas, out.resolve("java"), out.resolve("resources"));
    }

    private static GenerateResult run(GenerateOptions options) throws GenerateException {
        try {
            return Generator.standard().run(options);
        } catch (SchemaRootException e) {
            throw new AssertionError(e);
        }
    }

    /** Every name directly in {@code folder}, sorted. */
    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void resourcesOnAFileWriteNothing() throws Exception {
        root("What to paint");
        Path file = Files.writeString(out.resolve("resources"), "a file");
        GenerateException e = assertThrows(GenerateException.class, () -> run(options()));
        assertEquals("cannot generate into " + file + ": it is a file, not a folder", e.getMessage());
        assertEquals(List.of("resources"), names(out), "no sources, no manifest");
    }

    @Test
    void aBasePackageTooLongForTheFileSystemWritesNothing() throws Exception {
        root("What to paint");
        String segment = "p".repeat(300);
        GenerateOptions options = new GenerateOptions(
                schemas,
                out.resolve("java"),
                out.resolve("resources"),
                "com." + segment,
                List.of(),
                List.of(),
                List.of(),
                false);
        GenerateException e = assertThrows(GenerateException.class, () -> run(options));
        assertTrue(e.getMessage().startsWith("cannot write " + out.resolve("java/com/" + segment)), e.getMessage());
        assertTrue(e.getMessage().endsWith(": File name too long"), e.getMessage());
        assertEquals(List.of(), names(out), "no folder, no manifest, nothing staged");
    }

    @Test
    void aPackageFolderLinkedOutOfTheOutputIsRefusedAndNothingIsWrittenThere() throws Exception {
        root("What to paint");
        run(options());
        Path packageFolder = out.resolve("java").resolve(PAINT_FOLDER);
        Path moved = Files.move(packageFolder, outside.resolve("paint"));
        Files.createSymbolicLink(packageFolder, outside.resolve("elsewhere"));
        Files.createDirectory(outside.resolve("elsewhere"));
        GeneratorTest.ageEveryFile(out);
        Map<String, String> before = GeneratorTest.snapshot(out);
        root("What to paint, in words");
        GenerateException e = assertThrows(GenerateException.class, () -> run(options()));
        assertEquals(
                "cannot write " + packageFolder.resolve("v2025_01_01/PaintAdapter.java") + ": " + packageFolder
                        + " is a symbolic link, and Pictor never writes through a link in its output folder; replace"
                        + " the link with a folder, or remove it",
                e.getMessage());
        assertEquals(List.of(), names(outside.resolve("elsewhere")));
        assertEquals(before, GeneratorTest.snapshot(out));
        assertTrue(Files.isSymbolicLink(packageFolder));
        assertEquals(List.of("java", "resources"), names(out));
        assertTrue(Files.isDirectory(moved));
    }

    @Test
    void aUsersLinkElsewhereInTheOutputIsKeptAsALinkAndNotFollowed() throws Exception {
        root("What to paint");
        run(options());
        Path notes = Files.createDirectory(outside.resolve("notes"));
        Path link = Files.createSymbolicLink(out.resolve("java/notes"), notes);
        root("What to paint, in words");
        assertEquals(1, run(options()).written());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(notes, Files.readSymbolicLink(link));
        assertEquals(List.of(), names(notes));
    }

    @Test
    void aServicesFileThatCannotBeWrittenWritesNothing() throws Exception {
        root("What to paint");
        run(options());
        Path services = out.resolve("resources").resolve(Generator.SERVICES_FILE);
        Files.delete(services);
        Files.createDirectory(services);
        GeneratorTest.ageEveryFile(out);
        Map<String, String> before = GeneratorTest.snapshot(out);
        root("What to paint, in words");
        GenerateException e = assertThrows(GenerateException.class, () -> run(options()));
        assertEquals("cannot write " + services + ": it is a directory", e.getMessage());
        assertEquals(before, GeneratorTest.snapshot(out), "no source written, no manifest changed");
        assertEquals(List.of("java", "resources"), names(out));
    }

    @Test
    void aReadOnlyServicesFolderWritesNothing() throws Exception {
        root("What to paint");
        run(options());
        Path folder = out.resolve("resources/META-INF/services");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(folder), "a read-only folder is writable for this user (root)");
            GeneratorTest.ageEveryFile(out);
            Map<String, String> before = GeneratorTest.snapshot(out);
            root("What to paint, in words");
            GenerateException e = assertThrows(GenerateException.class, () -> run(options()));
            assertTrue(e.getMessage().contains("the folder " + folder + " is read-only"), e.getMessage());
            assertEquals(before, GeneratorTest.snapshot(out));
            assertEquals(List.of("java", "resources"), names(out));
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aKilledRunsTemporaryFilesAreRemovedAndUnchangedFilesStayUntouched() throws Exception {
        root("What to paint");
        run(options());
        Path java = out.resolve("java");
        Files.writeString(java.resolve(PAINT_FOLDER + "/v2025_01_01/.PaintRequest.java.0123456789abcdef.tmp"), "half");
        Files.createDirectories(out.resolve(".java.pictor-staged/dev"));
        Files.writeString(out.resolve("..java.pictor-switch.0123456789abcdef.tmp"), "half a marker");
        Path mine = Files.writeString(java.resolve("mine.tmp"), "a user's file");
        GeneratorTest.ageEveryFile(out);
        Map<String, String> before = GeneratorTest.snapshot(java);
        GenerateResult next = run(options());
        assertEquals(0, next.written(), next::summary);
        assertEquals(List.of("java", "resources"), names(out));
        Map<String, String> after = GeneratorTest.snapshot(java);
        before.remove(PAINT_FOLDER + "/v2025_01_01/.PaintRequest.java.0123456789abcdef.tmp");
        assertEquals(before, after, "the same bytes and modification times, the temporary file gone");
        assertTrue(Files.exists(mine));
    }

    @Test
    void aSwitchKilledBetweenItsRenamesIsFinishedByTheNextRun() throws Exception {
        root("What to paint, in words");
        Path newOutput = outside.resolve("java");
        run(GenerateOptions.of(schemas, newOutput, newOutput));
        Map<String, String> expected = GeneratorTest.snapshot(newOutput);
        root("What to paint");
        Path java = out.resolve("java");
        run(GenerateOptions.of(schemas, java, java));
        // The state a switch leaves when killed between its two renames: the old folder aside, the new one staged.
        Files.move(newOutput, out.resolve(".java.pictor-staged"));
        Files.move(java, out.resolve(".java.pictor-old"));
        Files.writeString(
                out.resolve(".java.pictor-switch"),
                "# marker\n" + out.toRealPath().resolve("java") + "\n");
        root("What to paint, in words");
        GenerateResult next = run(GenerateOptions.of(schemas, java, java));
        assertEquals(0, next.written() + next.deleted(), next::summary);
        assertEquals(expected, GeneratorTest.snapshot(java));
        assertEquals(List.of("java"), names(out));
    }

    @Test
    void aRunKilledBeforeItsSwitchLeavesTheOldOutputAndTheNextRunRemovesTheStagedOne() throws Exception {
        root("What to paint");
        run(options());
        GeneratorTest.ageEveryFile(out);
        Map<String, String> before = GeneratorTest.snapshot(out.resolve("java"));
        Files.createDirectories(out.resolve(".java.pictor-staged/dev/pictor"));
        Files.writeString(out.resolve(".java.pictor-staged/dev/pictor/Half.java"), "half");
        GenerateResult next = run(options());
        assertEquals(0, next.written(), next::summary);
        assertEquals(before, GeneratorTest.snapshot(out.resolve("java")), "no change: not even a switch");
        assertEquals(List.of("java", "resources"), names(out));
    }

    @Test
    void nestedOutputFoldersAreRefused() throws Exception {
        root("What to paint");
        Path java = out.resolve("java");
        GenerateException e = assertThrows(
                GenerateException.class, () -> run(GenerateOptions.of(schemas, java, java.resolve("res"))));
        assertTrue(e.getMessage().contains("which is inside the other output folder"), e.getMessage());
        assertFalse(Files.exists(java));
    }
}
