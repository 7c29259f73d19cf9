package dev.pictor.samples.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.emulator.Fault;
import dev.pictor.emulator.ProviderEmulator;
import dev.pictor.emulator.RecordedRequest;
import dev.pictor.generated.comfyui_gateway.img2img.v2025_11_20.Img2imgRequest;
import dev.pictor.generated.replicate.stability_ai.stable_diffusion.v2025_11_20.StableDiffusionRequest;
import dev.pictor.runtime.Generation;
import dev.pictor.runtime.client.AuthenticationException;
import dev.pictor.runtime.client.CallTimedOutException;
import dev.pictor.runtime.client.JobFailedException;
import dev.pictor.runtime.client.MalformedResponseException;
import dev.pictor.runtime.client.PictorClient;
import dev.pictor.runtime.client.PictorException;
import dev.pictor.runtime.client.ProviderRejectedException;
import dev.pictor.runtime.client.ProviderUnavailableException;
import dev.pictor.runtime.client.RateLimitedException;
import dev.pictor.runtime.client.RetryPolicy;
import dev.pictor.samples.SeedRequests;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Each emulator fault ends in the documented exception, or in a success after the expected number of attempts; within
 * a generous time; and leaves no thread running the runtime's code.
 */
class FaultsEndToEndTest {

    private static final String BINARY = "@cf/lykon/dreamshaper-8-lcm";
    private static final String JSON = "@cf/black-forest-labs/flux-1-schnell";
    private static final String REPLICATE = "stability-ai/stable-diffusion";
    private static final String RUNPOD = "runpod-workers/worker-sdxl";
    private static final String GATEWAY = "img2img";

    private static ProviderEmulator emulator;
    private PictorClient client;
    private long started;

    @BeforeAll
    static void startEmulator() {
        emulator = Emulators.start();
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @BeforeEach
    void reset() {
        emulator.reset();
        emulator.expectToken(Canary.TOKEN);
        started = System.nanoTime();
    }

    @AfterEach
    void noThreadLeft() throws InterruptedException {
        // A slow answer the client gave up on is recorded when the emulator finishes it: wait for it here.
        long until = System.nanoTime() + 3_000_000_000L;
        while (emulator.requests().size() < emulator.requestCount() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        if (client != null) {
            Canary.observe(client);
            client.close();
        }
        assertEquals(List.of(), Emulators.awaitNoThreadInRuntime(3000), "threads still in the runtime");
        assertEquals(List.of(), Emulators.clientThreadsLeft(), "the client's threads ended");
        assertTrue(elapsedMillis() < 15_000, "a fault test took " + elapsedMillis() + " ms");
    }

    private PictorClient client(UnaryOperator<PictorClient.Builder> settings) {
        client = settings.apply(Emulators.client(emulator)).build();
        return client;
    }

    private PictorClient client() {
        return client(b -> b);
    }

    private Generation<?> run(PictorClient c, String model) {
        Generation<?> g = c.run(SeedRequests.of(model).request());
        Canary.observe(g);
        SeedRequests.Case expected = SeedRequests.of(model);
        Images.check(expected, g, expected.width(), expected.height());
        return g;
    }

    private <T extends PictorException> T fails(Class<T> type, Executable call) {
        T e = assertThrows(type, call);
        Canary.observe(e);
        return e;
    }

    private long elapsedMillis() {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static long count(String provider) {
        return emulator.requestCount(provider);
    }

    private static List<Integer> statuses() {
        return emulator.requests().stream().map(RecordedRequest::status).toList();
    }

    // ---- 429 with Retry-After

    @Test
    void rateLimitedThenServedAfterTheRetryAfter() {
        emulator.inject(Fault.rateLimited().forProvider("cloudflare-workers-ai"));
        Generation<?> g = run(client(), BINARY);
        assertEquals(2, g.attempts());
        assertEquals(List.of(429, 200), statuses());
        assertTrue(elapsedMillis() >= 1000, "waited the Retry-After of 1 s: " + elapsedMillis() + " ms");
    }

    @Test
    void aRateLimitedCreateIsRetriedForItWasNotProcessed() {
        emulator.inject(Fault.rateLimited().forProvider("replicate"));
        Generation<?> g = run(client(), REPLICATE);
        assertEquals(2, g.attempts());
        assertEquals(429, statuses().get(0));
        assertEquals(
                1,
                emulator.requests().stream()
                        .filter(r -> r.method().equals("POST") && r.status() == 201)
                        .count(),
                "one prediction created");
    }

    @Test
    void rateLimitedOnEveryAttemptEndsRateLimited() {
        Fault noWait = Fault.rateLimited(Duration.ZERO).forProvider("cloudflare-workers-ai");
        emulator.inject(noWait, noWait, noWait);
        RateLimitedException e = fails(
                RateLimitedException.class,
                () -> client().run(SeedRequests.of(BINARY).request()));
        assertEquals(3, e.attempts());
        assertEquals(Optional.of(Duration.ZERO), e.retryAfter());
        assertEquals(3, count("cloudflare-workers-ai"));
        assertTrue(e.providerMessage().contains("Capacity temporarily exceeded"), e.providerMessage());
    }

    @Test
    void aRetryAfterLongerThanThePolicyWaitsEndsAtOnce() {
        emulator.inject(Fault.rateLimited(Duration.ofSeconds(30)).forProvider("comfyui-gateway"));
        RateLimitedException e = fails(
                RateLimitedException.class,
                () -> client(b -> b.retryPolicy(RetryPolicy.builder()
                                .maxRetryAfter(Duration.ofSeconds(5))
                                .build()))
                        .run(SeedRequests.of(GATEWAY).request()));
        assertEquals(Optional.of(Duration.ofSeconds(30)), e.retryAfter());
        assertEquals(1, e.attempts());
        assertTrue(elapsedMillis() < 3000);
    }

    // ---- 500 and 503

    @Test
    void aServerErrorIsNotRetried() {
        emulator.inject(Fault.serverError().forProvider("cloudflare-workers-ai"));
        ProviderUnavailableException e = fails(
                ProviderUnavailableException.class,
                () -> client().run(SeedRequests.of(BINARY).request()));
        assertEquals(OptionalInt.of(500), e.status());
        assertEquals(List.of(500), statuses());
    }

    @Test
    void unavailableThenServed() {
        emulator.inject(Fault.unavailable().forProvider("cloudflare-workers-ai"));
        Generation<?> g = run(client(), JSON);
        assertEquals(2, g.attempts());
        assertEquals(List.of(503, 200), statuses());
        assertTrue(elapsedMillis() >= 1000, "waited the Retry-After of 1 s");
    }

    @Test
    void anUnavailableJobCreateIsRetriedForItWasNotProcessed() {
        emulator.inject(Fault.unavailable().forProvider("runpod"));
        Generation<?> g = run(client(), RUNPOD);
        assertEquals(2, g.attempts());
        assertEquals(503, statuses().get(0));
    }

    @Test
    void unavailableOnEveryAttemptEndsUnavailable() {
        Fault f = Fault.unavailable().forProvider("comfyui-gateway");
        emulator.inject(f, f, f);
        ProviderUnavailableException e = fails(
                ProviderUnavailableException.class,
                () -> client().run(SeedRequests.of(GATEWAY).request()));
        assertEquals(OptionalInt.of(503), e.status());
        assertEquals(List.of(503, 503, 503), statuses());
    }

    // ---- slow answers

    @Test
    void aSlowAnswerTimesOutAndAnIdempotentRunIsRetried() {
        emulator.inject(Fault.slow().forProvider("cloudflare-workers-ai"));
        Generation<?> g = run(client(b -> b.callTimeout(Duration.ofMillis(500))), BINARY);
        assertEquals(2, g.attempts());
        assertTrue(elapsedMillis() < 5000);
    }

    @Test
    void aSlowJobCreateTimesOutAndIsNotSentTwice() {
        emulator.inject(Fault.slow().forProvider("replicate"));
        CallTimedOutException e = fails(
                CallTimedOutException.class,
                () -> client(b -> b.callTimeout(Duration.ofMillis(500)))
                        .run(SeedRequests.of(REPLICATE).request()));
        assertFalse(e.overall());
        assertEquals(Duration.ofMillis(500), e.timeout());
        assertTrue(elapsedMillis() < 1400, "gave up at the per-exchange timeout: " + elapsedMillis() + " ms");
        assertTrue(waitForCount("replicate", 1), "the slow create reached the emulator");
    }

    @Test
    void aSlowAnswerPastTheOverallTimeoutEndsTheCall() {
        emulator.inject(Fault.slow().forProvider("cloudflare-workers-ai"));
        CallTimedOutException e = fails(
                CallTimedOutException.class,
                () -> client(b -> b.overallTimeout(Duration.ofMillis(700)))
                        .run(SeedRequests.of(BINARY).request()));
        assertTrue(e.overall());
        assertTrue(elapsedMillis() >= 650 && elapsedMillis() < 1400, elapsedMillis() + " ms");
    }

    // ---- truncated bodies

    @Test
    void aTruncatedImageIsReadAgainOnAnIdempotentRun() {
        emulator.inject(Fault.truncated().forProvider("cloudflare-workers-ai"));
        Generation<?> g = run(client(), BINARY);
        assertEquals(2, g.attempts());
    }

    @Test
    void aTruncatedBodyWithoutRetriesIsMalformed() {
        emulator.inject(Fault.truncated().forProvider("cloudflare-workers-ai"));
        MalformedResponseException e = fails(
                MalformedResponseException.class,
                () -> client(b -> b.retryPolicy(RetryPolicy.none()))
                        .run(SeedRequests.of(JSON).request()));
        assertTrue(e.getMessage().contains("broke off"), e.getMessage());
        assertEquals(1, count("cloudflare-workers-ai"));
    }

    @Test
    void aTruncatedJobCreateIsMalformedAndNotSentTwice() {
        emulator.inject(Fault.truncated().forProvider("runpod"));
        fails(
                MalformedResponseException.class,
                () -> client().run(SeedRequests.of(RUNPOD).request()));
        assertEquals(1, count("runpod"));
    }

    // ---- wrong content type

    @Test
    void anHtmlPageInsteadOfTheImageIsMalformed() {
        for (String model : List.of(BINARY, JSON, GATEWAY, REPLICATE, RUNPOD)) {
            emulator.reset();
            emulator.inject(Fault.wrongContentType());
            MalformedResponseException e = fails(
                    MalformedResponseException.class,
                    () -> client().run(SeedRequests.of(model).request()));
            assertTrue(e.getMessage().contains("text/html"), model + ": " + e.getMessage());
            assertEquals(1, emulator.requestCount(), model + ": not retried");
            client.close();
        }
    }

    // ---- jobs that fail, credentials refused

    @Test
    void aFailedPredictionIsAJobFailure() {
        emulator.inject(Fault.jobFailed().forProvider("replicate"));
        JobFailedException e = fails(
                JobFailedException.class,
                () -> client().run(SeedRequests.of(REPLICATE).request()));
        assertEquals("failed", e.jobStatus());
        assertTrue(e.providerMessage().contains("Prediction failed"), e.providerMessage());
    }

    @Test
    void aFailedRunPodJobIsAJobFailure() {
        emulator.inject(Fault.jobFailed().forProvider("runpod"));
        JobFailedException e = fails(
                JobFailedException.class,
                () -> client().run(SeedRequests.of(RUNPOD).request()));
        assertEquals("FAILED", e.jobStatus());
    }

    @Test
    void aRefusedCredentialIsAnAuthenticationFailureNeverRetried() {
        emulator.expectToken("another-token-entirely");
        for (String model : List.of(BINARY, REPLICATE, RUNPOD, GATEWAY)) {
            emulator.reset();
            AuthenticationException e = fails(
                    AuthenticationException.class,
                    () -> client().run(SeedRequests.of(model).request()));
            assertEquals(401, e.status());
            assertEquals(1, emulator.requestCount(), model);
            client.close();
        }
    }

    @Test
    void inputTheProviderRefusesCarriesItsErrorBody() {
        // Valid for the schemas (which set no maximum size), over the emulator's own limit of 4096 x 4096 pixels.
        Img2imgRequest gateway =
                Img2imgRequest.builder().prompt("huge").width(5000).height(5000).build();
        ProviderRejectedException e = fails(ProviderRejectedException.class, () -> client().run(gateway));
        assertEquals(400, e.status());
        assertTrue(e.providerMessage().startsWith("invalid input"), e.providerMessage());
        assertTrue(e.errorBody().contains("\"violations\""), e.errorBody());

        StableDiffusionRequest replicate =
                StableDiffusionRequest.builder().width(4096).height(4160).build();
        e = fails(ProviderRejectedException.class, () -> client.run(replicate));
        assertEquals(422, e.status());
        assertTrue(e.providerMessage().startsWith("Input validation failed"), e.providerMessage());
        assertEquals(2, emulator.requestCount(), "neither was retried");
    }

    private static boolean waitForCount(String provider, long n) {
        long until = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < until) {
            if (emulator.requestCount(provider) >= n) {
                return true;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
