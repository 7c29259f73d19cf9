package dev.pictor.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void replacesTheFileLeavingNoTemporaryFile() throws IOException {
        Path target = dir.resolve("lint.sarif");
        AtomicFiles.write(target, "first ünïcode\n");
        assertEquals("first ünïcode\n", Files.readString(target, StandardCharsets.UTF_8));
        AtomicFiles.write(target, "second\n");
        assertEquals("second\n", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of(target), list(dir));
    }

    @Test
    void aNewFileIsReadableByOthersLikeAnyNewFile() throws IOException {
        Path target = dir.resolve("lint.sarif");
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        AtomicFiles.write(target, "x");
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target));
        }
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path target = Files.writeString(dir.resolve("report.txt"), "old");
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));
            AtomicFiles.write(target, "new");
            assertEquals(PosixFilePermissions.fromString("rw-rw----"), Files.getPosixFilePermissions(target));
        }
    }

    @Test
    void refusesADirectory() throws IOException {
        FileSystemException e = assertThrows(FileSystemException.class, () -> AtomicFiles.write(dir, "x"));
        assertEquals("it is a directory", AtomicFiles.reason(e));
        assertEquals(List.of(), list(dir));
    }

    @Test
    void aMissingFolderIsReportedInWords() {
        IOException e = assertThrows(
                NoSuchFileException.class, () -> AtomicFiles.write(dir.resolve("no/such/report.json"), "x"));
        assertEquals("its folder does not exist", AtomicFiles.reason(e));
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("lint.sarif"), "old");
        Path folderInTheWay = Files.createDirectory(dir.resolve("sub"));
        Files.writeString(folderInTheWay.resolve("x"), "x");
        assertThrows(IOException.class, () -> AtomicFiles.write(folderInTheWay, "new"));
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target, folderInTheWay), list(dir));
    }

    @Test
    void writeIfChangedLeavesAnEqualFileAlone() throws IOException {
        Path target = dir.resolve("a/b/C.java");
        assertTrue(AtomicFiles.writeIfChanged(target, bytes("class C {}\n")), "created, with its folders");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(target, old);
        assertFalse(AtomicFiles.writeIfChanged(target, bytes("class C {}\n")));
        assertEquals(old, Files.getLastModifiedTime(target));
        assertTrue(AtomicFiles.writeIfChanged(target, bytes("class C { }\n")));
        assertArrayEquals(bytes("class C { }\n"), Files.readAllBytes(target));
        assertEquals(List.of(target), list(target.getParent()));
    }

    @Test
    void holdsComparesBytes() throws IOException {
        Path file = Files.writeString(dir.resolve("f"), "abc");
        assertTrue(AtomicFiles.holds(file, bytes("abc")));
        assertFalse(AtomicFiles.holds(file, bytes("abd")));
        assertFalse(AtomicFiles.holds(file, bytes("abcd")));
        assertFalse(AtomicFiles.holds(dir.resolve("missing"), bytes("")));
        assertFalse(AtomicFiles.holds(dir, bytes("")));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
