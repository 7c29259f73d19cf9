package dev.pictor.samples.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.emulator.ProviderEmulator;
import dev.pictor.runtime.client.InvalidRequestException;
import dev.pictor.runtime.client.PictorClient;
import dev.pictor.samples.SeedRequests;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** An invalid request is stopped before any byte is sent: the emulator counts no request at all. */
class InvalidRequestsEndToEndTest {

    private static ProviderEmulator emulator;
    private static PictorClient client;

    @BeforeAll
    static void start() {
        emulator = Emulators.start();
        client = Emulators.client(emulator).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        emulator.close();
    }

    static Stream<SeedRequests.Case> cases() {
        return SeedRequests.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void anInvalidRequestIsRefusedWithItsViolationsAndNothingIsSent(SeedRequests.Case c) {
        long before = emulator.requestCount();
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> client.run(c.invalid()));
        Canary.observe(e);
        assertFalse(e.violations().isEmpty());
        assertEquals(c.model(), e.model().orElseThrow().model());
        assertTrue(e.getMessage().contains("nothing sent"), e.getMessage());
        ExecutionException async = assertThrows(
                ExecutionException.class, () -> client.runAsync(c.invalid()).get());
        assertTrue(async.getCause() instanceof InvalidRequestException);
        assertEquals(before, emulator.requestCount(), "no request reached the emulator");
    }

    @Test
    void noInvalidRequestReachedTheEmulator() {
        cases().forEach(c -> assertThrows(InvalidRequestException.class, () -> client.run(c.invalid())));
        assertEquals(0, emulator.requestCount());
    }
}
