package dev.pictor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pictor import openapi}: Stability's v1 document end to end, and what is refused. */
class ImportOpenApiCommandTest {

    @TempDir
    Path dir;

    private static Path document(String name) {
        return TestData.file("provider-data/openapi-providers/" + name);
    }

    @Test
    void importsOperationsWritesTheProviderDocumentAndComparesALaterVersion() throws IOException {
        Path root = Files.createDirectories(dir.resolve("schemas"));
        Path copy = dir.resolve("stability-v1.bundled.openapi.json");
        Files.copy(document("stability-v1.bundled.openapi.json"), copy);
        String[] first = {
            "import",
            "openapi",
            copy.toString(),
            "--into",
            root.toString(),
            "--provider",
            "stability-ai",
            "--operation",
            "textToImage",
            "POST",
            "/generation/{engine_id}/image-to-image/masking",
            "--doc-version",
            "2026-12-01"
        };
        CliRun run = CliRun.run(first).assertExit(0);
        assertEquals("", run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).contains(": note: import.provider-written: "), lines.get(0));
        assertTrue(
                lines.contains("written stability-ai/masking/2026-12-01.json (masking, from " + copy + ")"), run.out());
        assertTrue(
                lines.contains("written stability-ai/textToImage/2026-12-01.json (textToImage, from " + copy + ")"),
                run.out());
        assertTrue(lines.get(lines.size() - 1).startsWith("imported 2 models into " + root + ": 2 written"), run.out());
        assertTrue(Files.readString(root.resolve("stability-ai/provider.json"))
                .contains("\"tokenEnv\": \"STABILITY_AI_API_KEY\""));
        CliRun.run("lint", root.toString()).assertExit(0);

        CliRun again = CliRun.run(first).assertExit(0);
        assertTrue(again.out().contains("unchanged stability-ai/masking/2026-12-01.json"), again.out());

        String text = Files.readString(copy);
        String narrowed = text.replace("\"maximum\": 35", "\"maximum\": 30");
        assertFalse(text.equals(narrowed));
        Files.writeString(copy, narrowed);
        first[first.length - 1] = "2026-12-02";
        CliRun.run(first).assertExit(0);
        CliRun compat = CliRun.run("check-compat", root.toString()).assertExit(1);
        assertTrue(compat.out().contains("compat.range-narrowed"), compat.out());
    }

    @Test
    void aDocumentWithoutABaseUrlNeedsOne() throws IOException {
        Path root = Files.createDirectories(dir.resolve("schemas"));
        Path ideogram = document("ideogram.openapi.json");
        CliRun refused = CliRun.run(
                        "import",
                        "openapi",
                        ideogram.toString(),
                        "--into",
                        root.toString(),
                        "--provider",
                        "ideogram",
                        "--operation",
                        "post_generate_image_v3",
                        "--doc-version",
                        "2026-12-01")
                .assertExit(1);
        assertTrue(refused.out().contains(ideogram + ":8:14: error: import.option-needed: "), refused.out());
        assertTrue(refused.out().contains("--base-url"), refused.out());
        try (var files = Files.list(root)) {
            assertEquals(0, files.count(), "nothing written");
        }
        CliRun.run(
                        "import",
                        "openapi",
                        ideogram.toString(),
                        "--into",
                        root.toString(),
                        "--provider",
                        "ideogram",
                        "--operation",
                        "post_generate_image_v3",
                        "--doc-version",
                        "2026-12-01",
                        "--base-url",
                        "https://api.ideogram.ai")
                .assertExit(0);
        CliRun usage = CliRun.run(
                "import",
                "openapi",
                ideogram.toString(),
                "--into",
                root.toString(),
                "--provider",
                "ideogram",
                "--all",
                "--tag",
                "generate",
                "--doc-version",
                "2026-12-01");
        assertEquals(2, usage.exit(), usage.err());
        CliRun cloudflare = CliRun.run(
                "import",
                "cloudflare",
                ideogram.toString(),
                "--into",
                root.toString(),
                "--doc-version",
                "2026-12-01",
                "--all");
        assertEquals(2, cloudflare.exit(), cloudflare.err());
    }
}
