package dev.pictor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pictor.core.lint.LintResult;
import dev.pictor.core.model.SchemaSet;
import dev.pictor.core.report.LintReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFileTest {

    private static final LintResult EMPTY =
            new LintResult(new SchemaSet(Map.of(), List.of(), Map.of(), List.of()), List.of(), 0);

    @TempDir
    Path dir;

    @Test
    void createsTheFolderAndReplacesTheFileLeavingNoTemporaryFile() throws IOException {
        Path target = dir.resolve("a/b/lint.sarif");
        ReportFile.write(target, fixed("first ünïcode\n"), EMPTY);
        assertEquals("first ünïcode\n", Files.readString(target, StandardCharsets.UTF_8));
        ReportFile.write(target, fixed("second\n"), EMPTY);
        assertEquals("second\n", Files.readString(target, StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void theReportIsReadableByOthersLikeAnyNewFile() throws IOException {
        Path target = dir.resolve("lint.sarif");
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        ReportFile.write(target, fixed("x"), EMPTY);
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target));
        }
    }

    @Test
    void refusesADirectory() {
        IOException e = assertThrows(IOException.class, () -> ReportFile.write(dir, fixed("x"), EMPTY));
        assertEquals(dir + " is a directory", e.getMessage());
    }

    @Test
    void aFailingReportLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("lint.sarif");
        Files.writeString(target, "old");
        LintReport failing = (result, out) -> {
            throw new IllegalStateException("boom");
        };
        assertThrows(IllegalStateException.class, () -> ReportFile.write(target, failing, EMPTY));
        assertEquals("old", Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    private static LintReport fixed(String text) {
        return (result, out) -> out.append(text);
    }
}
