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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken inputs: each gives a finding or a one-line usage error, never a stack trace, an
 * {@code OutOfMemoryError} or a {@code StackOverflowError} (exit 3), and no input file is touched.
 */
class BadInputTest {

    @TempDir
    Path dir;

    @Test
    void aMissingDirectoryIsAUsageError() {
        CliRun run = CliRun.run("lint", dir.resolve("nope").toString()).assertUsageError();
        assertTrue(run.err().contains("does not exist"), run.err());
        assertEquals(
                Map.of("", "dir"),
                SchemasFixture.snapshot(dir).entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                e -> e.getKey().replace("/", ""), Map.Entry::getValue)));
    }

    @Test
    void aRegularFileAsTheRootIsAUsageError() throws IOException {
        Path file = dir.resolve("schemas.json");
        Files.writeString(file, "{}", StandardCharsets.UTF_8);
        Map<String, String> before = SchemasFixture.snapshot(dir);
        CliRun run = CliRun.run("lint", file.toString()).assertUsageError();
        assertTrue(run.err().contains("is not a directory"), run.err());
        assertEquals(before, SchemasFixture.snapshot(dir));
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        SchemasFixture root = SchemasFixture.clean(dir);
        Map<String, String> before = root.snapshot();
        CliRun run = CliRun.run("lint", "--bogus", root.arg()).assertUsageError();
        assertTrue(run.err().contains("--bogus"), run.err());
        CliRun.run("lint").assertUsageError();
        CliRun.run("frobnicate", root.arg()).assertUsageError();
        CliRun.run("lint", root.arg(), "extra").assertUsageError();
        CliRun.run("lint", "--output").assertUsageError();
        CliRun.run("lint", "bad\u0000path").assertUsageError();
        assertEquals(before, root.snapshot());
    }

    @Test
    void malformedJsonIsALocatedFinding() {
        SchemasFixture root = SchemasFixture.clean(dir)
                .write("acme/broken/2025-01-01.json", "{\"provider\": \"acme\",\n  \"model\": }\n");
        Map<String, String> before = root.snapshot();
        CliRun run = CliRun.run("lint", root.arg()).assertExit(1);
        assertTrue(
                run.out()
                        .lines()
                        .anyMatch(l -> l.startsWith(
                                root.arg() + "/acme/broken/2025-01-01.json:2:12: error: json.malformed: ")),
                run.out());
        assertEquals("", run.err());
        assertEquals(before, root.snapshot());
    }

    @Test
    void anEmptyDirectoryIsTheRootEmptyFinding() {
        Map<String, String> before = SchemasFixture.snapshot(dir);
        CliRun run = CliRun.run("lint", dir.toString()).assertExit(1);
        assertTrue(
                run.out().startsWith(dir.resolve("").toString()) && run.out().contains(": error: root.empty: "),
                run.out());
        assertTrue(run.out().endsWith("0 models, 0 providers: 1 error, 0 warnings, 0 notes\n"), run.out());
        assertEquals("", run.err());
        assertEquals(before, SchemasFixture.snapshot(dir));
    }

    @Test
    void a50MegabyteFileIsRefusedNotRead() {
        SchemasFixture root = SchemasFixture.clean(dir).large("acme/big/2025-01-01.json", 50L * 1024 * 1024);
        Map<String, String> before = root.snapshot();
        CliRun run = CliRun.run("lint", "--format", "sarif", root.arg()).assertExit(1);
        assertTrue(run.out().contains("\"ruleId\": \"file.too-large\""), run.out());
        assertTrue(run.out().contains("\"uri\": \"acme/big/2025-01-01.json\""), run.out());
        CliRun text = CliRun.run("lint", root.arg()).assertExit(1);
        assertTrue(
                text.out()
                        .lines()
                        .anyMatch(l ->
                                l.startsWith(root.arg() + "/acme/big/2025-01-01.json:1:1: error: file.too-large: ")),
                text.out());
        assertEquals("", text.err());
        assertEquals(before, root.snapshot());
    }

    @Test
    void aDocumentNested10000LevelsDeepIsTooDeepNotAStackOverflow() {
        int depth = 10_000;
        String arrays = "[".repeat(depth) + "]".repeat(depth);
        String objects =
                "{\"provider\": \"acme\", \"input\": " + "{\"a\": ".repeat(depth) + "1" + "}".repeat(depth) + "}";
        SchemasFixture root = SchemasFixture.clean(dir)
                .write("acme/arrays/2025-01-01.json", arrays)
                .write("acme/objects/2025-01-01.json", objects);
        Map<String, String> before = root.snapshot();
        CliRun run = CliRun.run("lint", root.arg()).assertExit(1);
        assertTrue(run.out().contains(root.arg() + "/acme/arrays/2025-01-01.json:1:"), run.out());
        assertTrue(
                run.out().contains(root.arg() + "/acme/objects/2025-01-01.json:1:")
                        && run.out().contains(": error: json.too-deep: "),
                run.out());
        assertEquals("", run.err());
        assertEquals(before, root.snapshot());
    }

    @Test
    void everyBadInputTogetherIsStillOneReport() {
        SchemasFixture root = SchemasFixture.withError(dir)
                .write("acme/broken/2025-01-01.json", "{")
                .write("acme/empty/2025-01-01.json", "")
                .write("acme/deep/2025-01-01.json", "[".repeat(10_000))
                .write("acme/binary/2025-01-01.json", "\u0000\u00ff\ufffe garbage")
                .large("acme/big/2025-01-01.json", 50L * 1024 * 1024);
        Map<String, String> before = root.snapshot();
        for (String format : new String[] {"text", "json", "sarif"}) {
            CliRun run = CliRun.run("lint", "--format", format, root.arg()).assertExit(1);
            assertEquals("", run.err());
            if (format.equals("sarif")) {
                assertEquals(java.util.List.of(), SarifSchema.violations(run.out()));
            }
        }
        assertEquals(before, root.snapshot());
    }

    @Test
    void oneBrokenDocumentOf500IsReportedWithTheFindingsOfTheOther499() {
        SchemasFixture root = SchemasFixture.create(dir.resolve("schemas"));
        for (int i = 0; i < 500; i++) {
            root.model(
                    String.format(java.util.Locale.ROOT, "m%03d", i),
                    "{\"type\": \"object\", \"properties\": {\n"
                            + "  \"height\": {\"type\": \"integer\", \"minimum\": 4096, \"maximum\": 2048}\n}}");
        }
        // a $ref to itself that an example reaches: the reference validator overflowed its stack (exit 3)
        root.write("acme/m250/2025-01-01.json", """
                {"provider": "acme", "model": "m250", "version": "2025-01-01", "snapshot": "2025-01-01",
                 "task": "text-to-image", "origin": "published", "source": "test",
                 "dialect": "https://json-schema.org/draft/2020-12/schema",
                 "input": {"type": "object", "properties": {"a": {"$ref": "#/properties/a"}}},
                 "output": {"type": "string", "contentType": "image/png", "format": "binary"},
                 "examples": [{"name": "x", "input": {"a": 1}, "valid": true}]}
                """);
        CliRun run = CliRun.run("lint", root.arg()).assertExit(PictorCli.EXIT_FINDINGS);
        assertEquals("", run.err());
        String broken = root.arg() + "/acme/m250/2025-01-01.json:";
        assertEquals(
                List.of(broken + "4:50: error: ref.loop"),
                run.out()
                        .lines()
                        .filter(l -> l.startsWith(broken))
                        .map(l -> l.substring(0, l.indexOf(": #")))
                        .toList());
        assertEquals(
                499,
                run.out()
                        .lines()
                        .filter(l -> l.contains(": error: range.min-above-max: "))
                        .count());
        CliRun generate = CliRun.run("generate", "--out", dir.resolve("out").toString(), root.arg())
                .assertExit(PictorCli.EXIT_FINDINGS);
        assertTrue(generate.out().contains(broken + "4:50: error: ref.loop: "), generate.out());
    }

    @Test
    void aBackslashInAFileOrFolderNameIsAFinding() {
        SchemasFixture root = SchemasFixture.clean(dir.resolve("schemas"))
                .write("acme/we\\ird/2025-01-01.json", "{}")
                .write("acme/m/2025-01-02\\x.json", "{}");
        CliRun run = CliRun.run("lint", root.arg()).assertExit(PictorCli.EXIT_FINDINGS);
        assertEquals(
                List.of(
                        root.arg() + "/acme/m/2025-01-02%5Cx.json:1:1: error: file.backslash-name",
                        root.arg() + "/acme/we%5Cird:1:1: error: file.backslash-name"),
                run.out()
                        .lines()
                        .filter(l -> l.contains(": error: "))
                        .map(l -> l.substring(0, l.indexOf(": the ")))
                        .toList());
        CliRun.run("generate", "--out", dir.resolve("out").toString(), root.arg())
                .assertExit(PictorCli.EXIT_FINDINGS);
    }
}
