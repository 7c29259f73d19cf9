package dev.pictor.core.report;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.lint.LintResult;
import java.io.IOException;

/**
 * The compiler-like text report: one {@link Diagnostic#toText()} line per finding (as {@link FindingLines} prints it), in the result's sorted order, then
 * one summary line:
 *
 * <pre>
 * 11 models, 4 providers: 0 errors, 14 warnings, 9 notes
 * 1 model, 1 provider: 1 error, 0 warnings, 0 notes, 2 suppressed
 * </pre>
 *
 * <p>The counts of models and providers are those of the documents that loaded without errors. Nouns take the plural
 * unless the count is exactly 1. {@code , N suppressed} is added only when a suppression removed findings.
 */
public final class TextReport implements LintReport {

    private final FindingLines lines;

    /** The report with the files relative to the schemas root, without colour. */
    public TextReport() {
        this(FindingLines.PLAIN);
    }

    /** The report with each finding printed by {@code lines}. */
    public TextReport(FindingLines lines) {
        this.lines = lines;
    }

    @Override
    public void write(LintResult result, Appendable out) throws IOException {
        for (Diagnostic d : result.diagnostics()) {
            out.append(lines.line(d)).append('\n');
        }
        out.append(summary(result)).append('\n');
    }

    /** The summary line, without its line end. */
    public static String summary(LintResult result) {
        StringBuilder line = new StringBuilder()
                .append(count(result.schemas().models().size(), "model"))
                .append(", ")
                .append(count(result.schemas().providers().size(), "provider"))
                .append(": ")
                .append(count(result.count(Severity.ERROR), "error"))
                .append(", ")
                .append(count(result.count(Severity.WARNING), "warning"))
                .append(", ")
                .append(count(result.count(Severity.NOTE), "note"));
        if (result.suppressed() > 0) {
            line.append(", ").append(result.suppressed()).append(" suppressed");
        }
        return line.toString();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
