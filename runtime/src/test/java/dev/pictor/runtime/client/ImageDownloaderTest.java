package dev.pictor.runtime.client;

import static dev.pictor.runtime.client.ScriptedServer.bytes;
import static dev.pictor.runtime.client.ScriptedServer.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.runtime.ImageResult;
import dev.pictor.runtime.ModelId;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Downloads from a loopback server, each hop sent by a plain JDK client that follows no redirect (as the client's own):
 * data URIs in place, redirects followed and checked here, the body checked to be the image it says it is.
 */
class ImageDownloaderTest {

    private static final ModelId MODEL = TestModels.id(TestModels.REPLICATE, "owner/painter", "2025-11-20");
    private static final byte[] PNG = TestModels.png(2, 2);

    private ScriptedServer server;
    private ImageDownloader downloader;

    @BeforeEach
    void start() throws IOException {
        server = new ScriptedServer();
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        downloader = new ImageDownloader(
                MODEL, request -> http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private MalformedResponseException refused(String url) {
        return assertThrows(MalformedResponseException.class, () -> downloader.fetch(URI.create(url)));
    }

    @Test
    void aDataUriIsDecodedWithoutARequest() throws Exception {
        ImageResult image = downloader.fetch(URI.create("data:image/png;base64," + TestModels.base64(PNG)));
        assertArrayEquals(PNG, image.bytes().toByteArray());
        assertEquals("image/png", image.mediaType());
        assertEquals(List.of(), server.requests());
        assertTrue(refused("data:image/png;base64,@@@").getMessage().contains("an output data URI"));
    }

    @Test
    void redirectsAreFollowedToTheImage() throws Exception {
        server.on("GET", "/first", json(302, "{}", "Location", "/second"))
                .on("GET", "/second", json(307, "{}", "Location", server.url("/image.png")))
                .on("GET", "/image.png", bytes(200, "image/png", PNG));
        ImageResult image = downloader.fetch(URI.create(server.url("/first")));
        assertArrayEquals(PNG, image.bytes().toByteArray());
        assertEquals(List.of("GET /first", "GET /second", "GET /image.png"), ScriptedServer.paths(server.requests()));
    }

    @Test
    void fiveRedirectsAreFollowedAndASixthIsNot() {
        server.on("GET", "/loop", json(302, "{}", "Location", "/loop"));
        assertTrue(refused(server.url("/loop")).getMessage().contains("more than 5 redirects"));
        assertEquals(6, server.count("GET", "/loop"));
    }

    @Test
    void aRedirectWithoutLocationOrToARefusedUrlEndsTheDownload() {
        server.on("GET", "/nowhere", json(302, "{}"))
                .on("GET", "/away", json(302, "{}", "Location", "http://images.example.com/x.png"));
        assertTrue(refused(server.url("/nowhere")).getMessage().contains("a redirect without Location"));
        assertTrue(refused(server.url("/away")).getMessage().contains("an output URL is refused"));
        assertEquals(List.of("GET /nowhere", "GET /away"), ScriptedServer.paths(server.requests()));
    }

    @Test
    void theBodyMustBeTheImageItSaysItIs() {
        server.on("GET", "/page", bytes(200, "text/html", "<html></html>".getBytes(StandardCharsets.UTF_8)))
                .on("GET", "/jpeg-as-png", bytes(200, "image/png", TestModels.jpeg(2, 2)));
        assertTrue(refused(server.url("/page")).getMessage().contains("content type text/html"));
        assertTrue(
                refused(server.url("/jpeg-as-png")).getMessage().contains("declared image/png but its bytes are JPEG"));
    }
}
