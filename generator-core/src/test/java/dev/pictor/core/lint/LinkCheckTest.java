package dev.pictor.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.generate.GenerateOptions;
import dev.pictor.core.generate.Generator;
import dev.pictor.core.testing.TestRoot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lint reports what generate would refuse (issue 17: documents that lint clean and that generate refuses). */
class LinkCheckTest {

    @TempDir
    Path dir;

    @Test
    void lintReportsTheRefusalsOfGenerate() throws Exception {
        TestRoot root = TestRoot.create(dir).model("m", """
                {"type": "object", "properties": {
                  "---": {"type": "string"},
                  "foo-bar": {"type": "string"},
                  "foo_bar": {"type": "string"}
                }}""");
        List<String> lint =
                errors(Linter.standard().lint(root.path(), List.of()).diagnostics());
        assertEquals(
                List.of(
                        "acme/m/2025-01-01.json:11:10: generate.name-empty: /input/properties/---",
                        "acme/m/2025-01-01.json:13:14: generate.name-collision: /input/properties/foo_bar"),
                lint);
        Path out = dir.resolve("out");
        Generator.Plan plan = Generator.standard().plan(GenerateOptions.of(root.path(), out, out));
        assertEquals(lint, errors(plan.diagnostics()));
    }

    @Test
    void aDocumentThatLintsCleanGenerates() throws Exception {
        TestRoot root = TestRoot.create(dir).model("m", """
                {"type": "object", "properties": {"foo-bar": {"type": "string"}}}""");
        assertEquals(
                List.of(), errors(Linter.standard().lint(root.path(), List.of()).diagnostics()));
        Path out = dir.resolve("out");
        assertFalse(Generator.standard()
                .plan(GenerateOptions.of(root.path(), out, out))
                .failed());
    }

    private static List<String> errors(List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                .filter(d -> d.severity() == Severity.ERROR)
                .map(d -> d.location() + ": " + d.code() + ": " + d.pointer())
                .toList();
    }
}
