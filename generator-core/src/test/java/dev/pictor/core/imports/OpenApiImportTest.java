package dev.pictor.core.imports;

import static dev.pictor.core.imports.ImportFixture.errors;
import static dev.pictor.core.imports.ImportFixture.load;
import static dev.pictor.core.imports.ImportFixture.run;
import static dev.pictor.core.imports.ImportFixture.text;
import static dev.pictor.core.imports.ImportFixture.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.imports.OpenApiDocuments.Api;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.SchemaSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing the image operations of the OpenAPI documents of the test data. */
class OpenApiImportTest {

    @TempDir
    Path dir;

    static ImportOptions openapi(Path root, Api api, String version, String task, String model, List<String> ops) {
        return new ImportOptions(
                ImportFormat.OPENAPI,
                List.of(api.path()),
                root,
                version,
                null,
                model,
                task,
                null,
                null,
                false,
                new OpenApiSelection(api.provider(), ops, List.of(), false, api.baseUrl()));
    }

    /** Imports every image operation of {@code api} into {@code root}; the documents written. */
    static List<String> importAll(Path root, Api api, String version) {
        List<String> written = new ArrayList<>();
        ImportResult result = run(openapi(root, api, version, null, null, api.operations()));
        assertFalse(result.failed(), () -> api.file() + text(result.problems()));
        result.documents().forEach(d -> written.add(d.documentPath()));
        assertEquals(api.operations().size(), result.documents().size(), api.file());
        for (Map.Entry<String, String> e : new TreeMap<>(api.tasked()).entrySet()) {
            ImportResult one = run(openapi(root, api, version, e.getValue(), null, List.of(e.getKey())));
            assertFalse(one.failed(), () -> api.file() + " " + e.getKey() + text(one.problems()));
            one.documents().forEach(d -> written.add(d.documentPath()));
        }
        return written;
    }

    @Test
    void everyImageOperationOfTheJsonDocumentsImportsAndLoads() {
        Map<String, String> summary = new TreeMap<>();
        for (Api api : OpenApiDocuments.JSON) {
            Path root = folder(dir.resolve(api.provider()));
            List<String> written = importAll(root, api, "2026-12-01");
            assertEquals(api.operations().size() + api.tasked().size(), written.size(), api.file());
            Diagnostics diagnostics = new Diagnostics();
            SchemaSet set = load(root, diagnostics);
            assertEquals(List.of(), errors(diagnostics.sorted()), () -> api.file() + text(diagnostics.sorted()));
            assertEquals(written.size(), set.models().size(), api.file());
            for (ModelDocument m : set.models()) {
                assertTrue(m.operation().isPresent(), m.file());
                assertEquals(api.file(), m.operation().get().file());
            }
            List<Diagnostic> lint = ImportFixture.lint(root);
            summary.put(
                    api.file(),
                    written.size() + " operations; lint: " + count(lint, Severity.ERROR) + " errors, "
                            + count(lint, Severity.WARNING) + " warnings, " + count(lint, Severity.NOTE) + " notes");
        }
        summary.forEach((k, v) -> System.out.println("openapi import " + k + ": " + v));
    }

    static Path folder(Path path) {
        try {
            return java.nio.file.Files.createDirectories(path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long count(List<Diagnostic> found, Severity severity) {
        return found.stream().filter(d -> d.severity() == severity).count();
    }

    static JsonNode document(Path root, String path) {
        return tree(root.resolve(path));
    }
}
