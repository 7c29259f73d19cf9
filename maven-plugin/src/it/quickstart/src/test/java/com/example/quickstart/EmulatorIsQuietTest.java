package com.example.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pictor.emulator.ProviderEmulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The emulator brings its own logging binding: starting it prints nothing (no "SLF4J(W): No SLF4J providers"). The
 * first test class of the run (alphabetical order, see pom.xml), so that its start is the first use of SLF4J.
 */
class EmulatorIsQuietTest {
    @Test
    void startingTheEmulatorPrintsNothingOnStderr() {
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (ProviderEmulator started = ProviderEmulator.start(Path.of("src/main/pictor"))) {
            assertEquals(1, started.modelIds(Main.PROVIDER).size());
        } finally {
            System.setErr(stderr);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }
}
