package dev.pictor.runtime.client;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Captures every log record at every level (the JDK's {@code System.Logger} goes to java.util.logging) while open:
 * the formatted message and any stack trace.
 */
final class LogCapture extends Handler implements AutoCloseable {

    private final Logger root = Logger.getLogger("");
    private final Logger pictor = Logger.getLogger("dev.pictor");
    private final Level rootLevel = root.getLevel();
    private final Level pictorLevel = pictor.getLevel();
    private final List<String> lines = new ArrayList<>();
    private final SimpleFormatter formatter = new SimpleFormatter();

    LogCapture() {
        setLevel(Level.ALL);
        root.setLevel(Level.ALL);
        pictor.setLevel(Level.ALL);
        root.addHandler(this);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        StringBuilder s = new StringBuilder(
                record.getLoggerName() + " " + record.getLevel() + " " + formatter.formatMessage(record));
        if (record.getThrown() != null) {
            StringWriter w = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(w));
            s.append('\n').append(w);
        }
        lines.add(s.toString());
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    synchronized List<String> lines(String loggerPrefix) {
        return lines.stream().filter(l -> l.startsWith(loggerPrefix)).toList();
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        root.removeHandler(this);
        root.setLevel(rootLevel);
        pictor.setLevel(pictorLevel);
    }
}
