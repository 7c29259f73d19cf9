package dev.pictor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bounded reads through the command line (issue 17, point 6): a pipe or a device is answered at once, numbers that
 * would expand to millions of digits and bytes that are not UTF-8 are located findings, and nothing is written.
 */
class BoundedInputTest {

    @TempDir
    Path dir;

    @TempDir
    Path inputs;

    private static boolean mkfifo(Path path) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** A root for {@code import cloudflare}: its provider document, nothing else. */
    private Path importRoot() throws IOException {
        Path schemas = Path.of(System.getProperty("pictor.schemas", "../schemas"));
        Path root = dir.resolve("schemas");
        Files.createDirectories(root.resolve(ImportCommandTest.CF));
        Files.copy(
                schemas.resolve(ImportCommandTest.CF).resolve("provider.json"),
                root.resolve(ImportCommandTest.CF).resolve("provider.json"));
        return root;
    }

    @Test
    void lintAnswersAtOnceWhenARootHoldsAPipeNamedLikeADocument() throws Exception {
        SchemasFixture root = SchemasFixture.clean(dir);
        Map<String, String> before = root.snapshot(); // taken without the pipe: a snapshot opens every file
        Path pipe = root.path().resolve("acme/pipe.json");
        assumeTrue(mkfifo(pipe), "this test needs mkfifo");

        CliRun run = assertTimeoutPreemptively(
                Duration.ofSeconds(30), () -> CliRun.run("lint", root.arg()).assertExit(1));

        assertTrue(
                run.out().contains(root.arg() + "/acme/pipe.json:1:1: error: file.unreadable: is not a regular file"),
                run.out());
        assertEquals("", run.err());
        Files.delete(pipe);
        assertEquals(before, root.snapshot());
    }

    @Test
    void importAnswersAtOnceForAPipeWithNoWriterAndForADevice() throws Exception {
        Path root = importRoot();
        Path pipe = inputs.resolve("flux.json");
        assumeTrue(mkfifo(pipe), "this test needs mkfifo");
        Map<String, String> before = SchemasFixture.snapshot(root);
        for (String input : new String[] {pipe.toString(), "/dev/zero"}) {
            CliRun run = assertTimeoutPreemptively(
                    Duration.ofSeconds(30),
                    () -> CliRun.run(
                            "import", "cloudflare", input, "--into", root.toString(), "--doc-version", "2025-11-22"));
            assertTrue(run.exit() != 0 && run.exit() != 3, run.toString());
            assertTrue(
                    (run.out() + run.err()).contains(input + ":1:1: error: file.unreadable: is not a regular file"),
                    run.toString());
        }
        assertEquals(before, SchemasFixture.snapshot(root));
    }

    /** {@code 1e999999999} once took lint 20 s and 5.5 GB, and generate out of memory: now a finding on its line. */
    @Test
    void aHugeExponentIsALocatedFindingNotAnExpansion() {
        SchemasFixture root = SchemasFixture.clean(dir).model("big", """
                {"type": "object", "properties": {
                  "n": {"type": "number", "maximum":
                    1e999999999}
                }}""");
        Map<String, String> before = root.snapshot();

        CliRun lint = assertTimeoutPreemptively(
                Duration.ofSeconds(30), () -> CliRun.run("lint", root.arg()).assertExit(1));
        assertTrue(
                lint.out().contains(root.arg() + "/acme/big/2025-01-01.json:12:5: error: json.number-too-large: "),
                lint.out());
        CliRun generate = assertTimeoutPreemptively(
                Duration.ofSeconds(60),
                () -> CliRun.run("generate", "--out", inputs.resolve("out").toString(), root.arg()));
        assertTrue(generate.exit() == 1 || generate.exit() == 2, generate.toString());
        assertTrue(generate.out().contains("json.number-too-large"), generate.toString());
        assertEquals(before, root.snapshot());
    }

    /** 200,000 digits on line 12: located there (it was reported at 1:1). */
    @Test
    void aTwoHundredThousandDigitNumberIsLocatedOnItsLine() {
        SchemasFixture root = SchemasFixture.clean(dir)
                .model("digits", "{\"type\": \"integer\", \"maximum\":\n" + "9".repeat(200_000) + "}");

        CliRun lint = CliRun.run("lint", root.arg()).assertExit(1);

        assertTrue(
                lint.out()
                        .contains(root.arg() + "/acme/digits/2025-01-01.json:11:1: error: json.number-too-large: a"
                                + " number of 200,000 characters"),
                lint.out());
    }

    /** A byte that is not UTF-8 is located; it never becomes U+FFFD in generated code. */
    @Test
    void invalidUtf8IsALocatedFinding() throws IOException {
        SchemasFixture root = SchemasFixture.clean(dir);
        Path document = root.path().resolve("acme/m/2025-01-01.json");
        String text = Files.readString(document, StandardCharsets.UTF_8)
                .replace("\"source\": \"test\"", "\"source\": \"caf\u00e9\"");
        Files.write(document, text.getBytes(StandardCharsets.ISO_8859_1));

        CliRun lint = CliRun.run("lint", root.arg()).assertExit(1);

        assertTrue(
                lint.out().contains(root.arg() + "/acme/m/2025-01-01.json:8:15: error: file.not-utf8: byte 0xE9"),
                lint.out());
    }
}
