package dev.pictor.runtime.client;

import static dev.pictor.runtime.client.ScriptedServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.runtime.ModelId;
import dev.pictor.runtime.client.FailureClassifier.Broken;
import dev.pictor.runtime.client.FailureClassifier.Failure;
import dev.pictor.runtime.client.FailureClassifier.Retry;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The table of failed attempts, one row at a time: real answers from a loopback server, read by the classifier alone
 * (the retry loop around it is {@link ExchangeTest}'s).
 */
class FailureClassifierTest {

    private static final ModelId MODEL = TestModels.id(TestModels.REPLICATE, "owner/painter", "2025-11-20");
    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

    private static ScriptedServer server;
    private static HttpClient http;
    private static FailureClassifier classifier;

    @BeforeAll
    static void start() throws IOException {
        server = new ScriptedServer();
        http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        Redactor redactor = new Redactor();
        redactor.add(Secret.of(TestModels.TOKEN));
        ClientSettings settings = new ClientSettings(
                http,
                RetryPolicy.builder().clock(InstantSource.fixed(NOW)).build(),
                Duration.ofSeconds(5),
                Duration.ofSeconds(30),
                1024,
                Duration.ofMillis(10),
                Duration.ofMillis(40),
                false,
                redactor);
        classifier = new FailureClassifier(MODEL, settings);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The answer of the loopback server to a GET of {@code path}, scripted with {@code answer}. */
    private static HttpResponse<byte[]> answer(String path, ScriptedServer.Answer answer) throws Exception {
        server.on("GET", path, answer);
        return http.send(
                HttpRequest.newBuilder(URI.create(server.url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Failure failureOf(String path, ScriptedServer.Answer answer) throws Exception {
        return classifier.ofStatus(answer(path, answer), false).orElseThrow();
    }

    @Test
    void a2xxIsUsableAndA3xxOnlyWhereRedirectsAreFollowed() throws Exception {
        assertEquals(Optional.empty(), classifier.ofStatus(answer("/ok", json(200, "{}")), false));
        HttpResponse<byte[]> redirect = answer("/moved", json(302, "{}", "Location", "/ok"));
        assertEquals(Optional.empty(), classifier.ofStatus(redirect, true));
        Failure f = classifier.ofStatus(redirect, false).orElseThrow();
        assertEquals(Retry.NEVER, f.retry());
        PictorException e = f.error().apply(1);
        assertInstanceOf(MalformedResponseException.class, e);
        assertTrue(e.getMessage().contains("unexpected status 302"), e.getMessage());
    }

    @Test
    void aRateLimitIsRetriedOnEveryStepAfterItsRetryAfter() throws Exception {
        Failure f = failureOf("/busy", json(429, "{\"detail\":\"slow down\"}", "Retry-After", "7"));
        assertEquals(Retry.ALWAYS, f.retry());
        assertTrue(f.retryable(false) && f.retryable(true));
        assertEquals(Optional.of(Duration.ofSeconds(7)), f.retryAfter());
        RateLimitedException e =
                assertInstanceOf(RateLimitedException.class, f.error().apply(3));
        assertEquals(3, e.attempts());
        assertEquals(Optional.of(Duration.ofSeconds(7)), e.retryAfter());
        assertEquals("status 429", f.summary());
    }

    @Test
    void a503IsRetriedOnEveryStepA502Or504OnlyWhenIdempotentAnd500Never() throws Exception {
        Failure unavailable = failureOf("/down", json(503, "{}", "Retry-After", "Thu, 01 Jan 2026 12:00:05 GMT"));
        assertEquals(Retry.ALWAYS, unavailable.retry());
        assertEquals(Optional.of(Duration.ofSeconds(5)), unavailable.retryAfter(), "an HTTP-date, read by the policy");
        for (int status : new int[] {502, 504}) {
            Failure f = failureOf("/gateway" + status, json(status, "{}"));
            assertEquals(Retry.IF_IDEMPOTENT, f.retry());
            assertTrue(f.retryable(true));
            assertFalse(f.retryable(false), "a create may have reached the provider");
        }
        Failure broken = failureOf("/broken", json(500, "{}", "Retry-After", "1"));
        assertEquals(Retry.NEVER, broken.retry());
        assertEquals(Optional.empty(), broken.retryAfter());
        ProviderUnavailableException e = assertInstanceOf(
                ProviderUnavailableException.class, broken.error().apply(1));
        assertEquals(500, e.status().getAsInt());
    }

    @Test
    void authenticationAndOtherClientErrorsAreNeverRetriedAndScrubbed() throws Exception {
        for (int status : new int[] {401, 403}) {
            Failure f =
                    failureOf("/auth" + status, json(status, "{\"detail\":\"bad token " + TestModels.TOKEN + "\"}"));
            assertEquals(Retry.NEVER, f.retry());
            AuthenticationException e =
                    assertInstanceOf(AuthenticationException.class, f.error().apply(1));
            assertEquals(status, e.status());
            assertFalse(e.getMessage().contains(TestModels.TOKEN), e.getMessage());
        }
        Failure rejected = failureOf("/bad", json(422, "{\"detail\":\"prompt " + TestModels.TOKEN + " too long\"}"));
        assertEquals(Retry.NEVER, rejected.retry());
        ProviderRejectedException e = assertInstanceOf(
                ProviderRejectedException.class, rejected.error().apply(1));
        assertEquals(422, e.status());
        assertTrue(e.errorBody().contains(Redactor.MARK), e.errorBody());
        assertFalse(e.errorBody().contains(TestModels.TOKEN), e.errorBody());
    }

    @Test
    void brokenExchangesAreRetriedAsFarAsNothingCanHaveBeenProcessedTwice() {
        long wait = Duration.ofSeconds(2).toNanos();
        Failure perExchange = classifier.ofBroken(Broken.TIMEOUT, -1, null, false, wait);
        assertEquals(Retry.IF_IDEMPOTENT, perExchange.retry());
        CallTimedOutException timedOut = assertInstanceOf(
                CallTimedOutException.class, perExchange.error().apply(1));
        assertEquals(Duration.ofSeconds(2), timedOut.timeout());
        assertFalse(timedOut.overall());

        Failure overall = classifier.ofBroken(Broken.TIMEOUT, -1, null, true, wait);
        assertEquals(Retry.NEVER, overall.retry(), "the call's time is up");
        assertEquals(
                Duration.ofSeconds(30), ((CallTimedOutException) overall.error().apply(1)).timeout());

        Failure tooLarge = classifier.ofBroken(Broken.TOO_LARGE, 200, new CappedBody.TooLarge(1024, true), false, wait);
        assertEquals(Retry.NEVER, tooLarge.retry());
        assertInstanceOf(ResponseTooLargeException.class, tooLarge.error().apply(1));

        ConnectException refused = new ConnectException("refused " + TestModels.TOKEN);
        Failure notConnected = classifier.ofBroken(Broken.NOT_CONNECTED, -1, refused, false, wait);
        assertEquals(Retry.ALWAYS, notConnected.retry(), "nothing was sent");
        PictorException e = notConnected.error().apply(4);
        assertInstanceOf(ProviderUnavailableException.class, e);
        assertSame(refused, e.getCause());
        assertTrue(e.getMessage().contains("could not connect (ConnectException: refused [redacted])"), e.getMessage());

        Failure cut = classifier.ofBroken(Broken.BROKEN_BODY, 200, new IOException("reset"), false, wait);
        assertEquals(Retry.IF_IDEMPOTENT, cut.retry());
        assertTrue(cut.error().apply(1) instanceof MalformedResponseException m
                && m.getMessage().contains("the body of the 200 answer broke off"));

        Failure connection = classifier.ofBroken(Broken.CONNECTION, -1, null, false, wait);
        assertEquals(Retry.IF_IDEMPOTENT, connection.retry());
        assertTrue(connection.error().apply(1).getMessage().contains("the connection failed (connection)"));
    }
}
