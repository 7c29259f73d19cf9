package dev.pictor.emulator;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The standalone emulator: {@code java -jar pictor-emulator.jar [--schemas DIR] [--port N] [--token T]
 * [--job-step-ms N] [--max-body-bytes N] [--quiet]}. Prints each provider's base URL and every model's endpoint, then
 * one line per request (method, path, status; never a header) until it is stopped.
 */
public final class Main {

    static final String USAGE = """
            usage: java -jar pictor-emulator.jar [options]
              --schemas DIR          the schemas root (default: schemas)
              --port N               the port on 127.0.0.1 (default: 0, an ephemeral port)
              --token TOKEN          accept only this token (default: any non-empty token); prefer --token-env
              --token-env NAME       accept only the token in this environment variable
              --job-step-ms N        how long each job stage lasts (default: 100)
              --retry-after-s N      Retry-After of an injected 429 (default: 1)
              --slow-ms N            delay of an injected slow answer (default: 2000)
              --max-body-bytes N     the largest request body read (default: 67108864)
              --allow-load-errors    serve the documents that load when others have errors
              --quiet                no line per request
              --help                 this text
            Faults: POST /_emulator/faults with {"kind": "RATE_LIMITED|SERVER_ERROR|UNAVAILABLE|SLOW|TRUNCATED|\
            WRONG_CONTENT_TYPE|JOB_FAILED", "provider": "...", "count": N, "retryAfterSeconds": N, "delayMillis": N}
            (or an array of them); GET /_emulator/requests for the counts; POST /_emulator/reset.""";

    private Main() {}

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Parses, starts and blocks until the process is stopped; returns an exit code only when it cannot start. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        ProviderEmulator.Builder builder = ProviderEmulator.builder().schemas(Path.of("schemas"));
        boolean quiet = false;
        Path schemas = Path.of("schemas");
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--help", "-h" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    case "--schemas" -> schemas = Path.of(value(args, ++i, arg));
                    case "--port" -> builder.port(integer(value(args, ++i, arg), arg));
                    case "--token" -> builder.expectedToken(value(args, ++i, arg));
                    case "--token-env" -> {
                        String name = value(args, ++i, arg);
                        String token = System.getenv(name);
                        if (token == null || token.isEmpty()) {
                            throw new IllegalArgumentException(
                                    "--token-env: the environment variable " + name + " is not set");
                        }
                        builder.expectedToken(token);
                    }
                    case "--job-step-ms" -> builder.jobStep(Duration.ofMillis(integer(value(args, ++i, arg), arg)));
                    case "--retry-after-s" ->
                        builder.retryAfter(Duration.ofSeconds(integer(value(args, ++i, arg), arg)));
                    case "--slow-ms" -> builder.slowDelay(Duration.ofMillis(integer(value(args, ++i, arg), arg)));
                    case "--max-body-bytes" -> builder.maxBodyBytes(Long.parseLong(value(args, ++i, arg)));
                    case "--allow-load-errors" -> builder.allowLoadErrors(true);
                    case "--quiet" -> quiet = true;
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("pictor-emulator: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (!Files.isDirectory(schemas)) {
            err.println("pictor-emulator: the schemas root " + schemas.toAbsolutePath() + " is not a folder");
            return 2;
        }
        builder.schemas(schemas);
        if (!quiet) {
            builder.requestLog(line -> {
                synchronized (out) {
                    out.println(line);
                    out.flush();
                }
            });
        }
        ProviderEmulator emulator;
        try {
            emulator = builder.start();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("pictor-emulator: " + e.getMessage());
            return 1;
        }
        List<String> problems = emulator.loadProblems();
        problems.forEach(p -> err.println("pictor-emulator: left out: " + p));
        out.println("pictor-emulator listening on " + emulator.origin() + " (schemas "
                + schemas.toAbsolutePath().normalize() + ")");
        emulator.describe().forEach(out::println);
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            emulator.close();
                            stopped.countDown();
                        },
                        "pictor-emulator-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int integer(String text, String option) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": not a number: " + text);
        }
    }
}
