package dev.pictor.runtime.client;

import static dev.pictor.runtime.client.ScriptedServer.bytes;
import static dev.pictor.runtime.client.ScriptedServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.runtime.Generation;
import dev.pictor.runtime.client.OpenApiModels.Flux;
import dev.pictor.runtime.client.OpenApiModels.FluxResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Asynchronous jobs run from their description ({@code OpenApiModels.FLOW}, Black Forest Labs' flow), with no Java of
 * the provider's: every terminal state, a job that never ends, a rate-limited poll, cancellation, and the credential
 * kept to the base URL's host (127.0.0.1 here) and the hosts the provider names ({@code localhost} reaches the same server
 * as another host).
 */
class DescribedJobTest {

    private static final String SUBMIT = "/v1/flux-pro-1.1";
    private static final String RESULT = "/v1/get_result";

    private ScriptedServer server;
    private PictorClient client;

    @BeforeEach
    void start() throws IOException {
        server = new ScriptedServer();
        client = OpenApiModels.client(server).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private ModelHandle<Flux, FluxResult> flux() {
        return client.model("flux");
    }

    private String elsewhere(String path) {
        return "http://localhost:" + server.port() + path;
    }

    private static ScriptedServer.Answer submitted(String id, String pollingUrl) {
        return json(
                200,
                "{\"id\":\"" + id + "\"" + (pollingUrl == null ? "" : ",\"polling_url\":\"" + pollingUrl + "\"") + "}");
    }

    private static ScriptedServer.Answer status(String status, String more) {
        return json(200, "{\"status\":\"" + status + "\"" + more + "}");
    }

    @Test
    void aJobIsSubmittedPolledAtItsPollingUrlAndItsResultImageFetchedWithoutTheCredential() {
        byte[] png = TestModels.png(2, 3);
        server.on("POST", SUBMIT, submitted("j-1", elsewhere(RESULT + "?id=j-1")))
                .on(
                        "GET",
                        RESULT,
                        status("Pending", ""),
                        status("Pending", ""),
                        status("Ready", ",\"result\":{\"sample\":\"" + server.url("/delivery/s.png") + "\"}"))
                .on("GET", "/delivery/s.png", bytes(200, "image/png", png));
        Generation<FluxResult> g = flux().run(new Flux("a fox", 7));

        assertEquals(TestModels.bytes(png), g.image().bytes());
        assertEquals(5, g.requests(), "submit, three polls, one download");
        List<ScriptedServer.Seen> seen = server.requests();
        assertEquals("{\"prompt\":\"a fox\",\"seed\":7}", new String(seen.get(0).body(), StandardCharsets.UTF_8));
        assertTrue(seen.get(0).hasCredential(TestModels.TOKEN), "the submit goes to a listed host");
        for (ScriptedServer.Seen poll : seen.subList(1, 4)) {
            assertEquals("id=j-1", poll.query());
            assertEquals("localhost:" + server.port(), poll.host());
            assertEquals(null, poll.authorization(), "no credential to a polling URL on an unlisted host");
        }
        assertEquals("/delivery/s.png", seen.get(4).path());
        assertEquals(null, seen.get(4).authorization(), "a result image is fetched without the credential");
    }

    @Test
    void withoutAPollingUrlTheDescribedPollRequestIsSentWithTheCredential() {
        server.on("POST", SUBMIT, submitted("j-2", null))
                .on("GET", RESULT, status("Ready", ",\"result\":{\"sample\":null}"));
        FluxResult result = flux().run(new Flux("a fox", null)).output();
        assertEquals(null, result.sample());
        ScriptedServer.Seen poll = server.requests().get(1);
        assertEquals("id=j-2", poll.query());
        assertTrue(
                poll.hasCredential(TestModels.TOKEN),
                "the base URL the client was given (127.0.0.1) gets the credential, though the provider lists other hosts");
    }

    @Test
    void aFailedJobIsAJobFailureWithItsErrorScrubbed() {
        server.on("POST", SUBMIT, submitted("j-3", null))
                .on(
                        "GET",
                        RESULT,
                        status("Pending", ""),
                        status("Content Moderated", ",\"details\":\"refused for key " + TestModels.TOKEN + "\""));
        JobFailedException e = assertThrows(JobFailedException.class, () -> flux().run(new Flux("x", null)));
        assertEquals("j-3", e.jobId());
        assertEquals("Content Moderated", e.jobStatus());
        assertFalse(e.getMessage().contains(TestModels.TOKEN), e.getMessage());
        assertTrue(e.providerMessage().startsWith("refused for key "), e.providerMessage());
        assertEquals(0, server.count("DELETE", "/v1/jobs/j-3"), "an ended job is not cancelled");
    }

    @Test
    void aJobCancelledAtTheProviderEndsTheCallCancelled() {
        server.on("POST", SUBMIT, submitted("j-4", null)).on("GET", RESULT, status("Cancelled", ""));
        assertThrows(CallCancelledException.class, () -> flux().run(new Flux("x", null)));
    }

    @Test
    void anUnknownStatusIsMalformedAndTheJobCancelled() {
        server.on("POST", SUBMIT, submitted("j-5", null))
                .on("GET", RESULT, status("Exploded", ""))
                .on("DELETE", "/v1/jobs/j-5", json(200, "{}"));
        MalformedResponseException e =
                assertThrows(MalformedResponseException.class, () -> flux().run(new Flux("x", null)));
        assertTrue(e.getMessage().contains("unknown job status \"Exploded\""), e.getMessage());
        assertEquals(1, server.count("DELETE", "/v1/jobs/j-5"));
    }

    @Test
    void aSubmitAnswerWithoutAUsableIdIsMalformed() {
        server.on("POST", SUBMIT, json(200, "{\"id\":\"../x\"}"));
        assertThrows(MalformedResponseException.class, () -> flux().run(new Flux("x", null)));
        assertEquals(1, server.requests().size());
    }

    @Test
    void aJobThatNeverEndsIsBoundedByTheCallsTimeoutAndCancelled() {
        server.on("POST", SUBMIT, submitted("j-6", null))
                .on("GET", RESULT, status("Pending", ""))
                .on("DELETE", "/v1/jobs/j-6", json(200, "{}"));
        try (PictorClient c = OpenApiModels.client(server)
                .overallTimeout(Duration.ofMillis(400))
                .build()) {
            ModelHandle<Flux, FluxResult> m = c.model("flux");
            long t0 = System.nanoTime();
            assertThrows(CallTimedOutException.class, () -> m.run(new Flux("x", null)));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 3000, ms + " ms");
        }
        assertTrue(server.count("GET", RESULT) >= 3, "polled at the described backoff: " + server.requests());
        assertEquals(1, server.count("DELETE", "/v1/jobs/j-6"), "the job is cancelled at the provider");
        assertTrue(server.requests().stream()
                .filter(r -> r.method().equals("DELETE"))
                .allMatch(r -> r.hasCredential(TestModels.TOKEN)));
    }

    @Test
    void aPollAnswered429WaitsItsRetryAfter() {
        server.on("POST", SUBMIT, submitted("j-7", null))
                .on(
                        "GET",
                        RESULT,
                        json(429, "{\"detail\":\"slow down\"}", "Retry-After", "1"),
                        status("Ready", ",\"result\":{}"));
        long t0 = System.nanoTime();
        flux().run(new Flux("x", null));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(2, server.count("GET", RESULT));
        assertTrue(ms >= 950, "waited the Retry-After, not the backoff: " + ms + " ms");
    }

    @Test
    void cancellingTheCallSendsTheDescribedCancelRequest() throws Exception {
        server.on("POST", SUBMIT, submitted("j-8", null))
                .on("GET", RESULT, status("Pending", ""))
                .on("DELETE", "/v1/jobs/j-8", json(200, "{}"));
        CompletableFuture<Generation<FluxResult>> f = flux().runAsync(new Flux("x", null));
        assertTrue(server.await("GET", RESULT, 2, Duration.ofSeconds(5)));
        f.cancel(true);
        assertTrue(
                server.await("DELETE", "/v1/jobs/j-8", 1, Duration.ofSeconds(5)),
                "the job was cancelled at the provider: " + server.requests());
        assertEquals(1, server.count("POST", SUBMIT));
    }
}
