package dev.pictor.samples.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.emulator.Fault;
import dev.pictor.emulator.ProviderEmulator;
import dev.pictor.emulator.RecordedRequest;
import dev.pictor.runtime.Generation;
import dev.pictor.runtime.client.CallCancelledException;
import dev.pictor.runtime.client.CallTimedOutException;
import dev.pictor.runtime.client.PictorClient;
import dev.pictor.samples.SeedRequests;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cancelling a call: the HTTP exchange is aborted and a started Replicate prediction or RunPod job is cancelled at the
 * provider; the overall timeout does the same; nothing keeps running. Jobs here take 3 x 2 s, so only a cancel ends
 * them early.
 */
class CancellationEndToEndTest {

    private static ProviderEmulator emulator;
    private PictorClient client;

    @BeforeAll
    static void start() {
        emulator = Emulators.start(Duration.ofSeconds(2));
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @BeforeEach
    void reset() {
        emulator.reset();
        client = Emulators.client(emulator).build();
    }

    @AfterEach
    void noThreadLeft() throws InterruptedException {
        client.close();
        assertEquals(List.of(), Emulators.awaitNoThreadInRuntime(3000), "threads still in the runtime");
        assertEquals(List.of(), Emulators.clientThreadsLeft());
    }

    private static boolean await(Predicate<RecordedRequest> seen, Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            if (emulator.requests().stream().anyMatch(seen)) {
                return true;
            }
            Thread.sleep(5);
        }
        return false;
    }

    @Test
    void cancellingAReplicateCallCancelsThePrediction() throws Exception {
        CompletableFuture<? extends Generation<?>> f =
                client.runAsync(SeedRequests.of("stability-ai/stable-diffusion").request());
        assertTrue(await(r -> r.method().equals("POST") && r.status() == 201, Duration.ofSeconds(5)), "created");
        long t0 = System.nanoTime();
        assertTrue(f.cancel(true));
        assertThrows(CancellationException.class, () -> f.get(1, TimeUnit.SECONDS));
        assertTrue(
                await(
                        r -> r.method().equals("POST") && r.path().endsWith("/cancel") && r.status() == 200,
                        Duration.ofSeconds(3)),
                () -> "the prediction was cancelled: " + emulator.requests());
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 3000);
    }

    @Test
    void cancellingARunPodCallCancelsTheJob() throws Exception {
        CompletableFuture<? extends Generation<?>> f =
                client.runAsync(SeedRequests.of("runpod-workers/worker-sdxl").request());
        assertTrue(await(r -> r.path().endsWith("/run") && r.status() == 200, Duration.ofSeconds(5)), "queued");
        f.cancel(false);
        assertTrue(
                await(r -> r.path().contains("/cancel/") && r.status() == 200, Duration.ofSeconds(3)),
                () -> "the job was cancelled: " + emulator.requests());
    }

    @Test
    void theOverallTimeoutCancelsTheRunningJob() {
        try (PictorClient quick = Emulators.client(emulator)
                .overallTimeout(Duration.ofMillis(800))
                .build()) {
            long t0 = System.nanoTime();
            CallTimedOutException e = assertThrows(
                    CallTimedOutException.class,
                    () -> quick.run(
                            SeedRequests.of("stability-ai/stable-diffusion").request()));
            Canary.observe(e);
            assertTrue(e.overall());
            assertTrue((System.nanoTime() - t0) / 1_000_000 < 3000);
        }
        assertEquals(
                1,
                emulator.requests().stream()
                        .filter(r -> r.path().endsWith("/cancel"))
                        .count(),
                () -> emulator.requests().toString());
    }

    @Test
    void cancellingAHangingExchangeEndsItAtOnce() throws Exception {
        emulator.inject(Fault.slow(Duration.ofSeconds(10)).forProvider("cloudflare-workers-ai"));
        CompletableFuture<? extends Generation<?>> f =
                client.runAsync(SeedRequests.of("@cf/lykon/dreamshaper-8-lcm").request());
        assertTrue(waitCount(1), "the request arrived (counted on arrival; recorded after the delay)");
        f.cancel(true);
        assertThrows(CancellationException.class, () -> f.get(1, TimeUnit.SECONDS));
        assertEquals(List.of(), Emulators.awaitNoThreadInRuntime(1000), "the exchange was aborted");
    }

    @Test
    void closingTheClientCancelsItsCalls() throws Exception {
        CompletableFuture<? extends Generation<?>> f =
                client.runAsync(SeedRequests.of("runpod-workers/worker-sdxl").request());
        assertTrue(await(r -> r.path().endsWith("/run") && r.status() == 200, Duration.ofSeconds(5)), "queued");
        client.close();
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(5, TimeUnit.SECONDS));
        Canary.observe(e);
        assertTrue(e.getCause() instanceof CallCancelledException, String.valueOf(e.getCause()));
        assertEquals(
                1,
                emulator.requests().stream()
                        .filter(r -> r.path().contains("/cancel/"))
                        .count());
    }

    private static boolean waitCount(long n) throws InterruptedException {
        long until = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < until && emulator.requestCount() < n) {
            Thread.sleep(5);
        }
        return emulator.requestCount() >= n;
    }
}
