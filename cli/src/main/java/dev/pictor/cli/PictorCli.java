package dev.pictor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code pictor} command line: {@code pictor lint [--format text|json|sarif] [--output FILE] [--fail-on-warning]
 * [--rule CODE=LEVEL|off ...] SCHEMAS_DIR} and {@code pictor generate --out DIR [--resources DIR] [--package BASE]
 * [--include GLOB ...] [--exclude GLOB ...] [--fail-on-warning] [--rule CODE=LEVEL|off ...] SCHEMAS_DIR}.
 *
 * <p>Exit codes: {@value #EXIT_OK} success; {@value #EXIT_FINDINGS} findings that fail the run; {@value #EXIT_USAGE}
 * a usage error or an input or output that cannot be used, reported as one line {@code pictor: <message>} on stderr;
 * {@value #EXIT_INTERNAL} an unexpected failure, also one line on stderr and never a stack trace.
 */
@Command(
        name = "pictor",
        mixinStandardHelpOptions = true,
        versionProvider = PictorCli.VersionProvider.class,
        description = "Lints image-generation providers' JSON Schemas and generates typed Java clients.",
        subcommands = {
            LintCommand.class,
            GenerateCommand.class,
            ValidateCommand.class,
            ImportCommand.class,
            CheckCompatCommand.class,
            NewCommand.class,
            CommandLine.HelpCommand.class
        })
public final class PictorCli implements Callable<Integer> {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FINDINGS = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_INTERNAL = 3;

    private static final String NAME = "pictor";

    private final Terminal terminal;

    PictorCli(Terminal terminal) {
        this.terminal = terminal;
    }

    /** The terminal the command line prints to, for the commands of {@code spec}'s command line. */
    static Terminal terminal(CommandSpec spec) {
        Object root = spec.root().userObject();
        return root instanceof PictorCli cli ? cli.terminal : Terminal.PIPED;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
        int code = run(commandLine(out, err, Terminal.system()), args, err);
        out.flush();
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command line with the given streams and returns its exit code; never throws. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        try {
            return run(commandLine(out, err), args, err);
        } finally {
            out.flush();
        }
    }

    /** Executes a configured command line; whatever escapes picocli (an {@link Error} too) becomes exit 3. */
    static int run(CommandLine cli, String[] args, PrintWriter err) {
        try {
            return cli.execute(args);
        } catch (Throwable t) { // NOPMD: the last line of defence, so that a user never sees a stack trace
            return internalError(t, err);
        } finally {
            cli.getOut().flush();
            err.flush();
        }
    }

    /** The configured picocli command line, writing to the given streams, which are not a console. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, Terminal.PIPED);
    }

    /** The configured picocli command line, writing to the given streams on {@code terminal}. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, Terminal terminal) {
        CommandLine cli = new CommandLine(new PictorCli(terminal));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(PictorCli::usageError);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) ->
                e instanceof CliError ? fail(err, e.getMessage(), EXIT_USAGE) : internalError(e, err));
        return cli;
    }

    /** {@code pictor} with no command. */
    @Override
    public Integer call() {
        throw new CliError("missing command; try 'pictor lint SCHEMAS_DIR', 'pictor generate --out DIR SCHEMAS_DIR'"
                + " or 'pictor --help'");
    }

    private static int usageError(ParameterException e, String[] args) {
        String command = e.getCommandLine().getCommandSpec().qualifiedName();
        return fail(
                e.getCommandLine().getErr(),
                e.getMessage() + suggestions(e) + " (see '" + command + " --help')",
                EXIT_USAGE);
    }

    /** {@code ; did you mean --format?} for a mistyped option or command, or nothing. */
    static String suggestions(ParameterException e) {
        if (!(e instanceof UnmatchedArgumentException unmatched)) {
            return "";
        }
        List<String> suggestions = unmatched.getSuggestions();
        if (suggestions.isEmpty()) {
            return "";
        }
        List<String> shown = suggestions.subList(0, Math.min(3, suggestions.size()));
        return "; did you mean " + String.join(" or ", shown) + "?";
    }

    private static int internalError(Throwable t, PrintWriter err) {
        String what =
                t.getMessage() == null ? t.getClass().getName() : t.getClass().getName() + ": " + t.getMessage();
        try {
            return fail(err, "internal error, please report it: " + what, EXIT_INTERNAL);
        } catch (Throwable ignored) { // NOPMD: even printing failed (out of memory); the exit code still tells
            return EXIT_INTERNAL;
        }
    }

    private static int fail(PrintWriter err, String message, int code) {
        err.print(NAME + ": " + oneLine(message) + "\n");
        err.flush();
        return code;
    }

    /** Text on one line: line breaks and other control characters become spaces. */
    static String oneLine(String text) {
        String s = text == null ? "" : text;
        StringBuilder line = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                if (!space && line.length() > 0) {
                    line.append(' ');
                }
                space = true;
            } else {
                line.append(c);
                space = false;
            }
        }
        return line.toString().strip();
    }

    /** This build's version, from {@code version.properties} (filtered by Maven). */
    public static String version() {
        try (InputStream in = PictorCli.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "");
                if (!v.isBlank() && !v.contains("${")) {
                    return v.strip();
                }
            }
        } catch (IOException e) {
            // fall through to the manifest
        }
        String manifest = PictorCli.class.getPackage().getImplementationVersion();
        return manifest == null ? "unknown" : manifest;
    }

    /** What {@code --version} prints. */
    public static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {NAME + " " + version()};
        }
    }
}
