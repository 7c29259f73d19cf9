package dev.pictor.cli;

import dev.pictor.core.load.Progress;
import java.io.PrintWriter;

/**
 * The progress of a long run on stderr, one line updated in place with {@code \r} ({@code linted 120/300 documents},
 * then, for generate, {@code generated 12/30 models}), erased when the run is done; on a terminal only ({@link
 * Terminal#interactive()}), nothing otherwise.
 */
final class ProgressLine {

    private final PrintWriter err;
    private final boolean on;
    private int width;

    ProgressLine(PrintWriter err, Terminal terminal) {
        this.err = err;
        this.on = terminal.interactive();
    }

    /**
     * The core's progress of one phase of the run, shown on this line as {@code VERB DONE/TOTAL NOUNs}.
     *
     * @param verb the phase's word ({@code linted}, {@code generated})
     * @param noun what it counts, singular ({@code document}, {@code model})
     */
    Progress counting(String verb, String noun) {
        return (done, total) -> show(verb + " " + done + "/" + total + " " + noun + (total == 1 ? "" : "s"));
    }

    private void show(String line) {
        if (!on) {
            return;
        }
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        err.flush();
        width = Math.max(width, line.length());
    }

    /** Erases the line, so that what follows starts on a clean line. */
    void finish() {
        if (on && width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }
}
