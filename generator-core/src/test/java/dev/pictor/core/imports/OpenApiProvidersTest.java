package dev.pictor.core.imports;

import static dev.pictor.core.imports.ImportFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.generate.GenerateOptions;
import dev.pictor.core.generate.GenerateResult;
import dev.pictor.core.generate.Generator;
import dev.pictor.core.imports.OpenApiDocuments.Api;
import dev.pictor.core.testing.CompilerHarness;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every image operation of each of the eight APIs, end to end: imported (the import's own findings and its lint of
 * the OpenAPI file located there), linted as model documents (every finding located), generated, and compiled with
 * {@code -Xlint:all -Werror -Xdoclint:all}. Writes the README's table per API to
 * {@code target/openapi-providers/summary.md}, and every finding behind it to {@code details.txt} beside it.
 */
class OpenApiProvidersTest {

    @TempDir
    Path dir;

    @Test
    void everyImageOperationOfEachApiImportsLintsGeneratesAndCompiles() throws Exception {
        List<String> rows = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (Api api : OpenApiDocuments.APIS) {
            Path root = OpenApiImportTest.folder(dir.resolve(api.provider()).resolve("schemas"));
            List<Diagnostic> atImport = new ArrayList<>();
            List<String> written = new ArrayList<>();
            importAll(root, api, atImport, written);
            assertEquals(api.operations().size() + api.tasked().size(), written.size(), api.file());
            atImport.forEach(d -> assertLocated(d, api.file()));

            List<Diagnostic> lint = ImportFixture.lint(root);
            lint.forEach(d -> assertLocated(d, api.provider() + "/"));
            assertEquals(List.of(), ImportFixture.errors(lint), () -> api.file() + text(lint));

            Path out = dir.resolve(api.provider()).resolve("out");
            GenerateResult generated =
                    Generator.standard().run(GenerateOptions.of(root, out.resolve("java"), out.resolve("resources")));
            assertFalse(generated.failed(), () -> api.file() + text(generated.diagnostics()));
            assertEquals(written.size(), generated.models(), api.file());
            CompilerHarness.compileTree(out.resolve("java"));

            rows.add(row(api, written.size(), atImport, lint));
            atImport.forEach(d -> details.add(d.toText()));
            lint.forEach(d -> details.add(d.toText()));
        }
        Path summary = Path.of("target", "openapi-providers", "summary.md");
        Files.createDirectories(summary.getParent());
        Files.writeString(summary, table(rows), StandardCharsets.UTF_8);
        Files.writeString(
                summary.resolveSibling("details.txt"), String.join("\n", details) + "\n", StandardCharsets.UTF_8);
    }

    /** Imports the operations whose task is inferred in one run, each of the others with its task. */
    private static void importAll(Path root, Api api, List<Diagnostic> atImport, List<String> written) {
        List<ImportOptions> runs = new ArrayList<>();
        runs.add(OpenApiImportTest.openapi(root, api, "2026-12-07", null, null, api.operations()));
        new TreeMap<>(api.tasked())
                .forEach((op, task) ->
                        runs.add(OpenApiImportTest.openapi(root, api, "2026-12-07", task, null, List.of(op))));
        for (ImportOptions options : runs) {
            ImportResult result = ImportFixture.run(options);
            assertFalse(result.failed(), () -> api.file() + text(result.problems()));
            atImport.addAll(result.problems());
            result.documents().forEach(d -> written.add(d.documentPath()));
        }
    }

    private static void assertLocated(Diagnostic d, String fileStart) {
        assertTrue(
                d.location().file().contains(fileStart)
                        && d.location().line() >= 1
                        && d.location().column() >= 1,
                () -> "not located in " + fileStart + ": " + d.toText());
    }

    private static String row(Api api, int operations, List<Diagnostic> atImport, List<Diagnostic> lint) {
        List<Diagnostic> inOpenApi =
                atImport.stream().filter(d -> d.code().startsWith("openapi.")).toList();
        List<Diagnostic> importNotes = atImport.stream()
                .filter(d -> d.code().startsWith("import.") && !d.code().equals("import.provider-written"))
                .toList();
        return "| " + api.provider() + " | `" + api.file() + "` | " + operations + " | " + counts(inOpenApi) + " | "
                + counts(lint) + " | " + byCode(importNotes) + " |";
    }

    private static String counts(List<Diagnostic> found) {
        return count(found, Severity.ERROR) + " / " + count(found, Severity.WARNING) + " / "
                + count(found, Severity.NOTE);
    }

    private static long count(List<Diagnostic> found, Severity severity) {
        return found.stream().filter(d -> d.severity() == severity).count();
    }

    /** The codes of {@code found} with their counts, {@code none} when empty. */
    private static String byCode(List<Diagnostic> found) {
        Map<String, Long> codes =
                found.stream().collect(Collectors.groupingBy(Diagnostic::code, TreeMap::new, Collectors.counting()));
        return codes.isEmpty()
                ? "none"
                : codes.entrySet().stream()
                        .map(e -> String.format(Locale.ROOT, "`%s` %d", e.getKey(), e.getValue()))
                        .collect(Collectors.joining(", "));
    }

    private static String table(List<String> rows) throws IOException {
        return "| API | document | operations | OpenAPI file: E / W / N | model documents: E / W / N | import notes |\n"
                + "|---|---|---|---|---|---|\n" + String.join("\n", rows) + "\n";
    }
}
