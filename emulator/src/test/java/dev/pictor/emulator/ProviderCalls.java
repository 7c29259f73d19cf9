package dev.pictor.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pictor.core.model.ModelDocument;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * How a client calls each provider's API, written from the provider's documentation for the tests (not from the
 * emulator's code): the request envelope, then the images out of the answer's envelope.
 */
final class ProviderCalls {

    private ProviderCalls() {}

    /** The images a valid request produces, checked against its provider's success envelope. */
    record Result(List<byte[]> images, JsonNode output) {}

    static Result run(ProviderEmulator emulator, ModelDocument model, JsonNode input) {
        String provider = model.provider();
        String transport = transport(emulator, provider);
        switch (transport) {
            case "cloudflare-workers-ai" -> {
                HttpResponse<byte[]> r = Http.postWithToken(emulator.baseUrl(provider) + "/" + model.model(), input);
                assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
                String declared =
                        model.effectiveOutput().toJackson().path("contentType").asText();
                if (declared.startsWith("image/")) {
                    assertEquals(declared, Http.contentType(r));
                    return new Result(List.of(r.body()), null);
                }
                assertEquals("application/json", Http.contentType(r));
                JsonNode body = Http.json(r);
                assertTrue(body.get("success").asBoolean());
                assertEquals(0, body.get("errors").size());
                assertEquals(0, body.get("messages").size());
                JsonNode result = body.get("result");
                return new Result(
                        List.of(Base64.getDecoder().decode(result.get("image").asText())), result);
            }
            case "replicate-predictions" -> {
                ObjectNode request = Http.JSON.createObjectNode();
                request.put("version", model.providerVersion().orElseThrow());
                request.set("input", input);
                HttpResponse<byte[]> r =
                        Http.postWithToken(emulator.baseUrl(provider) + "/predictions", request, "Prefer", "wait");
                assertEquals(201, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
                JsonNode prediction = Http.json(r);
                assertEquals("succeeded", prediction.get("status").asText());
                assertEquals(model.model(), prediction.get("model").asText());
                assertEquals(Http.reparse(input), prediction.get("input"), "input echoed");
                assertTrue(prediction.get("error").isNull());
                List<byte[]> images = new ArrayList<>();
                for (JsonNode url : prediction.get("output")) {
                    HttpResponse<byte[]> file = Http.get(url.asText());
                    assertEquals(200, file.statusCode());
                    assertEquals("image/png", Http.contentType(file));
                    images.add(file.body());
                }
                return new Result(images, prediction.get("output"));
            }
            case "runpod-serverless" -> {
                ObjectNode request = Http.JSON.createObjectNode();
                request.set("input", input);
                HttpResponse<byte[]> r =
                        Http.postWithToken(emulator.baseUrl(provider, model.model()) + "/runsync", request);
                assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
                JsonNode job = Http.json(r);
                assertEquals("COMPLETED", job.get("status").asText(), job::toString);
                JsonNode output = job.get("output");
                List<byte[]> images = new ArrayList<>();
                for (JsonNode uri : output.get("images")) {
                    images.add(dataUri(uri.asText()));
                }
                assertEquals(
                        output.get("images").get(0).asText(),
                        output.get("image_url").asText());
                return new Result(images, output);
            }
            case "json-gateway" -> {
                HttpResponse<byte[]> r = Http.postWithToken(emulator.baseUrl(provider) + "/" + model.model(), input);
                assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
                JsonNode body = Http.json(r);
                List<byte[]> images = new ArrayList<>();
                for (JsonNode b64 : body.get("images")) {
                    images.add(Base64.getDecoder().decode(b64.asText()));
                }
                return new Result(images, body);
            }
            default -> throw new AssertionError("no call for transport " + transport);
        }
    }

    static byte[] dataUri(String uri) {
        String prefix = "data:image/png;base64,";
        assertTrue(uri.startsWith(prefix), uri.substring(0, Math.min(40, uri.length())));
        byte[] bytes = Base64.getDecoder().decode(uri.substring(prefix.length()));
        assertFalse(bytes.length == 0);
        return bytes;
    }

    static String transport(ProviderEmulator emulator, String providerId) {
        return Http.json(Http.get(emulator.origin() + "/_emulator/providers"))
                .get(providerId)
                .get("transport")
                .asText();
    }
}
