package dev.pictor.emulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each fault, as a client sees it over HTTP. */
class FaultsTest {

    private static final String MODEL = "@cf/bytedance/stable-diffusion-xl-lightning";

    private static ProviderEmulator emulator;
    private static String url;
    private static ObjectNode request;

    @BeforeAll
    static void start() {
        emulator = ProviderEmulator.builder()
                .schemas(Http.schemas())
                .slowDelay(Duration.ofMillis(600))
                .start();
        url = emulator.baseUrl("cloudflare-workers-ai") + "/" + MODEL;
        request = SeedModels.validRequest(SeedModels.model(MODEL));
    }

    @AfterAll
    static void stop() {
        assertTrue(
                emulator.internalError().isEmpty(),
                () -> emulator.internalError().get().toString());
        emulator.close();
    }

    @BeforeEach
    void reset() {
        emulator.reset();
    }

    private static HttpResponse<byte[]> call() {
        return Http.postWithToken(url, request);
    }

    @Test
    void rateLimitedThenSuccessAfterTheExpectedNumberOfAttempts() {
        emulator.inject(Fault.rateLimited(), Fault.rateLimited(Duration.ofSeconds(7)));
        HttpResponse<byte[]> first = call();
        assertEquals(429, first.statusCode());
        assertEquals(Optional.of("1"), first.headers().firstValue("Retry-After"));
        JsonNode body = Http.json(first);
        assertFalse(body.get("success").asBoolean());
        assertEquals(3040, body.get("errors").get(0).get("code").asInt());
        HttpResponse<byte[]> second = call();
        assertEquals(429, second.statusCode());
        assertEquals(Optional.of("7"), second.headers().firstValue("Retry-After"));
        HttpResponse<byte[]> third = call();
        assertEquals(200, third.statusCode());
        assertEquals("image/png", Http.contentType(third));
        assertEquals(3, emulator.requestCount());
        assertEquals(
                List.of(
                        Optional.of(Fault.Kind.RATE_LIMITED),
                        Optional.of(Fault.Kind.RATE_LIMITED),
                        Optional.<Fault.Kind>empty()),
                emulator.requests().stream().map(RecordedRequest::fault).toList());
    }

    @Test
    void configuredRetryAfter() {
        try (ProviderEmulator other = ProviderEmulator.builder()
                .schemas(Http.schemas())
                .retryAfter(Duration.ofMillis(2500))
                .start()) {
            other.inject(Fault.rateLimited());
            HttpResponse<byte[]> r = Http.postWithToken(other.baseUrl("cloudflare-workers-ai") + "/" + MODEL, request);
            assertEquals(429, r.statusCode());
            assertEquals(Optional.of("3"), r.headers().firstValue("Retry-After"), "whole seconds, rounded up");
        }
    }

    @Test
    void serverErrorAndUnavailableInTheProvidersShape() {
        emulator.inject(Fault.serverError(), Fault.unavailable());
        HttpResponse<byte[]> error = call();
        assertEquals(500, error.statusCode());
        assertFalse(Http.json(error).get("success").asBoolean());
        HttpResponse<byte[]> unavailable = call();
        assertEquals(503, unavailable.statusCode());
        assertFalse(Http.json(unavailable).get("success").asBoolean());
        assertEquals(200, call().statusCode());
    }

    @Test
    void replicateFaultsAreProblemDocuments() {
        emulator.inject(
                Fault.rateLimited().forProvider("replicate"),
                Fault.serverError().forProvider("replicate"));
        assertEquals(200, call().statusCode(), "a fault kept for Replicate does not touch Cloudflare");
        String predictions = emulator.baseUrl("replicate") + "/predictions";
        HttpResponse<byte[]> throttled = Http.postWithToken(predictions, "{}");
        assertEquals(429, throttled.statusCode());
        assertEquals("application/problem+json", Http.contentType(throttled));
        JsonNode body = Http.json(throttled);
        assertEquals(429, body.get("status").asInt());
        assertEquals(
                "Request was throttled. Expected available in 1 second.",
                body.get("detail").asText());
        assertEquals(500, Http.postWithToken(predictions, "{}").statusCode());
        assertEquals(422, Http.postWithToken(predictions, "{}").statusCode(), "then the API itself answers");
    }

    @Test
    void runpodAndGatewayFaults() {
        emulator.inject(
                Fault.unavailable().forProvider("runpod"), Fault.rateLimited().forProvider("comfyui-gateway"));
        HttpResponse<byte[]> runpod = Http.getWithToken(emulator.baseUrl("runpod") + "/status/x");
        assertEquals(503, runpod.statusCode());
        assertTrue(Http.json(runpod).get("error").isTextual());
        HttpResponse<byte[]> gateway = Http.postWithToken(emulator.baseUrl("comfyui-gateway") + "/img2img", "{}");
        assertEquals(429, gateway.statusCode());
        assertTrue(Http.json(gateway).get("error").isTextual());
    }

    @Test
    void slowAnswersAfterTheDelay() {
        emulator.inject(Fault.slow(Duration.ofMillis(300)));
        long start = System.nanoTime();
        HttpResponse<byte[]> r = call();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, r.statusCode());
        assertTrue(millis >= 300, "answered after " + millis + " ms");
    }

    @Test
    void slowAnswerOutlastsAClientTimeout() {
        emulator.inject(Fault.slow());
        HttpRequest timed = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofMillis(200))
                .header("Authorization", "Bearer " + Http.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(Http.write(request)))
                .build();
        assertThrows(
                HttpTimeoutException.class, () -> Http.CLIENT.send(timed, HttpResponse.BodyHandlers.ofByteArray()));
        assertEquals(200, call().statusCode(), "the next request is answered at once");
        // The slow answer is still being given; wait for it, so that it is not recorded in the next test.
        for (int i = 0;
                i < 100 && emulator.requests().stream().noneMatch(r -> r.fault().equals(Optional.of(Fault.Kind.SLOW)));
                i++) {
            sleep(50);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void truncatedBodyEndsShortOfItsContentLength() {
        emulator.inject(Fault.truncated());
        HttpRequest r = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + Http.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(Http.write(request)))
                .build();
        IOException e =
                assertThrows(IOException.class, () -> Http.CLIENT.send(r, HttpResponse.BodyHandlers.ofByteArray()));
        assertTrue(String.valueOf(e.getMessage()).contains("content-length"), e::toString);
        assertEquals(200, call().statusCode(), "the next request is answered in full");
    }

    @Test
    void truncatedJsonAnswer() {
        emulator.inject(Fault.truncated().forProvider("replicate"));
        HttpRequest r = HttpRequest.newBuilder(URI.create(emulator.baseUrl("replicate") + "/predictions/x"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + Http.TOKEN)
                .build();
        assertThrows(IOException.class, () -> Http.CLIENT.send(r, HttpResponse.BodyHandlers.ofByteArray()));
    }

    @Test
    void wrongContentTypeForAnImageRequest() {
        emulator.inject(Fault.wrongContentType());
        HttpResponse<byte[]> r = call();
        assertEquals(200, r.statusCode());
        assertTrue(Http.contentType(r).startsWith("text/html"));
        assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("<html>"));
        HttpResponse<byte[]> next = call();
        assertEquals("image/png", Http.contentType(next));
    }

    @Test
    void faultsArePlayedInOrderAndUsedUp() {
        emulator.inject(Fault.serverError(), Fault.unavailable(), Fault.rateLimited());
        assertEquals(3, emulator.pendingFaults().size());
        assertEquals(
                List.of(500, 503, 429, 200),
                List.of(call().statusCode(), call().statusCode(), call().statusCode(), call().statusCode()));
        assertTrue(emulator.pendingFaults().isEmpty());
    }

    @Test
    void faultsComeBeforeAuthentication() {
        emulator.inject(Fault.unavailable());
        assertEquals(503, Http.post(url, Http.write(request)).statusCode());
        assertEquals(401, Http.post(url, Http.write(request)).statusCode());
    }

    @Test
    void sameBytesWithAndWithoutAnEarlierFault() {
        byte[] clean = call().body();
        emulator.inject(Fault.slow(Duration.ofMillis(10)));
        assertArrayEquals(clean, call().body());
    }
}
