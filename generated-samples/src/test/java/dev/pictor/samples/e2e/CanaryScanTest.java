package dev.pictor.samples.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.emulator.Fault;
import dev.pictor.emulator.ProviderEmulator;
import dev.pictor.runtime.Generation;
import dev.pictor.runtime.client.ModelHandle;
import dev.pictor.runtime.client.PictorClient;
import dev.pictor.runtime.client.PictorException;
import dev.pictor.runtime.client.Secret;
import dev.pictor.samples.SeedRequests;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The canary scan is on and sees what it should: with the canary as every provider's credential and every logger at
 * ALL, a run of every kind of outcome (success on every provider, each fault, refused credential) leaves the token in
 * no log line, no exception and no {@code toString}; the emulator's acceptance of that token alone proves it was sent.
 * ({@link CanaryExtension} checks the same after every test class of the module.)
 */
class CanaryScanTest {

    @Test
    void theCanaryIsSentToTheProviderAndFoundNowhereElse() {
        try (ProviderEmulator emulator = Emulators.start();
                PictorClient client = Emulators.client(emulator).build()) {
            Canary.observe(client, Secret.of(Canary.TOKEN));
            for (SeedRequests.Case c : SeedRequests.all()) {
                Generation<?> g = client.run(c.request());
                ModelHandle<?, ?> handle = client.model(c.model());
                Canary.observe(g, g.output(), g.images(), handle);
            }
            for (Fault f : List.of(
                    Fault.serverError(),
                    Fault.truncated(),
                    Fault.wrongContentType(),
                    Fault.rateLimited(Duration.ZERO),
                    Fault.unavailable())) {
                for (String model : List.of(
                        "@cf/lykon/dreamshaper-8-lcm",
                        "stability-ai/stable-diffusion",
                        "runpod-workers/worker-sdxl",
                        "img2img")) {
                    emulator.inject(f, f, f);
                    try {
                        Canary.observe(client.run(SeedRequests.of(model).request()));
                    } catch (PictorException e) {
                        Canary.observe(e);
                    }
                    emulator.clearFaults();
                }
            }
            emulator.expectToken("not-the-canary");
            PictorException refused = assertThrows(
                    PictorException.class,
                    () -> client.run(SeedRequests.of("img2img").request()));
            Canary.observe(refused);
            Canary.observe(assertThrows(
                    PictorException.class,
                    () -> client.run(SeedRequests.of("img2img").invalid())));
        }
        assertTrue(
                Canary.scannedRecords("dev.pictor.runtime") > 100,
                "the runtime's DEBUG lines were scanned: " + Canary.scannedRecords("dev.pictor.runtime"));
        assertTrue(Canary.scannedRecords("jdk.httpclient") > 0, "the JDK client's log was scanned");
        assertTrue(Canary.observed() > 50);
        assertEquals(List.of(), Canary.leaks());
    }
}
