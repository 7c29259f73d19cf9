package dev.pictor.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.InternalFailure;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.testing.TestRoot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failure of Pictor itself on one document (issue 17) is an {@code internal.failed} ERROR on that document, with the
 * exception's class and message, and every other document is still linted.
 */
class ContainmentTest {

    private static final int DOCUMENTS = 500;

    @TempDir
    Path dir;

    /** 500 models, each with one range.min-above-max ERROR. */
    private TestRoot root() {
        TestRoot root = TestRoot.create(dir);
        for (int i = 0; i < DOCUMENTS; i++) {
            root.model(
                    String.format(java.util.Locale.ROOT, "m%03d", i),
                    "{\"type\": \"object\", \"properties\": {\"h\": {\"type\": \"integer\", \"minimum\": 9,"
                            + " \"maximum\": 3}}}");
        }
        return root;
    }

    /** A rule that throws on model m137 and reports nothing elsewhere. */
    private static final class FailingRule extends ModelRule {

        private final Throwable thrown;

        FailingRule(Throwable thrown) {
            this.thrown = thrown;
        }

        @Override
        public RuleInfo info() {
            return new RuleInfo("test.failing", Severity.WARNING, "fails on m137");
        }

        @Override
        protected void check(ModelDocument model, LintContext context, Findings findings) {
            if (model.model().equals("m137")) {
                if (thrown instanceof RuntimeException e) {
                    throw e;
                }
                throw (Error) thrown;
            }
        }
    }

    @Test
    void aRuleThatFailsOnOneDocumentOf500IsAnErrorThereAndTheOther499AreLinted() throws Exception {
        TestRoot root = root();
        List<LintRule> rules = new ArrayList<>(Rules.all());
        rules.add(2, new FailingRule(new IllegalStateException("boom")));
        LintResult result = new Linter(rules).lint(root.path(), List.of());
        List<Diagnostic> failed = result.diagnostics().stream()
                .filter(d -> d.code().equals(InternalFailure.CODE))
                .toList();
        assertEquals(
                List.of("acme/m137/2025-01-01.json:1:1: error: internal.failed: rule test.failing failed on this"
                        + " document: java.lang.IllegalStateException: boom (hint: this is a bug in Pictor; please"
                        + " report it with this document (the debug output has the stack trace); the other"
                        + " documents were processed)"),
                failed.stream().map(Diagnostic::toText).toList());
        assertEquals(
                DOCUMENTS,
                result.diagnostics().stream()
                        .filter(d -> d.code().equals("range.min-above-max"))
                        .map(d -> d.location().file())
                        .distinct()
                        .count());
        assertEquals(1, result.failures().size());
        assertTrue(result.failures().get(0).trace().contains("at dev.pictor.core.lint.ContainmentTest"));
    }

    @Test
    void aStackOverflowOnOneDocumentIsContainedToo() throws Exception {
        TestRoot root = root();
        List<LintRule> rules = new ArrayList<>(Rules.all());
        rules.add(new FailingRule(new StackOverflowError()));
        LintResult result = new Linter(rules).lint(root.path(), List.of());
        assertEquals(
                List.of("acme/m137/2025-01-01.json"),
                result.diagnostics().stream()
                        .filter(d -> d.code().equals(InternalFailure.CODE))
                        .map(d -> d.location().file())
                        .toList());
        assertTrue(result.diagnostics().stream()
                .anyMatch(d ->
                        d.code().equals(InternalFailure.CODE) && d.message().contains("java.lang.StackOverflowError")));
        assertEquals(
                DOCUMENTS,
                result.diagnostics().stream()
                        .filter(d -> d.code().equals("range.min-above-max"))
                        .count());
    }

    @Test
    void aRuleThatFailsWithNoDocumentFailsTheRun() {
        TestRoot root = TestRoot.create(dir);
        LintRule failing = new LintRule() {
            @Override
            public RuleInfo info() {
                return new RuleInfo("test.failing", Severity.WARNING, "fails on any set");
            }

            @Override
            public void check(LintContext context, Findings findings) {
                throw new IllegalStateException("outside any document");
            }
        };
        assertThrows(IllegalStateException.class, () -> new Linter(List.of(failing)).lint(root.path(), List.of()));
    }
}
