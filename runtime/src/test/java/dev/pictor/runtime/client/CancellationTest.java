package dev.pictor.runtime.client;

import static dev.pictor.runtime.client.ScriptedServer.bytes;
import static dev.pictor.runtime.client.ScriptedServer.delayed;
import static dev.pictor.runtime.client.ScriptedServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.runtime.Generation;
import dev.pictor.runtime.ImageResult;
import dev.pictor.runtime.client.TestModels.PredictionPrompt;
import dev.pictor.runtime.client.TestModels.Prompt;
import dev.pictor.runtime.client.TestModels.WorkerPrompt;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cancelling a call aborts its exchange and cancels the provider's job; nothing keeps running. */
class CancellationTest {

    private static final String RUN = "/cf/accounts/acct-1/ai/run/@cf/test/painter";

    private ScriptedServer server;
    private PictorClient client;

    @BeforeEach
    void start() throws IOException {
        server = new ScriptedServer();
        client = TestModels.client(server)
                .adapter(TestModels.cfBinary())
                .adapter(TestModels.replicate("v1hash"))
                .adapter(TestModels.runpod())
                .build();
    }

    @AfterEach
    void stop() throws InterruptedException {
        client.close();
        server.close();
        assertEquals(List.of(), Threads.awaitNoneInRuntime(2000), "threads still in the runtime");
        assertEquals(List.of(), Threads.awaitNone("pictor-", 2000), "the client's threads ended");
    }

    @Test
    void cancellingTheFutureAbortsAHangingExchange() throws Exception {
        server.on("POST", RUN, delayed(Duration.ofSeconds(20), bytes(200, "image/png", TestModels.png(1, 1))));
        ModelHandle<Prompt, ImageResult> m = client.model("@cf/test/painter");
        CompletableFuture<Generation<ImageResult>> f = m.runAsync(Prompt.of("x"));
        assertTrue(server.await("POST", RUN, 1, Duration.ofSeconds(5)));
        long t0 = System.nanoTime();
        assertTrue(f.cancel(true));
        assertThrows(CancellationException.class, () -> f.get(1, TimeUnit.SECONDS));
        assertEquals(List.of(), Threads.awaitNoneInRuntime(2000));
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 2000);
    }

    @Test
    void cancellingAReplicatePredictionCancelsItAtTheProvider() throws Exception {
        server.on("POST", "/replicate/v1/predictions", json(201, prediction("p1", "starting")))
                .on("GET", "/replicate/v1/predictions/p1", json(200, prediction("p1", "processing")))
                .on("POST", "/replicate/v1/predictions/p1/cancel", json(200, prediction("p1", "canceled")));
        ModelHandle<PredictionPrompt, TestModels.UrlsOut> m = client.model("test/painter");
        CompletableFuture<Generation<TestModels.UrlsOut>> f = m.runAsync(PredictionPrompt.of("x"));
        assertTrue(server.await("GET", "/replicate/v1/predictions/p1", 2, Duration.ofSeconds(5)));
        f.cancel(true);
        assertTrue(
                server.await("POST", "/replicate/v1/predictions/p1/cancel", 1, Duration.ofSeconds(5)),
                "the prediction was cancelled at the provider: " + server.requests());
        assertTrue(server.requests().stream()
                .filter(r -> r.path().endsWith("/cancel"))
                .allMatch(r -> r.hasCredential(TestModels.TOKEN)));
        assertEquals(1, server.count("POST", "/replicate/v1/predictions"));
    }

    @Test
    void cancellingWhileTheCreateIsInFlightStillCancelsTheJobItCreated() throws Exception {
        server.on(
                        "POST",
                        "/replicate/v1/predictions",
                        delayed(Duration.ofMillis(600), json(201, prediction("p6", "starting"))))
                .on("GET", "/replicate/v1/predictions/p6", json(200, prediction("p6", "processing")))
                .on("POST", "/replicate/v1/predictions/p6/cancel", json(200, prediction("p6", "canceled")));
        ModelHandle<PredictionPrompt, TestModels.UrlsOut> m = client.model("test/painter");
        CompletableFuture<Generation<TestModels.UrlsOut>> f = m.runAsync(PredictionPrompt.of("x"));
        assertTrue(server.await("POST", "/replicate/v1/predictions", 1, Duration.ofSeconds(5)));
        f.cancel(true); // the create's answer has not come yet
        assertTrue(
                server.await("POST", "/replicate/v1/predictions/p6/cancel", 1, Duration.ofSeconds(5)),
                "the prediction created while cancelling was cancelled: " + server.requests());
        assertEquals(0, server.count("GET", "/replicate/v1/predictions/p6"), "no poll after the cancel");
    }

    @Test
    void interruptingASynchronousCreateStillCancelsTheJob() throws Exception {
        server.on(
                        "POST",
                        "/runpod/v2/ep-1/run",
                        delayed(Duration.ofMillis(600), json(200, "{\"id\":\"job-7\",\"status\":\"IN_QUEUE\"}")))
                .on("POST", "/runpod/v2/ep-1/cancel/job-7", json(200, "{\"id\":\"job-7\",\"status\":\"CANCELLED\"}"));
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = new Thread(
                () -> {
                    try {
                        client.run(WorkerPrompt.of("x"));
                    } catch (Throwable t) {
                        thrown.set(t);
                    }
                },
                "test-caller");
        caller.start();
        assertTrue(server.await("POST", "/runpod/v2/ep-1/run", 1, Duration.ofSeconds(5)));
        caller.interrupt();
        caller.join(7000);
        assertFalse(caller.isAlive());
        assertTrue(thrown.get() instanceof CallCancelledException, String.valueOf(thrown.get()));
        assertEquals(1, server.count("POST", "/runpod/v2/ep-1/cancel/job-7"));
    }

    @Test
    void theOverallTimeoutCancelsARunPodJob() throws Exception {
        server.on("POST", "/runpod/v2/ep-1/run", json(200, "{\"id\":\"job-1\",\"status\":\"IN_QUEUE\"}"))
                .on("GET", "/runpod/v2/ep-1/status/job-1", json(200, "{\"id\":\"job-1\",\"status\":\"IN_PROGRESS\"}"))
                .on("POST", "/runpod/v2/ep-1/cancel/job-1", json(200, "{\"id\":\"job-1\",\"status\":\"CANCELLED\"}"));
        try (PictorClient c = TestModels.client(server)
                .adapter(TestModels.runpod())
                .overallTimeout(Duration.ofMillis(400))
                .build()) {
            long t0 = System.nanoTime();
            CallTimedOutException e = assertThrows(CallTimedOutException.class, () -> c.run(WorkerPrompt.of("x")));
            assertTrue(e.overall());
            assertTrue((System.nanoTime() - t0) / 1_000_000 < 2000);
        }
        assertEquals(1, server.count("POST", "/runpod/v2/ep-1/cancel/job-1"));
    }

    @Test
    void interruptingASynchronousCallEndsItCancelledWithTheFlagSet() throws Exception {
        server.on("POST", RUN, delayed(Duration.ofSeconds(20), bytes(200, "image/png", TestModels.png(1, 1))));
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> flag = new AtomicReference<>();
        Thread caller = new Thread(
                () -> {
                    try {
                        client.run(Prompt.of("x"));
                    } catch (Throwable t) {
                        thrown.set(t);
                        flag.set(Thread.currentThread().isInterrupted());
                    }
                },
                "test-caller");
        caller.start();
        assertTrue(server.await("POST", RUN, 1, Duration.ofSeconds(5)));
        caller.interrupt();
        caller.join(2000);
        assertFalse(caller.isAlive());
        assertTrue(thrown.get() instanceof CallCancelledException, String.valueOf(thrown.get()));
        assertTrue(flag.get(), "the interrupt flag is set again");
    }

    @Test
    void closingTheClientCancelsCallsInProgress() throws Exception {
        server.on("POST", "/replicate/v1/predictions", json(201, prediction("p2", "starting")))
                .on("GET", "/replicate/v1/predictions/p2", json(200, prediction("p2", "processing")))
                .on("POST", "/replicate/v1/predictions/p2/cancel", json(200, prediction("p2", "canceled")));
        ModelHandle<PredictionPrompt, TestModels.UrlsOut> m = client.model("test/painter");
        CompletableFuture<Generation<TestModels.UrlsOut>> f = m.runAsync(PredictionPrompt.of("x"));
        assertTrue(server.await("GET", "/replicate/v1/predictions/p2", 1, Duration.ofSeconds(5)));
        client.close();
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(5, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof CallCancelledException, String.valueOf(e.getCause()));
        assertEquals(1, server.count("POST", "/replicate/v1/predictions/p2/cancel"));
        assertThrows(CallCancelledException.class, () -> m.run(PredictionPrompt.of("y")));
    }

    static String prediction(String id, String status) {
        return "{\"id\":\"" + id + "\",\"status\":\"" + status + "\",\"output\":null,\"error\":null,"
                + "\"urls\":{\"get\":\"ignored\",\"cancel\":\"ignored\"}}";
    }
}
