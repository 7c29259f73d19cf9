package dev.pictor.core.diag;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * A failure of Pictor itself (an exception, a stack overflow) while it loaded, linted, linked or emitted one document:
 * reported as an {@value #CODE} ERROR located on that document, so that the run goes on with every other document.
 * The finding says the exception's class and message; its stack trace is kept beside it, for a front end's debug
 * output only.
 *
 * @param diagnostic the finding on the document
 * @param trace      the stack trace, as {@link Throwable#printStackTrace()} prints it
 */
public record InternalFailure(Diagnostic diagnostic, String trace) {

    /** The code of the finding. */
    public static final String CODE = "internal.failed";

    /**
     * The failure of {@code stage} (e.g. "linting", "rule example.verdict") on the document at {@code at}.
     *
     * @param cause what was thrown
     */
    public static InternalFailure of(SourceLocation at, String stage, Throwable cause) {
        String what = cause.getMessage() == null
                ? cause.getClass().getName()
                : cause.getClass().getName() + ": " + cause.getMessage();
        Diagnostic diagnostic = new Diagnostic(
                Severity.ERROR,
                CODE,
                at,
                "",
                stage + " failed on this document: " + what,
                "this is a bug in Pictor; please report it with this document (the debug output has the stack"
                        + " trace); the other documents were processed");
        StringWriter trace = new StringWriter();
        cause.printStackTrace(new PrintWriter(trace));
        return new InternalFailure(diagnostic, trace.toString());
    }
}
