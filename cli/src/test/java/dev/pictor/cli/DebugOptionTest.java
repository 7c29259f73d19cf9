package dev.pictor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.diag.InternalFailure;
import dev.pictor.core.diag.SourceLocation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --debug}: the stack trace of an {@code internal.failed} finding on stderr, and only when asked. */
class DebugOptionTest {

    private final InternalFailure failure = InternalFailure.of(
            SourceLocation.startOf("acme/m/2025-01-01.json"), "linting", new IllegalStateException("boom"));

    @Test
    void printsNothingWithoutDebug() {
        StringWriter err = new StringWriter();
        new DebugOption().print(new PrintWriter(err), List.of(failure));
        assertEquals("", err.toString());
    }

    @Test
    void printsTheFindingAndItsStackTraceWithDebug() {
        StringWriter err = new StringWriter();
        DebugOption option = new DebugOption();
        option.debug = true;
        option.print(new PrintWriter(err), List.of(failure));
        String text = err.toString();
        assertTrue(
                text.startsWith("pictor: debug: acme/m/2025-01-01.json:1:1: error: internal.failed: linting failed"
                        + " on this document: java.lang.IllegalStateException: boom"),
                text);
        assertTrue(text.contains("\tat dev.pictor.cli.DebugOptionTest"), text);
    }

    @Test
    void lintAndGenerateAcceptDebug(@TempDir Path dir) {
        SchemasFixture root = SchemasFixture.clean(dir.resolve("schemas"));
        CliRun lint = CliRun.run("lint", "--debug", root.arg()).assertExit(PictorCli.EXIT_OK);
        assertEquals("", lint.err());
        CliRun.run("generate", "--debug", "--out", dir.resolve("out").toString(), root.arg())
                .assertExit(PictorCli.EXIT_OK);
    }
}
