package dev.pictor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.testing.SarifSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {

    @TempDir
    Path dir;

    @TempDir
    Path outDir;

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheReportToTheFileAndTheSummaryToStdout() throws IOException {
        SchemasFixture root = SchemasFixture.withError(dir);
        Map<String, String> before = root.snapshot();
        Path report = outDir.resolve("pictor.sarif");
        CliRun run = CliRun.run("lint", "--format", "sarif", "--output", report.toString(), root.arg())
                .assertExit(1);
        assertTrue(run.out().startsWith("wrote " + report + ": 1 model, 1 provider: 1 error, "), run.out());
        assertEquals(1, run.out().lines().count(), run.out());
        assertEquals("", run.err());
        String written = Files.readString(report, StandardCharsets.UTF_8);
        assertEquals(CliRun.run("lint", "--format", "sarif", root.arg()).out(), written);
        assertEquals(List.of(), SarifSchema.violations(written));
        assertEquals(List.of("pictor.sarif"), names(outDir), "no temporary file is left behind");
        assertEquals(before, root.snapshot());
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        SchemasFixture root = SchemasFixture.clean(dir);
        Path report = outDir.resolve("report.txt");
        Files.writeString(report, "old content that is longer than the new report, by quite a margin\n".repeat(10));
        CliRun.run("lint", "-o", report.toString(), root.arg()).assertExit(0);
        assertEquals(CliRun.run("lint", root.arg()).out(), Files.readString(report));
        assertEquals(List.of("report.txt"), names(outDir));
    }

    @Test
    void missingFoldersAreCreated() throws IOException {
        SchemasFixture root = SchemasFixture.clean(dir);
        Path report = outDir.resolve("no/such/report.json");
        CliRun.run("lint", "--format", "json", "-o", report.toString(), root.arg())
                .assertExit(0);
        assertEquals(CliRun.run("lint", "--format", "json", root.arg()).out(), Files.readString(report));
    }

    @Test
    void aFileWhereAFolderShouldBeIsAUsageError() throws IOException {
        SchemasFixture root = SchemasFixture.clean(dir);
        Files.writeString(outDir.resolve("file"), "x");
        CliRun run = CliRun.run("lint", "-o", outDir.resolve("file/report.json").toString(), root.arg())
                .assertUsageError();
        assertTrue(run.err().startsWith("pictor: cannot write "), run.err());
    }

    @Test
    void aDirectoryIsNotOverwritten() throws IOException {
        SchemasFixture root = SchemasFixture.clean(dir);
        Path folder = Files.createDirectory(outDir.resolve("reports"));
        CliRun.run("lint", "-o", folder.toString(), root.arg()).assertUsageError();
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void neverWritesInsideTheSchemasRoot() {
        SchemasFixture root = SchemasFixture.clean(dir);
        Map<String, String> before = root.snapshot();
        CliRun run = CliRun.run(
                        "lint", "-o", dir.resolve("acme/m/2025-01-01.json").toString(), root.arg())
                .assertUsageError();
        assertTrue(run.err().contains("inside the schemas root"), run.err());
        CliRun.run("lint", "-o", dir.resolve("report.json").toString(), root.arg())
                .assertUsageError();
        assertEquals(before, root.snapshot());
    }
}
