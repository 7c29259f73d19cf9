package dev.pictor.cli;

import dev.pictor.core.load.Progress;
import java.io.PrintWriter;

/**
 * The progress of a long run on stderr, one line updated in place with {@code \r} ({@code linted 120/300 documents}),
 * erased when the run is done; on a terminal only ({@link Terminal#interactive()}), nothing otherwise.
 */
final class ProgressLine implements Progress {

    private final PrintWriter err;
    private final String verb;
    private final boolean on;
    private int width;

    ProgressLine(PrintWriter err, String verb, Terminal terminal) {
        this.err = err;
        this.verb = verb;
        this.on = terminal.interactive();
    }

    @Override
    public void done(int done, int total) {
        if (!on) {
            return;
        }
        String line = verb + " " + done + "/" + total + (total == 1 ? " document" : " documents");
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
