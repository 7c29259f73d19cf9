package dev.pictor.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {

    private static int run(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
        return Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpPrintsUsage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, run(out, new ByteArrayOutputStream(), "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--schemas DIR"));
    }

    @Test
    void usageErrorsExitWith2() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, run(new ByteArrayOutputStream(), err, "--frobnicate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option --frobnicate"));
        assertEquals(2, run(new ByteArrayOutputStream(), new ByteArrayOutputStream(), "--port"));
        assertEquals(2, run(new ByteArrayOutputStream(), new ByteArrayOutputStream(), "--port", "70000"));
        ByteArrayOutputStream missing = new ByteArrayOutputStream();
        assertEquals(2, run(new ByteArrayOutputStream(), missing, "--schemas", "/no/such/folder"));
        assertTrue(missing.toString(StandardCharsets.UTF_8).contains("is not a folder"));
    }
}
