package dev.pictor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One in-process run of the command line, with what it printed. */
record CliRun(int exit, String out, String err) {

    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PictorCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** Runs a command line printing to {@code terminal} (a console, an environment) instead of a pipe. */
    static CliRun run(Terminal terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter errWriter = new PrintWriter(err);
        int exit = PictorCli.run(PictorCli.commandLine(new PrintWriter(out), errWriter, terminal), args, errWriter);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** Runs a given command line (a test may add a command to it), through the same last line of defence. */
    static CliRun run(CommandLine cli, StringWriter out, StringWriter err, String... args) {
        int exit = PictorCli.run(cli, args, new PrintWriter(err));
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** Nothing on stderr looks like a stack trace or an exception's class name. */
    CliRun assertNoStackTrace() {
        assertFalse(err.contains("\tat "), err);
        assertFalse(err.contains("Exception"), err);
        assertFalse(err.contains("Error:"), err);
        assertFalse(out.contains("\tat "), out);
        return this;
    }

    /** A usage error: exit 2, exactly one line {@code pictor: ...} on stderr, nothing on stdout. */
    CliRun assertUsageError() {
        assertEquals(PictorCli.EXIT_USAGE, exit, this::toString);
        assertOneErrorLine();
        assertEquals("", out);
        return assertNoStackTrace();
    }

    CliRun assertOneErrorLine() {
        assertTrue(err.startsWith("pictor: "), err);
        assertTrue(err.endsWith("\n"), err);
        assertEquals(1, err.lines().count(), err);
        return this;
    }

    CliRun assertExit(int expected) {
        assertEquals(expected, exit, this::toString);
        return assertNoStackTrace();
    }
}
