package dev.pictor.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code /_emulator/...}: what a test in another process uses to drive a standalone emulator. */
class ControlEndpointTest {

    private static final String MODEL = "@cf/stabilityai/stable-diffusion-xl-base-1.0";

    @Test
    void faultsInjectedOverHttp() {
        try (ProviderEmulator emulator = ProviderEmulator.start(Http.schemas())) {
            String faults = emulator.origin() + "/_emulator/faults";
            HttpResponse<byte[]> injected = Http.post(faults, """
                    [{"kind": "RATE_LIMITED", "retryAfterSeconds": 4, "provider": "cloudflare-workers-ai"},
                     {"kind": "server_error", "count": 2},
                     {"kind": "SLOW", "delayMillis": 50}]""");
            assertEquals(200, injected.statusCode(), () -> new String(injected.body()));
            assertEquals(4, Http.json(injected).get("pending").size());
            assertEquals(
                    List.of(
                            Fault.rateLimited(Duration.ofSeconds(4)).forProvider("cloudflare-workers-ai"),
                            Fault.serverError(),
                            Fault.serverError(),
                            Fault.slow(Duration.ofMillis(50))),
                    emulator.pendingFaults());
            String url = emulator.baseUrl("cloudflare-workers-ai") + "/" + MODEL;
            String body = Http.write(SeedModels.validRequest(SeedModels.model(MODEL)));
            HttpResponse<byte[]> limited = Http.post(url, body, "Authorization", "Bearer t");
            assertEquals(429, limited.statusCode());
            assertEquals(Optional.of("4"), limited.headers().firstValue("Retry-After"));
            assertEquals(500, Http.post(url, body, "Authorization", "Bearer t").statusCode());
            HttpResponse<byte[]> delete = Http.send(
                    HttpRequest.newBuilder(URI.create(faults)).DELETE().build());
            assertEquals(0, Http.json(delete).get("pending").size());
            assertEquals(200, Http.post(url, body, "Authorization", "Bearer t").statusCode());

            JsonNode counts = Http.json(Http.get(emulator.origin() + "/_emulator/requests"));
            assertEquals(3, counts.get("total").asInt());
            assertEquals(
                    200, Http.post(emulator.origin() + "/_emulator/reset", "").statusCode());
            assertEquals(
                    0,
                    Http.json(Http.get(emulator.origin() + "/_emulator/requests"))
                            .get("total")
                            .asInt());
        }
    }

    @Test
    void badFaultRequestsAreRefused() {
        try (ProviderEmulator emulator = ProviderEmulator.start(Http.schemas())) {
            String faults = emulator.origin() + "/_emulator/faults";
            HttpResponse<byte[]> unknown = Http.post(faults, "{\"kind\": \"EXPLODE\"}");
            assertEquals(400, unknown.statusCode());
            assertTrue(Http.json(unknown).get("error").asText().contains("EXPLODE"));
            assertEquals(
                    400,
                    Http.post(faults, "{\"kind\": \"SLOW\", \"provider\": \"nobody\"}")
                            .statusCode());
            assertEquals(400, Http.post(faults, "not json").statusCode());
            assertTrue(emulator.pendingFaults().isEmpty());
        }
    }

    @Test
    void providersDescribeTheirBaseUrls() {
        try (ProviderEmulator emulator = ProviderEmulator.start(Http.schemas())) {
            JsonNode providers = Http.json(Http.get(emulator.origin() + "/_emulator/providers"));
            assertEquals(
                    emulator.baseUrl("replicate"),
                    providers.get("replicate").get("baseUrl").asText());
            assertEquals(
                    "runpod-serverless",
                    providers.get("runpod").get("transport").asText());
            assertEquals(
                    emulator.baseUrl("runpod", "runpod-workers/worker-sdxl"),
                    providers.get("runpod").get("models").get(0).get("baseUrl").asText());
            List<String> lines = emulator.describe();
            assertTrue(
                    lines.stream().anyMatch(l -> l.contains("/client/v4/accounts/emulator-account/ai/run/" + MODEL)),
                    lines::toString);
        }
    }
}
