package dev.pictor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class PictorCliTest {

    @Test
    void versionPrintsTheBuildVersion() {
        CliRun run = CliRun.run("--version").assertExit(0);
        assertEquals("pictor " + PictorCli.version() + "\n", run.out().replace(System.lineSeparator(), "\n"));
        assertFalse(PictorCli.version().contains("${"), "version.properties is filtered");
        assertFalse(PictorCli.version().equals("unknown"));
        assertEquals("", run.err());
    }

    @Test
    void helpListsTheLintCommand() {
        CliRun run = CliRun.run("--help").assertExit(0);
        assertTrue(run.out().startsWith("Usage: pictor "), run.out());
        assertTrue(run.out().contains("lint"), run.out());
        CliRun lint = CliRun.run("lint", "--help").assertExit(0);
        assertTrue(lint.out().contains("SCHEMAS_DIR"), lint.out());
        assertTrue(lint.out().contains("--fail-on-warning"), lint.out());
        assertTrue(lint.out().contains("--rule"), lint.out());
        assertEquals("", lint.err());
    }

    @Test
    void helpCommandPrintsACommandsHelp() {
        CliRun help = CliRun.run("help", "lint").assertExit(0);
        assertEquals(CliRun.run("lint", "--help").out(), help.out());
        assertTrue(CliRun.run("help").assertExit(0).out().startsWith("Usage: pictor "));
        assertTrue(CliRun.run("--help").out().contains("help"));
    }

    @Test
    void aMistypedOptionOrCommandIsOneUsageLineWithASuggestion() {
        CliRun option = CliRun.run("lint", "--fail-on-warnigs", "schemas").assertUsageError();
        assertTrue(option.err().startsWith("pictor: Unknown option: '--fail-on-warnigs'"), option.err());
        assertTrue(option.err().contains("; did you mean --fail-on-warning?"), option.err());
        CliRun command = CliRun.run("lints", "schemas").assertUsageError();
        assertTrue(command.err().contains("; did you mean lint"), command.err());
        assertTrue(command.err().endsWith(" (see 'pictor --help')\n"), command.err());
    }

    @Test
    void versionIsTheToolsForEveryCommand() {
        String version = CliRun.run("--version").assertExit(0).out();
        for (String command : new String[] {"lint", "generate", "check-compat", "validate", "import"}) {
            assertEquals(version, CliRun.run(command, "--version").assertExit(0).out(), command);
        }
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.run().assertUsageError();
        assertTrue(run.err().contains("pictor --help"), run.err());
    }

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        private final Throwable failure;

        Boom(Throwable failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            if (failure instanceof Exception e) {
                throw e;
            }
            throw (Error) failure;
        }
    }

    private static CliRun boom(Throwable failure) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = PictorCli.commandLine(new PrintWriter(out), new PrintWriter(err))
                .addSubcommand("boom", new Boom(failure));
        return CliRun.run(cli, out, err, "boom");
    }

    @Test
    void anUnexpectedExceptionIsOneLineAndExitThree() {
        CliRun run = boom(new IllegalStateException("bug\nwith two lines"));
        assertEquals(PictorCli.EXIT_INTERNAL, run.exit());
        run.assertOneErrorLine();
        assertFalse(run.err().contains("\tat "), run.err());
        assertTrue(run.err().contains("internal error"), run.err());
    }

    @Test
    void anErrorThatEscapesPicocliIsOneLineAndExitThree() {
        CliRun run = boom(new StackOverflowError());
        assertEquals(PictorCli.EXIT_INTERNAL, run.exit());
        run.assertOneErrorLine();
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void oneLineFoldsLineBreaks() {
        assertEquals("a b c", PictorCli.oneLine("a\r\n b\tc\n"));
    }
}
