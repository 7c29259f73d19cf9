package dev.pictor.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.generate.GenerateOptions;
import dev.pictor.core.generate.Generator;
import dev.pictor.core.lint.LintResult;
import dev.pictor.core.lint.Linter;
import dev.pictor.core.load.SchemaRootException;
import dev.pictor.core.testing.TestRoot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The failures {@link MutatedDocumentsTest} found, each with the smallest document that shows it: every one is now a
 * located finding (or nothing at all), never an {@code internal.failed}, and a document lint passes generates.
 */
class FuzzRegressionTest {

    @TempDir
    Path dir;

    @Test
    void anEmptySchemaKeywordInASubschemaIsAnUnknownDialectNotANetworkntFailure() {
        TestRoot root = withExample("""
                {"type": "object", "properties": {"n": {"$schema": "", "type": "integer"}}}""", "{\"n\": 1}");
        assertFinding(root, "schema.unknown-dialect", "/input/properties/n/$schema");
    }

    @Test
    void aFragmentAsSchemaKeywordIsAnUnknownDialect() {
        TestRoot root = withExample("""
                {"type": "object", "properties": {"n": {"$schema": "#", "type": "integer"}}}""", "{\"n\": 1}");
        assertFinding(root, "schema.unknown-dialect", "/input/properties/n/$schema");
    }

    /** A root with model {@code acme/m}: the input schema, and one example input that reaches into it. */
    private TestRoot withExample(String input, String example) {
        return TestRoot.create(dir)
                .model(
                        "m",
                        "text-to-image",
                        input,
                        "{\"type\": \"string\", \"contentType\": \"image/png\", \"format\": \"binary\"}",
                        "\"examples\": [{\"name\": \"e\", \"input\": " + example
                                + ", \"valid\": true, \"why\": \"reaches the node\"}]");
    }

    /** Lints the root with every rule: the finding is there, located, and nothing failed inside Pictor. */
    static LintResult assertFinding(TestRoot root, String code, String pointer) {
        LintResult lint = lint(root);
        assertTrue(
                lint.diagnostics().stream()
                        .anyMatch(d -> d.code().equals(code) && d.pointer().equals(pointer)),
                () -> "no " + code + " at " + pointer + " in " + texts(lint.diagnostics()));
        return lint;
    }

    /** Lints with every rule; asserts that no finding is internal.failed and that every one is located. */
    static LintResult lint(TestRoot root) {
        LintResult lint;
        try {
            lint = Linter.standard().lint(root.path(), List.of());
        } catch (SchemaRootException e) {
            throw new AssertionError(e);
        }
        assertContained(lint.diagnostics());
        return lint;
    }

    /** A root lint finds no ERROR in generates without one. */
    static Generator.Plan assertGenerates(TestRoot root, Path out) {
        assertFalse(lint(root).hasErrors());
        Generator.Plan plan;
        try {
            plan = Generator.standard()
                    .plan(new GenerateOptions(root.path(), out, out, null, List.of(), List.of(), List.of(), false));
        } catch (SchemaRootException e) {
            throw new AssertionError(e);
        }
        assertContained(plan.diagnostics());
        assertEquals(
                List.of(),
                plan.diagnostics().stream()
                        .filter(d -> d.severity() == Severity.ERROR)
                        .map(Diagnostic::toText)
                        .toList());
        return plan;
    }

    private static void assertContained(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            assertFalse(d.code().equals("internal.failed"), d::toText);
            assertTrue(d.location().line() >= 1 && d.location().column() >= 1, d::toText);
        }
    }

    private static String texts(List<Diagnostic> diagnostics) {
        return String.join("\n", diagnostics.stream().map(Diagnostic::toText).toList());
    }
}
