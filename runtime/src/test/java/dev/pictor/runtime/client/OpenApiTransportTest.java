package dev.pictor.runtime.client;

import static dev.pictor.runtime.client.ScriptedServer.bytes;
import static dev.pictor.runtime.client.ScriptedServer.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.runtime.Generation;
import dev.pictor.runtime.ImageBytes;
import dev.pictor.runtime.ImageResult;
import dev.pictor.runtime.client.OpenApiModels.Artifacts;
import dev.pictor.runtime.client.OpenApiModels.Edit;
import dev.pictor.runtime.client.OpenApiModels.Options;
import dev.pictor.runtime.client.OpenApiModels.Painting;
import dev.pictor.runtime.client.OpenApiModels.PaintingBody;
import dev.pictor.runtime.client.OpenApiModels.PngPainting;
import dev.pictor.runtime.client.OpenApiModels.ReadPart;
import dev.pictor.runtime.client.OpenApiModels.TextPrompt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The declarative transport of imported OpenAPI operations, against a scripted loopback server. */
class OpenApiTransportTest {

    private static final byte[] PNG = TestModels.png(3, 2);
    private static final byte[] JPEG = TestModels.jpeg(2, 2);

    private ScriptedServer server;
    private PictorClient client;

    @BeforeEach
    void start() throws IOException {
        server = new ScriptedServer();
        client = OpenApiModels.client(server).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private static Painting painting() {
        return new Painting("sd 1/5", "org-1", List.of("a b", "c&d"), new PaintingBody("a lighthouse", 30));
    }

    private static PngPainting pngPainting() {
        return new PngPainting("sd 1/5", "org-1", List.of(), new PaintingBody("a lighthouse", 30));
    }

    @Test
    void theUrlTheParametersAndTheJsonBodyAreLaidOutAndTheBase64AnswerDecoded() {
        server.on(
                "POST",
                "/v1/generation/sd 1/5/text-to-image",
                json(200, "{\"artifacts\":[{\"base64\":\"" + TestModels.base64(PNG) + "\"}]}"));
        ModelHandle<Painting, Artifacts> m = client.model("painter");
        Generation<Artifacts> g = m.run(painting());

        assertEquals(TestModels.bytes(PNG), g.image().bytes(), "the base64 image decoded by the adapter");
        assertEquals("image/png", g.image().mediaType());
        ScriptedServer.Seen seen = server.requests().get(0);
        assertEquals("tag=a%20b&tag=c%26d", seen.query(), "a repeated query parameter, each value encoded");
        assertEquals("org-1", seen.header("Organization"));
        assertEquals("application/json", seen.header("Accept"), "the answer the adapter reads");
        assertEquals("application/json", seen.header("Content-Type"));
        assertEquals(
                "{\"prompt\":\"a lighthouse\",\"steps\":30}",
                new String(seen.body(), StandardCharsets.UTF_8),
                "the body member alone, parameters left out");
        assertTrue(seen.hasCredential(TestModels.TOKEN));
    }

    @Test
    void aBinaryAnswerIsAskedForByAcceptAndHandedOnAsBytes() {
        server.on("POST", "/v1/generation/sd 1/5/text-to-image", bytes(200, "image/png", PNG));
        ModelHandle<PngPainting, ImageResult> m = client.model("painter-png");
        Generation<ImageResult> g = m.run(pngPainting());
        assertEquals(TestModels.bytes(PNG), g.image().bytes());
        assertEquals("image/png", server.requests().get(0).header("Accept"));
    }

    @Test
    void aBinaryAnswerMustBeTheImageAskedFor() {
        server.on(
                "POST",
                "/v1/generation/sd 1/5/text-to-image",
                json(200, "{\"artifacts\":[]}"),
                bytes(200, "image/png", JPEG));
        ModelHandle<PngPainting, ImageResult> m = client.model("painter-png");
        MalformedResponseException json = assertThrows(MalformedResponseException.class, () -> m.run(pngPainting()));
        assertTrue(json.getMessage().contains("content type application/json"), json.getMessage());
        MalformedResponseException jpeg = assertThrows(MalformedResponseException.class, () -> m.run(pngPainting()));
        assertTrue(jpeg.getMessage().contains("declared image/png but its bytes are JPEG"), jpeg.getMessage());
    }

    @Test
    void aMultipartBodyIsWrittenPartByPart() {
        server.on("POST", "/v1/images/edits", json(200, "{\"artifacts\":[]}"));
        Edit edit = new Edit(
                List.of(ImageBytes.of(PNG), ImageBytes.of(JPEG)),
                ImageBytes.of(PNG),
                "a beret \"and\" a scarf",
                2,
                List.of(new TextPrompt("a cat", 1.0), new TextPrompt("blurry", -0.5)),
                new Options("high", true),
                List.of("x", "y"),
                List.of(256, 512));
        client.run(edit);

        ScriptedServer.Seen seen = server.requests().get(0);
        String contentType = seen.header("Content-Type");
        assertTrue(contentType.startsWith("multipart/form-data; boundary="), contentType);
        List<ReadPart> parts = OpenApiModels.parts(contentType, seen.body());
        assertEquals(
                List.of(
                        "form-data; name=\"image\"; filename=\"image.png\"",
                        "form-data; name=\"image\"; filename=\"image.jpg\"",
                        "form-data; name=\"mask\"; filename=\"mask.png\"",
                        "form-data; name=\"prompt\"",
                        "form-data; name=\"n\"",
                        "form-data; name=\"text_prompts[0][text]\"",
                        "form-data; name=\"text_prompts[0][weight]\"",
                        "form-data; name=\"text_prompts[1][text]\"",
                        "form-data; name=\"text_prompts[1][weight]\"",
                        "form-data; name=\"options\"",
                        "form-data; name=\"tags[]\"",
                        "form-data; name=\"tags[]\"",
                        "form-data; name=\"sizes\"",
                        "form-data; name=\"sizes\""),
                parts.stream().map(ReadPart::disposition).toList());
        assertEquals(
                java.util.Arrays.asList(
                        "image/png",
                        "image/jpeg",
                        "image/png",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "application/json",
                        null,
                        null,
                        null,
                        null),
                parts.stream().map(p -> p.headers().get("content-type")).toList());
        assertArrayEquals(PNG, parts.get(0).content(), "the file's bytes, not base64");
        assertArrayEquals(JPEG, parts.get(1).content());
        assertArrayEquals(PNG, parts.get(2).content());
        assertEquals(
                List.of(
                        "a beret \"and\" a scarf",
                        "2",
                        "a cat",
                        "1.0",
                        "blurry",
                        "-0.5",
                        "{\"quality\":\"high\",\"moderation\":true}",
                        "x",
                        "y",
                        "256",
                        "512"),
                parts.subList(3, parts.size()).stream().map(ReadPart::text).toList(),
                "text parts as written; the undescribed list of numbers repeated by default");
    }

    @Test
    void aMemberLeftOutOrNullSendsNoPart() {
        server.on("POST", "/v1/images/edits", json(200, "{\"artifacts\":[]}"));
        client.run(new Edit(List.of(ImageBytes.of(PNG)), null, "p", null, null, null, null, null));
        ScriptedServer.Seen seen = server.requests().get(0);
        List<ReadPart> parts = OpenApiModels.parts(seen.header("Content-Type"), seen.body());
        assertEquals(
                List.of("form-data; name=\"image\"; filename=\"image.png\"", "form-data; name=\"prompt\""),
                parts.stream().map(ReadPart::disposition).toList());
    }
}
