package dev.pictor.core.report;

import dev.pictor.core.lint.LintResult;
import java.io.IOException;

/**
 * A way to write the outcome of a lint run: {@link TextReport}, {@link JsonReport} or {@link SarifReport}.
 *
 * <p>Every report is deterministic: the same result gives the same characters, with {@code \n} line ends, no
 * timestamps and no absolute paths (file names are relative to the schemas root, as in the diagnostics). The caller
 * encodes the characters as UTF-8.
 */
public interface LintReport {

    /** Writes the whole report, ending with a line end. */
    void write(LintResult result, Appendable out) throws IOException;

    /** The report as one string. */
    default String render(LintResult result) {
        StringBuilder text = new StringBuilder();
        try {
            write(result, text);
        } catch (IOException e) {
            throw new IllegalStateException("a StringBuilder does not throw", e);
        }
        return text.toString();
    }
}
