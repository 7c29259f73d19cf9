package dev.pictor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the text output looks like to a terminal, an editor and a CI annotator: every finding line is {@code
 * PATH:LINE:COL: SEVERITY: ...} with a PATH that opens the file; colour and progress only on a console.
 */
class TerminalOutputTest {

    private static final Pattern FINDING = Pattern.compile("^([^:]+):\\d+:\\d+: (error|warning|note): ");
    private static final Terminal CONSOLE = new Terminal(true, Map.of("TERM", "xterm-256color"));
    private static final String ESC = "\u001b[";

    @TempDir
    Path dir;

    private SchemasFixture errorAndWarning(String name) {
        return SchemasFixture.withError(dir.resolve(name))
                .write("acme/provider.json", SchemasFixture.PROVIDER_WITH_UNUSED_PLACEHOLDER);
    }

    /**
     * Every line but the summary (and check-compat's {@code compared ...} lines) is a finding line whose PATH names
     * the file as given on the command line.
     */
    private static int assertFindingLines(CliRun run) {
        List<String> lines = run.out().lines().toList();
        int findings = 0;
        for (String line : lines.subList(0, lines.size() - 1)) {
            if (line.startsWith("compared ")) {
                continue;
            }
            Matcher m = FINDING.matcher(line);
            assertTrue(m.find(), "not a finding line: " + line + "\n" + run.out());
            assertTrue(Files.isRegularFile(Path.of(m.group(1))), "PATH does not name the file: " + line);
            findings++;
        }
        assertFalse(run.out().contains(ESC), "no colour on a pipe: " + run.out());
        return findings;
    }

    @Test
    void everyFindingLineOfEveryCommandIsPathLineColumnSeverity() throws IOException {
        SchemasFixture lint = errorAndWarning("lint");
        assertEquals(2, assertFindingLines(CliRun.run("lint", lint.arg()).assertExit(1)));

        CliRun generate = CliRun.run("generate", "--out", dir.resolve("gen").toString(), lint.arg())
                .assertExit(1);
        assertEquals(2, assertFindingLines(generate));

        SchemasFixture compat = SchemasFixture.create(dir.resolve("compat"))
                .write(
                        "acme/m/2025-01-01.json",
                        CheckCompatCommandTest.document("2025-01-01", CheckCompatCommandTest.OPEN, ""))
                .write(
                        "acme/m/2025-02-01.json",
                        CheckCompatCommandTest.document("2025-02-01", CheckCompatCommandTest.CLOSED, ""));
        assertEquals(
                1, assertFindingLines(CliRun.run("check-compat", compat.arg()).assertExit(1)));
        CliRun files = CliRun.run(
                        "check-compat",
                        compat.arg() + "/acme/m/2025-01-01.json",
                        compat.arg() + "/acme/m/2025-02-01.json")
                .assertExit(1);
        assertEquals(1, assertFindingLines(files));
        assertTrue(files.out().contains("\n" + compat.arg() + "/acme/m/2025-02-01.json:"), files.out());

        Path request = dir.resolve("cat.json");
        Files.writeString(request, "{ \"prompt\": \"cyberpunk cat\" }\n");
        CliRun validate = CliRun.run(
                        "validate",
                        "--model",
                        "@cf/runwayml/stable-diffusion-v1-5-inpainting",
                        ValidateCommandTest.schemas(),
                        request.toString())
                .assertExit(1);
        assertEquals(2, assertFindingLines(validate));
        assertTrue(validate.out().startsWith(request + ":1:1: error: request.required: "), validate.out());
    }

    @Test
    void generateListsTheWarningsItCountsAndTheNotesOnlyWhenVerbose() {
        SchemasFixture root = SchemasFixture.clean(dir.resolve("s"))
                .write("acme/provider.json", SchemasFixture.PROVIDER_WITH_UNUSED_PLACEHOLDER);
        CliRun run = CliRun.run("generate", "--out", dir.resolve("a").toString(), root.arg())
                .assertExit(0);
        List<String> lines = run.out().lines().toList();
        assertTrue(
                lines.get(0).startsWith(root.arg() + "/acme/provider.json:")
                        && lines.get(0).contains(": warning: provider.placeholder-unused: "),
                run.out());
        assertTrue(lines.get(lines.size() - 1).startsWith("generated "), run.out());
        assertFalse(run.out().contains(": note: "), run.out());
        assertEquals(lines.size() - 1, assertFindingLines(run));
    }

    @Test
    void generateShowsItsProgressOnAConsoleOnly() {
        SchemasFixture root = SchemasFixture.clean(dir.resolve("s"))
                .model("n", "{\"type\": \"object\", \"properties\": {\"prompt\": {\"type\": \"string\"}}}");

        CliRun console = CliRun.run(
                        CONSOLE, "generate", "--out", dir.resolve("a").toString(), root.arg())
                .assertExit(0);
        assertTrue(console.err().contains("\rloaded 1/"), console.err());
        assertTrue(console.err().contains("\rgenerated 1/2 models"), console.err());
        assertTrue(console.err().contains("\rgenerated 2/2 models"), console.err());
        assertTrue(
                console.err()
                        .matches("(?s)(\\rloaded \\d+/\\d+ documents *)+(\\rgenerated \\d+/2 models *){2}\\r *\\r"),
                console.err());
        assertTrue(console.out().startsWith("generated 2 models into "), console.out());

        CliRun piped = CliRun.run("generate", "--out", dir.resolve("b").toString(), root.arg())
                .assertExit(0);
        assertEquals("", piped.err());
        assertEquals(
                console.out().replace(dir.resolve("a").toString(), "OUT").replaceAll(" in \\d+ ms", ""),
                piped.out().replace(dir.resolve("b").toString(), "OUT").replaceAll(" in \\d+ ms", ""));

        for (Map<String, String> env : List.of(Map.of("TERM", "dumb"), Map.of("NO_COLOR", "1"))) {
            CliRun plain = CliRun.run(
                            new Terminal(true, env),
                            "generate",
                            "--out",
                            dir.resolve("c").toString(),
                            root.arg())
                    .assertExit(0);
            assertEquals("", plain.err(), env::toString);
        }
    }

    @Test
    void checkCompatOverARootShowsItsProgressOnAConsoleOnly() {
        SchemasFixture root = SchemasFixture.create(dir.resolve("compat"))
                .write(
                        "acme/m/2025-01-01.json",
                        CheckCompatCommandTest.document("2025-01-01", CheckCompatCommandTest.OPEN, ""))
                .write(
                        "acme/m/2025-02-01.json",
                        CheckCompatCommandTest.document("2025-02-01", CheckCompatCommandTest.CLOSED, ""));

        CliRun console = CliRun.run(CONSOLE, "check-compat", "--color", "never", root.arg())
                .assertExit(1);
        assertTrue(console.err().matches("(?s)(\\rloaded \\d+/\\d+ documents *)+\\r *\\r"), console.err());
        CliRun piped = CliRun.run("check-compat", root.arg()).assertExit(1);
        assertEquals("", piped.err());
        assertEquals(piped.out(), console.out());
    }

    @Test
    void colourAndProgressAppearOnAConsoleOnly() {
        SchemasFixture root = errorAndWarning("s");

        CliRun console = CliRun.run(CONSOLE, "lint", root.arg()).assertExit(1);
        assertTrue(
                console.out().contains(": " + ESC + "1;31merror" + ESC + "0m: range.min-above-max: "), console.out());
        assertTrue(
                console.out().contains(": " + ESC + "1;33mwarning" + ESC + "0m: provider.placeholder-unused: "),
                console.out());
        assertTrue(console.err().contains("\rlinted 1/"), console.err());
        assertTrue(console.err().matches("(?s)(\\rlinted \\d+/\\d+ documents *)+\\r *\\r"), console.err());

        CliRun piped = CliRun.run("lint", root.arg()).assertExit(1);
        assertFalse(piped.out().contains(ESC), piped.out());
        assertEquals("", piped.err());

        for (Map<String, String> env : List.of(Map.of("TERM", "dumb"), Map.of("NO_COLOR", "1"))) {
            CliRun plain =
                    CliRun.run(new Terminal(true, env), "lint", root.arg()).assertExit(1);
            assertFalse(plain.out().contains(ESC), plain.out());
            assertEquals("", plain.err(), env::toString);
        }

        assertTrue(CliRun.run("lint", "--color", "always", root.arg()).out().contains(ESC + "1;31merror"));
        assertFalse(CliRun.run(CONSOLE, "lint", "--color", "never", root.arg())
                .out()
                .contains(ESC));
        CliRun.run("lint", "--color", "sometimes", root.arg()).assertUsageError();
    }
}
