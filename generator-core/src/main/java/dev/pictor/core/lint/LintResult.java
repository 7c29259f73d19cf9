package dev.pictor.core.lint;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.InternalFailure;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.model.SchemaSet;
import java.util.List;

/**
 * The outcome of a lint run: every finding, sorted, after severity overrides and suppressions.
 *
 * @param suppressed how many findings a suppression with a reason removed
 * @param failures   the failures of Pictor itself on single documents, each also an {@code internal.failed} finding
 *                   in {@code diagnostics}; their stack traces are for a front end's debug output
 */
public record LintResult(
        SchemaSet schemas, List<Diagnostic> diagnostics, int suppressed, List<InternalFailure> failures) {

    public LintResult {
        diagnostics = List.copyOf(diagnostics);
        failures = List.copyOf(failures);
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** Whether the build should fail: on any ERROR, and on any WARNING when asked. */
    public boolean fails(boolean failOnWarning) {
        return hasErrors() || (failOnWarning && count(Severity.WARNING) > 0);
    }
}
