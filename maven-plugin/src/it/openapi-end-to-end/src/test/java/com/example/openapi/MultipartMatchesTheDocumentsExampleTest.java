package com.example.openapi;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.clients.stability_ai.imagetoimage.v2026_12_07.Body;
import com.example.clients.stability_ai.imagetoimage.v2026_12_07.ImageToImageRequest;
import com.example.clients.stability_ai.imagetoimage.v2026_12_07.TextPrompt;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.pictor.runtime.client.PictorClient;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The multipart body the runtime's transport writes for Stability's image-to-image, compared with the provider
 * document's own examples of that body (IMAGE_STRENGTH, STEP_SCHEDULE): every part is named as an example names it
 * ({@code text_prompts[0][text]}, not {@code text_prompts} as JSON). The emulator reads the same encoding, so a test
 * against it alone could not see the two agree on a layout the provider does not accept.
 */
class MultipartMatchesTheDocumentsExampleTest {

    private static final Pattern PART_NAME = Pattern.compile("Content-Disposition: form-data; name=\"([^\"]*)\"");

    /** Every part name an example of the image-to-image body shows, from Stability's bundled OpenAPI document. */
    static Set<String> exampleNames() throws IOException {
        Path file = Path.of(System.getProperty("openapi.documents"), "stability-v1.bundled.openapi.json");
        JsonNode examples = new ObjectMapper()
                .readTree(file.toFile())
                .at("/paths/~1generation~1{engine_id}~1image-to-image/post/requestBody/content/multipart~1form-data"
                        + "/examples");
        Set<String> names = new TreeSet<>();
        examples.forEach(e -> e.get("value").fieldNames().forEachRemaining(names::add));
        assertTrue(names.contains("text_prompts[0][text]"), () -> "the examples read: " + names);
        return names;
    }

    @Test
    void everyPartTheTransportWritesIsNamedAsStabilitysExamplesNameIt() throws IOException {
        AtomicReference<byte[]> body = new AtomicReference<>();
        AtomicReference<String> type = new AtomicReference<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            type.set(exchange.getRequestHeaders().getFirst("Content-Type"));
            body.set(exchange.getRequestBody().readAllBytes());
            byte[] answer = "{\"message\": \"captured\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(400, answer.length); // refused, so that nothing retries
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        try (PictorClient client = PictorClient.builder()
                .environment(name -> null)
                .callTimeout(Duration.ofSeconds(10))
                .credential("stability-ai", "capture-token")
                .baseUrl(
                        "stability-ai",
                        "http://127.0.0.1:" + server.getAddress().getPort() + "/v1")
                .build()) {
            RuntimeException refused = assertThrows(
                    RuntimeException.class,
                    () -> client.run(ImageToImageRequest.builder(
                                    "stable-diffusion-v1-6",
                                    Body.builder(
                                                    List.of(TextPrompt.builder("a dog space commander")
                                                            .weight(1)
                                                            .build()),
                                                    OpenApiEndToEndTest.png(16, 16))
                                            .imageStrength(0.35)
                                            .cfgScale(7)
                                            .samples(1)
                                            .steps(20)
                                            .build())
                            .build()));
            assertTrue(body.get() != null, () -> "the transport sent nothing: " + refused);
        } finally {
            server.stop(0);
        }
        assertTrue(type.get() != null, "the transport sent the request");
        assertTrue(type.get().startsWith("multipart/form-data; boundary="), type::get);
        String text = new String(body.get(), StandardCharsets.ISO_8859_1);
        List<String> written = new ArrayList<>();
        Matcher m = PART_NAME.matcher(text);
        while (m.find()) {
            written.add(m.group(1));
        }
        assertTrue(
                written.containsAll(List.of(
                        "text_prompts[0][text]",
                        "text_prompts[0][weight]",
                        "init_image",
                        "image_strength",
                        "cfg_scale",
                        "samples",
                        "steps")),
                () -> "the parts written: " + written);
        Set<String> examples = exampleNames();
        for (String name : written) {
            assertTrue(
                    examples.contains(name),
                    () -> name + " is named as no example of the document names a part: " + examples);
        }
        assertTrue(
                Pattern.compile("name=\"init_image\"; filename=\"[^\"]+\"\r\nContent-Type: image/png")
                        .matcher(text)
                        .find(),
                "the init image is a file part of its own media type");
    }
}
