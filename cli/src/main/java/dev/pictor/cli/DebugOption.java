package dev.pictor.cli;

import dev.pictor.core.diag.InternalFailure;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --debug} option of the commands that lint ({@code lint}, {@code generate}): the stack trace of each
 * {@code internal.failed} finding, on stderr, for a bug report. Without it a user never sees a stack trace.
 */
final class DebugOption {

    @Option(
            names = "--debug",
            description = "Print the stack trace of each internal.failed finding (a failure of Pictor itself on one "
                    + "document) on stderr, for a bug report.")
    boolean debug;

    /** Prints each failure's finding and stack trace on {@code err}, when asked. */
    void print(PrintWriter err, List<InternalFailure> failures) {
        if (!debug) {
            return;
        }
        for (InternalFailure failure : failures) {
            err.print("pictor: debug: " + failure.diagnostic().toText() + "\n");
            err.print(failure.trace().replace("\r\n", "\n"));
        }
        err.flush();
    }
}
