package dev.pictor.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;

/** Real HTTP on loopback for the tests: a JDK client, JSON read with the tests' own Jackson mapper. */
final class Http {

    static final String TOKEN = "test-token";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private Http() {}

    static Path schemas() {
        String dir = System.getProperty("pictor.schemas");
        assertNotNull(dir, "the build sets pictor.schemas");
        return Path.of(dir);
    }

    static HttpResponse<byte[]> post(String url, String json, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return send(withHeaders(b, headers).build());
    }

    static HttpResponse<byte[]> postWithToken(String url, Object body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = "Bearer " + TOKEN;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return post(url, write(body), all);
    }

    static HttpResponse<byte[]> get(String url, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .GET();
        return send(withHeaders(b, headers).build());
    }

    static HttpResponse<byte[]> getWithToken(String url) {
        return get(url, "Authorization", "Bearer " + TOKEN);
    }

    static HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.Builder withHeaders(HttpRequest.Builder b, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    static String write(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(HttpResponse<byte[]> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(
                    "not JSON (" + response.statusCode() + "): " + new String(response.body(), StandardCharsets.UTF_8),
                    e);
        }
    }

    /** The same JSON as this client's mapper reads it (numbers as its own node types). */
    static JsonNode reparse(Object value) {
        try {
            return JSON.readTree(write(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    static BufferedImage image(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            assertNotNull(image, "ImageIO cannot read the image");
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertImage(byte[] bytes, String mediaType, int width, int height) {
        if (mediaType.equals("image/png")) {
            assertEquals((byte) 0x89, bytes[0], "PNG signature");
            assertEquals('P', bytes[1]);
        } else {
            assertEquals((byte) 0xFF, bytes[0], "JPEG SOI");
            assertEquals((byte) 0xD8, bytes[1]);
        }
        BufferedImage image = image(bytes);
        assertEquals(width, image.getWidth(), "width");
        assertEquals(height, image.getHeight(), "height");
    }
}
