package dev.pictor.samples.e2e;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The credential canary: the one token every end-to-end client uses, and a scanner that looks for it in everything
 * the test run produces. Once {@link #install()}ed (by {@link CanaryExtension}, for every test class of the module),
 * every logger is at {@code ALL} and every log record of the JVM (the runtime's {@code System.Logger}s, the JDK's
 * HTTP client, the emulator) is formatted and scanned, as is everything written to {@code System.out} and
 * {@code System.err}; tests hand the exceptions, results, clients and handles they get to {@link #observe}, which
 * scans their {@code toString}, message and stack trace. {@link #leaks()} lists where the token was found, with the
 * token itself cut out.
 */
final class Canary {

    /** The credential of every end-to-end call; the emulator accepts this token and no other. */
    static final String TOKEN = "pictor-canary-7c1e5f03b9d24a68";

    private static final List<String> LEAKS = new ArrayList<>();
    private static final Map<String, AtomicLong> SCANNED = new ConcurrentHashMap<>();
    private static final AtomicLong OBSERVED = new AtomicLong();
    private static boolean installed;
    /** Strong references, so that the levels set here are not lost when a logger is collected. */
    private static final List<Logger> KEPT = new ArrayList<>();

    private Canary() {}

    /** Turns every logger to ALL and starts scanning log records, System.out and System.err. Idempotent. */
    static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        LogManager.getLogManager().reset(); // no console handler: records are scanned, not printed
        Logger root = Logger.getLogger("");
        root.setLevel(Level.ALL);
        KEPT.add(root);
        for (String name : List.of(
                "dev.pictor",
                "jdk.httpclient.HttpClient",
                "jdk.internal.httpclient",
                "com.sun.net.httpserver",
                "java.net.http")) {
            Logger l = Logger.getLogger(name);
            l.setLevel(Level.ALL);
            KEPT.add(l);
        }
        root.addHandler(new Scanner());
        System.setOut(new PrintStream(new LineScanner(System.out, "System.out"), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new LineScanner(System.err, "System.err"), true, StandardCharsets.UTF_8));
    }

    /** Scans {@code objects}: their {@code toString}, and for a throwable its whole stack trace with causes. */
    static void observe(Object... objects) {
        for (Object o : objects) {
            OBSERVED.incrementAndGet();
            if (o instanceof Throwable t) {
                StringWriter w = new StringWriter();
                t.printStackTrace(new PrintWriter(w));
                scan("exception " + t.getClass().getName(), w.toString());
            } else {
                scan("toString of " + (o == null ? "null" : o.getClass().getName()), String.valueOf(o));
            }
        }
    }

    /** Where the token was found ({@code source: text} with the token replaced); empty when nowhere. */
    static synchronized List<String> leaks() {
        return List.copyOf(LEAKS);
    }

    /** How many log records from loggers whose name starts with {@code prefix} were scanned. */
    static long scannedRecords(String prefix) {
        return SCANNED.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix))
                .mapToLong(e -> e.getValue().get())
                .sum();
    }

    static long observed() {
        return OBSERVED.get();
    }

    private static void scan(String source, String text) {
        if (text != null && text.contains(TOKEN)) {
            synchronized (Canary.class) {
                String shown = text.replace(TOKEN, "<CANARY>");
                LEAKS.add(source + ": " + (shown.length() > 2000 ? shown.substring(0, 2000) + "…" : shown));
            }
        }
    }

    /** Scans every log record of the JVM. */
    private static final class Scanner extends Handler {
        private final SimpleFormatter formatter = new SimpleFormatter();

        Scanner() {
            setLevel(Level.ALL);
        }

        @Override
        public void publish(LogRecord record) {
            String logger = String.valueOf(record.getLoggerName());
            SCANNED.computeIfAbsent(logger, k -> new AtomicLong()).incrementAndGet();
            String text;
            try {
                text = formatter.format(record);
            } catch (RuntimeException e) {
                text = record.getMessage();
            }
            scan("log " + logger + " " + record.getLevel(), text);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    /** Passes bytes on and scans each line. */
    private static final class LineScanner extends OutputStream {
        private final OutputStream out;
        private final String source;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineScanner(OutputStream out, String source) {
            this.out = out;
            this.source = source;
        }

        @Override
        public synchronized void write(int b) throws java.io.IOException {
            out.write(b);
            if (b == '\n') {
                scan(source, line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else if (line.size() < 1 << 20) {
                line.write(b);
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws java.io.IOException {
            for (int i = off; i < off + len; i++) {
                write(b[i]);
            }
        }

        @Override
        public void flush() throws java.io.IOException {
            out.flush();
        }
    }
}
