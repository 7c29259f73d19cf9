package dev.pictor.runtime.client;

import static dev.pictor.runtime.client.ScriptedServer.bytes;
import static dev.pictor.runtime.client.ScriptedServer.delayed;
import static dev.pictor.runtime.client.ScriptedServer.json;
import static dev.pictor.runtime.client.ScriptedServer.truncated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.runtime.Generation;
import dev.pictor.runtime.ImageResult;
import dev.pictor.runtime.client.TestModels.PredictionPrompt;
import dev.pictor.runtime.client.TestModels.Prompt;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retries, statuses and timeouts of one exchange, against a scripted loopback server. */
class ExchangeTest {

    private static final String RUN = "/cf/accounts/acct-1/ai/run/@cf/test/painter";
    private static final String CREATE = "/replicate/v1/predictions";
    private static final byte[] PNG = TestModels.png(4, 3);
    private static final String CF_ERROR = "{\"result\":null,\"success\":false,\"errors\":[{\"code\":3040,"
            + "\"message\":\"Capacity temporarily exceeded\"}],\"messages\":[]}";

    private ScriptedServer server;
    private PictorClient client;

    @BeforeEach
    void start() throws IOException {
        server = new ScriptedServer();
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        server.close();
    }

    private PictorClient client() {
        client = TestModels.client(server)
                .adapter(TestModels.cfBinary())
                .adapter(TestModels.replicate("v1hash"))
                .build();
        return client;
    }

    private PictorClient client(PictorClient.Builder b) {
        client = b.adapter(TestModels.cfBinary())
                .adapter(TestModels.replicate("v1hash"))
                .build();
        return client;
    }

    private static ModelHandle<Prompt, ImageResult> cf(PictorClient c) {
        return c.model("@cf/test/painter");
    }

    private static ModelHandle<PredictionPrompt, TestModels.UrlsOut> rep(PictorClient c) {
        return c.model("test/painter");
    }

    @Test
    void aBinaryAnswerComesBackWithTheCredentialSentInItsHeader() {
        server.on("POST", RUN, bytes(200, "image/png", PNG));
        Generation<ImageResult> g = cf(client()).run(Prompt.of("a lighthouse"));
        assertEquals(1, g.attempts());
        assertEquals(1, g.requests());
        assertEquals("image/png", g.output().mediaType());
        assertEquals(TestModels.bytes(PNG), g.image().bytes());
        assertTrue(server.requests().get(0).hasCredential(TestModels.TOKEN));
        assertEquals(
                "{\"prompt\":\"a lighthouse\"}",
                new String(server.requests().get(0).body()));
    }

    @Test
    void a503IsRetriedAfterItsRetryAfterEvenForACreate() {
        server.on("POST", RUN, json(503, CF_ERROR, "Retry-After", "1"), bytes(200, "image/png", PNG));
        long t0 = System.nanoTime();
        Generation<ImageResult> g = cf(client()).run(Prompt.of("a lighthouse"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(2, g.attempts());
        assertTrue(ms >= 1000 && ms < 5000, "waited the Retry-After of 1 s: " + ms + " ms");
    }

    @Test
    void a502IsRetriedOnAnIdempotentRunButNotOnACreate() {
        server.on("POST", RUN, json(502, "{\"error\":\"bad gateway\"}"), bytes(200, "image/png", PNG));
        assertEquals(2, cf(client()).run(Prompt.of("x")).attempts());

        server.on("POST", CREATE, json(502, "{\"error\":\"bad gateway\"}"));
        ProviderUnavailableException e = assertThrows(
                ProviderUnavailableException.class, () -> rep(client).run(PredictionPrompt.of("x")));
        assertEquals(OptionalInt.of(502), e.status());
        assertEquals(1, server.count("POST", CREATE), "a prediction is never created twice after a 502");
    }

    @Test
    void a429IsRetriedOnACreateAndEndsRateLimitedWhenItLasts() {
        server.on(
                "POST",
                CREATE,
                json(429, "{\"title\":\"Request was throttled.\",\"detail\":\"wait\"}", "Retry-After", "0"));
        RateLimitedException e =
                assertThrows(RateLimitedException.class, () -> rep(client()).run(PredictionPrompt.of("x")));
        assertEquals(3, e.attempts());
        assertEquals(Optional.of(Duration.ZERO), e.retryAfter());
        assertEquals("Request was throttled.: wait", e.providerMessage());
        assertEquals(3, server.count("POST", CREATE));
    }

    @Test
    void aRetryAfterPastTheOverallTimeoutEndsTheCallAtOnce() {
        server.on("POST", RUN, json(429, CF_ERROR, "Retry-After", "30"));
        long t0 = System.nanoTime();
        RateLimitedException e = assertThrows(
                RateLimitedException.class,
                () -> cf(client(TestModels.client(server).overallTimeout(Duration.ofSeconds(5))))
                        .run(Prompt.of("x")));
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 2000);
        assertEquals(1, e.attempts());
        assertEquals(Optional.of(Duration.ofSeconds(30)), e.retryAfter());
        assertEquals("3040: Capacity temporarily exceeded", e.providerMessage());
    }

    @Test
    void a500IsNotRetried() {
        server.on("POST", RUN, json(500, CF_ERROR));
        ProviderUnavailableException e = assertThrows(
                ProviderUnavailableException.class, () -> cf(client()).run(Prompt.of("x")));
        assertEquals(OptionalInt.of(500), e.status());
        assertEquals(1, server.count("POST", RUN));
    }

    @Test
    void a400CarriesTheProvidersMessageAndBody() {
        String body = "{\"result\":null,\"success\":false,\"errors\":[{\"code\":5006,\"message\":\"AiError: Bad input: "
                + "/steps must be <= 10\"}],\"messages\":[]}";
        server.on("POST", RUN, json(400, body));
        ProviderRejectedException e =
                assertThrows(ProviderRejectedException.class, () -> cf(client()).run(Prompt.of("x")));
        assertEquals(400, e.status());
        assertEquals("5006: AiError: Bad input: /steps must be <= 10", e.providerMessage());
        assertEquals(body, e.errorBody());
        assertTrue(
                e.getMessage().startsWith("@cf/test/painter 2025-11-20: the provider rejected the request (400): "),
                e.getMessage());
    }

    @Test
    void a401IsAnAuthenticationFailureNeverRetried() {
        server.on("POST", RUN, json(401, "{\"errors\":[{\"code\":10000,\"message\":\"Authentication error\"}]}"));
        AuthenticationException e =
                assertThrows(AuthenticationException.class, () -> cf(client()).run(Prompt.of("x")));
        assertEquals(401, e.status());
        assertEquals(1, server.count("POST", RUN));
    }

    @Test
    void aRefusedConnectionIsRetriedThenReportedAsUnavailable() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = s.getLocalPort();
        }
        PictorClient c = client(TestModels.client(server)
                .baseUrl("test-cf", "http://127.0.0.1:" + port + "/cf/accounts/{account_id}/ai/run"));
        ProviderUnavailableException e =
                assertThrows(ProviderUnavailableException.class, () -> cf(c).run(Prompt.of("x")));
        assertEquals(OptionalInt.empty(), e.status());
        assertTrue(e.getMessage().contains("could not connect"), e.getMessage());
    }

    @Test
    void aSlowAnswerTimesOutPerExchangeAndIsRetriedWhenIdempotent() {
        server.on(
                "POST",
                RUN,
                delayed(Duration.ofSeconds(3), bytes(200, "image/png", PNG)),
                bytes(200, "image/png", PNG));
        long t0 = System.nanoTime();
        Generation<ImageResult> g = cf(client(TestModels.client(server).callTimeout(Duration.ofMillis(300))))
                .run(Prompt.of("x"));
        assertEquals(2, g.attempts());
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 2500);
    }

    @Test
    void aSlowCreateIsNotSentTwice() {
        server.on("POST", CREATE, delayed(Duration.ofSeconds(3), json(201, "{}")));
        CallTimedOutException e = assertThrows(
                CallTimedOutException.class,
                () -> rep(client(TestModels.client(server).callTimeout(Duration.ofMillis(300))))
                        .run(PredictionPrompt.of("x")));
        assertFalse(e.overall());
        assertEquals(Duration.ofMillis(300), e.timeout());
        assertEquals(1, server.count("POST", CREATE));
    }

    @Test
    void theOverallTimeoutBoundsTheWholeCall() {
        server.on("POST", RUN, delayed(Duration.ofSeconds(5), bytes(200, "image/png", PNG)));
        long t0 = System.nanoTime();
        CallTimedOutException e = assertThrows(
                CallTimedOutException.class,
                () -> cf(client(TestModels.client(server).overallTimeout(Duration.ofMillis(400))))
                        .run(Prompt.of("x")));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(e.overall());
        assertTrue(ms >= 350 && ms < 2000, ms + " ms");
        assertEquals(1, server.count("POST", RUN), "no retry past the deadline");
    }

    @Test
    void aTruncatedBodyIsRetriedWhenIdempotentElseMalformed() {
        server.on("POST", RUN, truncated(200, "image/png", PNG), bytes(200, "image/png", PNG));
        assertEquals(2, cf(client()).run(Prompt.of("x")).attempts());

        server.on(
                "POST",
                CREATE,
                truncated(201, "application/json", "{\"id\":\"p1\",\"status\":\"starting\"}".getBytes()));
        MalformedResponseException e =
                assertThrows(MalformedResponseException.class, () -> rep(client).run(PredictionPrompt.of("x")));
        assertTrue(e.getMessage().contains("broke off"), e.getMessage());
        assertEquals(1, server.count("POST", CREATE));
    }

    @Test
    void aTruncatedBodyWithoutRetriesIsMalformed() {
        server.on("POST", RUN, truncated(200, "image/png", PNG));
        assertThrows(
                MalformedResponseException.class,
                () -> cf(client(TestModels.client(server).retryPolicy(RetryPolicy.none())))
                        .run(Prompt.of("x")));
    }
}
