package dev.pictor.emulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pictor.core.model.Example;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.validate.ReferenceValidator;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every model of the repository's schemas, called over HTTP as its provider's clients call it. */
class SeedModelsEndToEndTest {

    private static ProviderEmulator emulator;

    @BeforeAll
    static void start() {
        emulator = ProviderEmulator.builder().schemas(Http.schemas()).start();
    }

    @AfterAll
    static void stop() {
        assertTrue(
                emulator.internalError().isEmpty(),
                () -> emulator.internalError().get().toString());
        emulator.close();
    }

    /**
     * The version each model id is served as: its newest snapshot (an unversioned path serves that one, and an older
     * snapshot's request need not be valid for it: flux-1-schnell's 2025-11-20 example sends a seed that the
     * 2026-11-22 schema no longer allows).
     */
    static Stream<Arguments> models() {
        List<ModelDocument> all = SeedModels.models();
        return all.stream()
                .filter(m -> all.stream()
                        .noneMatch(o -> o.provider().equals(m.provider())
                                && o.model().equals(m.model())
                                && o.snapshot().isAfter(m.snapshot())))
                .map(m -> Arguments.of(Named.of(m.model(), m)));
    }

    @Test
    void servesEveryModelOfTheSchemas() {
        assertEquals(12, SeedModels.models().size(), "11 models, flux-1-schnell in two versions");
        assertEquals(
                List.of("cloudflare-workers-ai", "comfyui-gateway", "replicate", "runpod"), emulator.providerIds());
        assertEquals(8, emulator.modelIds("cloudflare-workers-ai").size());
        String origin = emulator.origin();
        assertEquals(origin + "/client/v4/accounts/emulator-account/ai/run", emulator.baseUrl("cloudflare-workers-ai"));
        assertEquals(
                origin + "/client/v4/accounts/{account_id}/ai/run", emulator.baseUrlTemplate("cloudflare-workers-ai"));
        assertEquals(origin + "/replicate/v1", emulator.baseUrl("replicate"));
        assertEquals(origin + "/runpod/v2/runpod-workers-worker-sdxl", emulator.baseUrl("runpod"));
        assertEquals(origin + "/runpod/v2/{endpoint_id}", emulator.baseUrlTemplate("runpod"));
        assertEquals(origin + "/comfyui-gateway", emulator.baseUrl("comfyui-gateway"));
    }

    @ParameterizedTest
    @MethodSource("models")
    void validRequestGetsImagesOfTheRequestedSize(ModelDocument model) {
        ObjectNode request = SeedModels.validRequest(model);
        ProviderCalls.Result result = ProviderCalls.run(emulator, model, request);
        int[] size = SeedModels.expectedSize(model, request);
        assertEquals(SeedModels.expectedCount(request), result.images().size());
        for (byte[] image : result.images()) {
            Http.assertImage(image, SeedModels.mediaType(model), size[0], size[1]);
        }
        if (result.images().size() > 1) {
            assertFalse(
                    java.util.Arrays.equals(
                            result.images().get(0), result.images().get(1)),
                    "two images of one request differ");
        }
        if (result.output() != null) {
            assertEquals(
                    List.of(),
                    new ReferenceValidator()
                            .validate(
                                    model.effectiveOutput().toJackson(),
                                    model.dialect(),
                                    model.file(),
                                    result.output()),
                    "the output matches the model's output schema");
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void samePromptAndSeedGiveTheSameBytes(ModelDocument model) {
        ObjectNode request = SeedModels.validRequest(model);
        byte[] first = ProviderCalls.run(emulator, model, request).images().get(0);
        byte[] again = ProviderCalls.run(emulator, model, request).images().get(0);
        assertArrayEquals(first, again);
        ObjectNode other = request.deepCopy();
        other.put("prompt", request.path("prompt").asText("") + " at night");
        byte[] different = ProviderCalls.run(emulator, model, other).images().get(0);
        assertFalse(java.util.Arrays.equals(first, different), "another prompt gives another image");
        if (SeedModels.input(model).path("properties").has("seed")) {
            ObjectNode reseeded = request.deepCopy();
            reseeded.put("seed", 12345);
            byte[] seeded =
                    ProviderCalls.run(emulator, model, reseeded).images().get(0);
            assertFalse(java.util.Arrays.equals(first, seeded), "another seed gives another image");
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void invalidRequestGetsTheProvidersError(ModelDocument model) {
        ObjectNode request = SeedModels.validRequest(model);
        request.put("prompt", 42);
        assertProviderRejects(model, request, "prompt");
    }

    @ParameterizedTest
    @MethodSource("models")
    void examplesDeclaredInvalidAreRefused(ModelDocument model) {
        for (Example example : model.examples()) {
            if (!example.valid()) {
                assertProviderRejects(model, example.input().toJackson(), null);
            }
        }
    }

    @Test
    void aClientWithTheJdkDefaultsIsAnswered() throws Exception {
        // HttpClient's default version is HTTP/2: it offers an h2c upgrade, which the server declines (HTTP/1.1).
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        ModelDocument model = SeedModels.model("@cf/lykon/dreamshaper-8-lcm");
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(emulator.baseUrl(model.provider()) + "/" + model.model()))
                .header("Authorization", "Bearer " + Http.TOKEN)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Http.write(SeedModels.validRequest(model))))
                .build();
        for (int i = 0; i < 3; i++) {
            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode());
            assertEquals(java.net.http.HttpClient.Version.HTTP_1_1, r.version());
        }
    }

    @Test
    void inpaintingWithoutImageAndMaskIsRefusedWithTheRefinedRequirement() {
        ModelDocument model = SeedModels.model("@cf/runwayml/stable-diffusion-v1-5-inpainting");
        ObjectNode request = SeedModels.validRequest(model);
        request.remove("mask");
        HttpResponse<byte[]> r = Http.postWithToken(emulator.baseUrl(model.provider()) + "/" + model.model(), request);
        assertEquals(400, r.statusCode());
        assertTrue(Http.json(r).get("errors").get(0).get("message").asText().contains("mask"));
    }

    @Test
    void uint8ItemsOutOfRangeAreRefusedByTheRefinement() {
        ModelDocument model = SeedModels.model("@cf/runwayml/stable-diffusion-v1-5-img2img");
        ObjectNode request = SeedModels.validRequest(model);
        request.set("image", Http.JSON.createArrayNode().add(12).add(256));
        HttpResponse<byte[]> r = Http.postWithToken(emulator.baseUrl(model.provider()) + "/" + model.model(), request);
        assertEquals(400, r.statusCode());
        JsonNode error = Http.json(r).get("errors").get(0);
        assertEquals(5006, error.get("code").asInt());
        assertTrue(error.get("message").asText().contains("/image/1"), error.toString());
    }

    /** The provider's own way of saying no; {@code member}, when given, is named in it. */
    static void assertProviderRejects(ModelDocument model, JsonNode input, String member) {
        String provider = model.provider();
        switch (ProviderCalls.transport(emulator, provider)) {
            case "cloudflare-workers-ai" -> {
                HttpResponse<byte[]> r = Http.postWithToken(emulator.baseUrl(provider) + "/" + model.model(), input);
                assertEquals(400, r.statusCode());
                assertEquals("application/json", Http.contentType(r));
                JsonNode body = Http.json(r);
                assertFalse(body.get("success").asBoolean());
                assertTrue(body.get("result").isNull());
                assertEquals(0, body.get("messages").size());
                assertEquals(5006, body.get("errors").get(0).get("code").asInt());
                if (member != null) {
                    assertTrue(
                            body.get("errors").get(0).get("message").asText().contains("/" + member), body::toString);
                }
            }
            case "replicate-predictions" -> {
                ObjectNode request = Http.JSON.createObjectNode();
                request.put("version", model.providerVersion().orElseThrow());
                request.set("input", input);
                HttpResponse<byte[]> r = Http.postWithToken(emulator.baseUrl(provider) + "/predictions", request);
                assertEquals(422, r.statusCode());
                assertEquals("application/problem+json", Http.contentType(r));
                JsonNode body = Http.json(r);
                assertEquals(422, body.get("status").asInt());
                assertEquals("Input validation failed", body.get("title").asText());
                if (member != null) {
                    assertTrue(
                            body.get("invalid_fields").findValuesAsText("field").contains("input." + member),
                            body::toString);
                }
            }
            case "runpod-serverless" -> {
                ObjectNode request = Http.JSON.createObjectNode();
                request.set("input", input);
                HttpResponse<byte[]> r =
                        Http.postWithToken(emulator.baseUrl(provider, model.model()) + "/runsync", request);
                assertEquals(200, r.statusCode());
                JsonNode job = Http.json(r);
                assertEquals("FAILED", job.get("status").asText());
                assertFalse(job.has("output"));
                if (member != null) {
                    assertTrue(job.get("error").asText().contains("/" + member), job::toString);
                }
            }
            case "json-gateway" -> {
                HttpResponse<byte[]> r = Http.postWithToken(emulator.baseUrl(provider) + "/" + model.model(), input);
                assertEquals(400, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
                JsonNode body = Http.json(r);
                assertTrue(body.get("error").isTextual());
                if (member != null) {
                    assertTrue(
                            body.get("violations").findValuesAsText("pointer").contains("/" + member), body::toString);
                }
            }
            default -> throw new AssertionError(provider);
        }
    }
}
