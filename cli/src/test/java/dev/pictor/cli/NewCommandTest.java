package dev.pictor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pictor new}: the skeleton it writes lints without errors, and it never overwrites a file. */
class NewCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesASkeletonThatLintsWithoutErrors() throws IOException {
        Path root = dir.resolve("schemas");
        CliRun run = CliRun.run(
                "new",
                "--provider",
                "acme-ai",
                "--model",
                "@cf/acme/painter-1",
                "--task",
                "text-to-image",
                "--doc-version",
                "2025-01-02",
                root.toString());
        run.assertExit(PictorCli.EXIT_OK);
        assertTrue(run.out().contains("acme-ai/provider.json (fill in"), run.out());
        assertTrue(run.out().contains("acme-ai/acme/painter-1/2025-01-02.json"), run.out());
        Path document = root.resolve("acme-ai/acme/painter-1/2025-01-02.json");
        String text = Files.readString(document, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"$schema\": \"../../../.pictor/model-document.editor.schema.json\""), text);
        assertTrue(text.contains("\"origin\": \"authored\""), text);
        assertTrue(Files.isRegularFile(root.resolve("acme-ai/acme/painter-1")
                .resolve("../../../.pictor/model-document.editor.schema.json")
                .normalize()));
        assertTrue(Files.isRegularFile(root.resolve("acme-ai/provider.json")));

        CliRun lint = CliRun.run("lint", root.toString());
        assertEquals(PictorCli.EXIT_OK, lint.exit(), lint.toString());
        assertTrue(lint.out().contains("1 model, 1 provider: 0 errors"), lint.out());

        CliRun second = CliRun.run(
                "new",
                "--provider",
                "acme-ai",
                "--model",
                "acme/other",
                "--doc-version",
                "2025-01-02",
                root.toString());
        second.assertExit(PictorCli.EXIT_OK);
        assertFalse(second.out().contains("provider.json"), "the provider document is kept: " + second.out());
        CliRun both = CliRun.run("lint", root.toString());
        assertTrue(both.out().contains("2 models, 1 provider: 0 errors"), both.out());
    }

    @Test
    void neverOverwritesAnExistingDocument() throws IOException {
        Path root = dir.resolve("schemas");
        String[] args = {
            "new", "--provider", "acme", "--model", "acme/painter", "--doc-version", "2025-01-02", root.toString()
        };
        CliRun.run(args).assertExit(PictorCli.EXIT_OK);
        Path document = root.resolve("acme/acme/painter/2025-01-02.json");
        Files.writeString(document, "edited", StandardCharsets.UTF_8);
        CliRun again = CliRun.run(args).assertUsageError();
        assertTrue(again.err().contains("exists; 'pictor new' never overwrites"), again.err());
        assertEquals("edited", Files.readString(document, StandardCharsets.UTF_8));
    }

    @Test
    void refusesBadIds() {
        CliRun.run("new", "--provider", "Acme", "--model", "m", dir.toString()).assertUsageError();
        CliRun.run("new", "--provider", "acme", "--model", "../m", dir.toString())
                .assertUsageError();
        CliRun.run("new", "--provider", "acme", "--model", "m", "--doc-version", "2025-13-01", dir.toString())
                .assertUsageError();
    }
}
