package dev.pictor.emulator;

import static dev.pictor.emulator.OpenApiFixture.body;
import static dev.pictor.emulator.OpenApiFixture.image;
import static dev.pictor.emulator.OpenApiFixture.postForm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pictor.emulator.OpenApiFixture.Form;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The synchronous OpenAPI operations of the test root, served from their documents alone: OpenAI's JSON
 * {@code images/generations} and multipart {@code images/edits}, Stability's text-to-image (JSON or PNG by
 * {@code Accept}) and multipart image-to-image with {@code text_prompts[0][text]} parts; each request checked part by
 * part, each refusal naming the part.
 */
class OpenApiOperationsTest {

    private static ProviderEmulator emulator;
    private static String openai;
    private static String stability;

    @BeforeAll
    static void start() {
        emulator = ProviderEmulator.builder().schemas(OpenApiFixture.root()).start();
        openai = emulator.baseUrl("openai");
        stability = emulator.baseUrl("stability");
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @AfterEach
    void noEmulatorBug() {
        assertTrue(
                emulator.internalError().isEmpty(),
                () -> emulator.internalError().get().toString());
        emulator.reset();
    }

    @Test
    void everyProviderIsServedUnderItsIdAndBaseUrlPath() {
        assertEquals(emulator.origin() + "/openai/v1", openai);
        assertEquals(emulator.origin() + "/stability/v1", stability);
        assertEquals(emulator.origin() + "/bfl", emulator.baseUrl("bfl"));
        assertEquals(java.util.Map.of(), emulator.unservedProviders());
        assertTrue(
                emulator.describe().contains("  POST " + openai + "/images/edits (createImageEdit)"),
                () -> String.join("\n", emulator.describe()));
    }

    @Test
    void openAiCreateImageAnswersB64JsonHoldingRealImages() {
        HttpResponse<byte[]> r = Http.post(
                openai + "/images/generations",
                "{\"prompt\": \"an otter\", \"n\": 2, \"size\": \"256x256\", \"response_format\": \"b64_json\"}",
                "Authorization",
                "Bearer " + OpenApiFixture.KEY);
        assertEquals(200, r.statusCode(), () -> body(r));
        JsonNode answer = Http.json(r);
        assertTrue(answer.get("created").isIntegralNumber(), "required members are filled");
        assertEquals(2, answer.get("data").size());
        for (JsonNode item : answer.get("data")) {
            Http.assertImage(OpenApiFixture.base64(item.get("b64_json")), "image/png", 256, 256);
        }
        assertEquals(
                emulator.origin() + "/openai/v1/images/generations",
                openai + "/images/generations",
                "the path template below the base URL's path");
    }

    @Test
    void openAiCreateImageRefusesAnInvalidBodyAndAMissingCredential() {
        HttpResponse<byte[]> invalid = Http.post(
                openai + "/images/generations", "{\"prompt\": \"x\", \"n\": 11}", "Authorization", "Bearer k");
        assertEquals(400, invalid.statusCode());
        JsonNode error = Http.json(invalid).get("error");
        assertEquals("/n", error.get("param").asText(), () -> body(invalid));
        assertTrue(error.get("message").asText().contains("/n"), () -> body(invalid));

        HttpResponse<byte[]> notJson =
                Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(openai + "/images/generations"))
                        .header("Authorization", "Bearer k")
                        .header("Content-Type", "text/plain")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"prompt\": \"x\"}"))
                        .build());
        assertEquals(415, notJson.statusCode());

        HttpResponse<byte[]> anonymous = Http.post(openai + "/images/generations", "{\"prompt\": \"x\"}");
        assertEquals(401, anonymous.statusCode());
        assertEquals(
                "Bearer", anonymous.headers().firstValue("WWW-Authenticate").orElse(""));

        HttpResponse<byte[]> wrongMethod = Http.get(openai + "/images/generations", "Authorization", "Bearer k");
        assertEquals(405, wrongMethod.statusCode());
        assertEquals("POST", wrongMethod.headers().firstValue("Allow").orElse(""));
        assertEquals(
                404,
                Http.post(openai + "/images/nothing", "{}", "Authorization", "Bearer k")
                        .statusCode());
    }

    private static Form edit() {
        return new Form()
                .file("image", "otter.png", "image/png", image("png", 64, 64))
                .file("mask", "mask.png", "image/png", image("png", 64, 64))
                .text("prompt", "an otter in a beret")
                .text("n", "2")
                .text("size", "512x512")
                .text("response_format", "b64_json");
    }

    @Test
    void openAiImageEditTakesMultipartImageAndMask() {
        HttpResponse<byte[]> r = postForm(openai + "/images/edits", edit(), "Authorization", "Bearer k");
        assertEquals(200, r.statusCode(), () -> body(r));
        JsonNode data = Http.json(r).get("data");
        assertEquals(2, data.size(), "n, a text part, read as the integer its schema says");
        Http.assertImage(OpenApiFixture.base64(data.get(0).get("b64_json")), "image/png", 512, 512);

        Form several = new Form()
                .file("image", "a.png", "image/png", image("png", 8, 8))
                .file("image", "b.jpg", "image/jpeg", image("jpeg", 8, 8))
                .text("prompt", "two images, repeated parts");
        HttpResponse<byte[]> two = postForm(openai + "/images/edits", several, "Authorization", "Bearer k");
        assertEquals(200, two.statusCode(), () -> body(two));
    }

    private static JsonNode refused(HttpResponse<byte[]> r) {
        assertEquals(400, r.statusCode(), () -> body(r));
        return Http.json(r).get("error");
    }

    @Test
    void aMultipartPartOfAnotherNameIsRefusedByName() {
        Form form = edit().text("promt", "a typo");
        JsonNode error = refused(postForm(openai + "/images/edits", form, "Authorization", "Bearer k"));
        assertEquals("promt", error.get("param").asText());
        assertTrue(error.get("message").asText().startsWith("part promt: "), error.toString());
    }

    @Test
    void aTextFileSentAsTheImageIsRefusedByName() {
        Form form = new Form()
                .file(
                        "image",
                        "notes.png",
                        "image/png",
                        "not an image".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .text("prompt", "x");
        JsonNode error = refused(postForm(openai + "/images/edits", form, "Authorization", "Bearer k"));
        assertEquals("image", error.get("param").asText());
        assertTrue(error.get("message").asText().contains("not an image"), error.toString());

        Form textType = new Form()
                .file("image", "a.txt", "text/plain", image("png", 4, 4))
                .text("prompt", "x");
        JsonNode typed = refused(postForm(openai + "/images/edits", textType, "Authorization", "Bearer k"));
        assertTrue(typed.get("message").asText().contains("text/plain"), typed.toString());

        Form mislabelled = new Form()
                .file("image", "a.png", "image/png", image("jpeg", 4, 4))
                .text("prompt", "x");
        JsonNode jpeg = refused(postForm(openai + "/images/edits", mislabelled, "Authorization", "Bearer k"));
        assertTrue(jpeg.get("message").asText().contains("image/jpeg"), jpeg.toString());
    }

    @Test
    void theEncodingsContentTypeIsChecked() {
        Form form = new Form()
                .file("image", "a.png", "image/png", image("png", 4, 4))
                .file("mask", "m.jpg", "image/jpeg", image("jpeg", 4, 4))
                .text("prompt", "x");
        JsonNode error = refused(postForm(openai + "/images/edits", form, "Authorization", "Bearer k"));
        assertEquals("mask", error.get("param").asText());
        assertTrue(error.get("message").asText().contains("image/png"), error.toString());
    }

    @Test
    void aMissingRequiredFileIsRefusedByName() {
        Form form = new Form().text("prompt", "no image");
        JsonNode error = refused(postForm(openai + "/images/edits", form, "Authorization", "Bearer k"));
        assertEquals("image", error.get("param").asText());
        assertTrue(error.get("message").asText().contains("missing"), error.toString());
    }

    @Test
    void aMalformedMultipartBodyIsRefused() {
        HttpResponse<byte[]> r =
                Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(openai + "/images/edits"))
                        .header("Authorization", "Bearer k")
                        .header("Content-Type", "multipart/form-data; boundary=abc")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                "--abc\r\nContent-Disposition: form-data\r\n\r\nx"))
                        .build());
        JsonNode error = refused(r);
        assertTrue(error.get("message").asText().contains("malformed"), error.toString());
    }

    private static final String TEXT_TO_IMAGE = "{\"text_prompts\": [{\"text\": \"a lighthouse\", \"weight\": 1}],"
            + " \"width\": 640, \"height\": 384, \"samples\": 2, \"seed\": 77}";

    @Test
    void stabilityTextToImageAnswersPngByAcceptAndJsonOtherwise() {
        String url = stability + "/generation/stable-diffusion-v1-6/text-to-image";
        HttpResponse<byte[]> png =
                Http.post(url, TEXT_TO_IMAGE, "Authorization", OpenApiFixture.KEY, "Accept", "image/png");
        assertEquals(200, png.statusCode(), () -> body(png));
        assertEquals("image/png", Http.contentType(png));
        Http.assertImage(png.body(), "image/png", 640, 384);

        HttpResponse<byte[]> json =
                Http.post(url, TEXT_TO_IMAGE, "Authorization", OpenApiFixture.KEY, "Accept", "application/json");
        assertEquals(200, json.statusCode(), () -> body(json));
        JsonNode images = Http.json(json);
        assertEquals(2, images.size(), "samples");
        assertEquals(77, images.get(0).get("seed").asInt());
        Http.assertImage(OpenApiFixture.base64(images.get(1).get("base64")), "image/png", 640, 384);

        assertEquals(
                406,
                Http.post(url, TEXT_TO_IMAGE, "Authorization", "k", "Accept", "text/html")
                        .statusCode());
        assertEquals(401, Http.post(url, TEXT_TO_IMAGE).statusCode(), "the api-key scheme's header, Authorization");
        HttpResponse<byte[]> invalid = Http.post(url, "{\"text_prompts\": []}", "Authorization", "k");
        assertEquals(
                "/body/text_prompts",
                Http.json(invalid).get("error").get("param").asText(),
                () -> body(invalid));
    }

    private static Form imageToImage() {
        return new Form()
                .text("text_prompts[0][text]", "a lighthouse at dusk")
                .text("text_prompts[0][weight]", "0.5")
                .text("text_prompts[1][text]", "fog")
                .text("text_prompts[1][weight]", "-1")
                .file("init_image", "init.jpg", "image/jpeg", image("jpeg", 32, 32))
                .text("image_strength", "0.35")
                .text("samples", "1")
                .text("seed", "9");
    }

    @Test
    void stabilityImageToImageTakesBracketedPartsAndAFile() {
        String url = stability + "/generation/stable-diffusion-v1-6/image-to-image";
        HttpResponse<byte[]> r = postForm(url, imageToImage(), "Authorization", "k", "Accept", "application/json");
        assertEquals(200, r.statusCode(), () -> body(r));
        assertEquals(1, Http.json(r).size());
        assertEquals(9, Http.json(r).get(0).get("seed").asInt());

        HttpResponse<byte[]> png = postForm(url, imageToImage(), "Authorization", "k", "Accept", "image/png");
        assertEquals("image/png", Http.contentType(png));
        Http.image(png.body());
    }

    @Test
    void stabilityBracketedPartsAreCheckedPartByPart() {
        String url = stability + "/generation/stable-diffusion-v1-6/image-to-image";
        Form noText = new Form()
                .text("text_prompts[0][weight]", "0.5")
                .file("init_image", "init.png", "image/png", image("png", 8, 8));
        JsonNode missing = refused(postForm(url, noText, "Authorization", "k"));
        assertEquals("text_prompts[0]", missing.get("param").asText(), missing.toString());

        Form badWeight = new Form()
                .text("text_prompts[0][text]", "x")
                .text("text_prompts[0][weight]", "heavy")
                .file("init_image", "init.png", "image/png", image("png", 8, 8));
        JsonNode weight = refused(postForm(url, badWeight, "Authorization", "k"));
        assertEquals("text_prompts[0][weight]", weight.get("param").asText(), weight.toString());

        Form gap = new Form()
                .text("text_prompts[1][text]", "x")
                .file("init_image", "init.png", "image/png", image("png", 8, 8));
        JsonNode hole = refused(postForm(url, gap, "Authorization", "k"));
        assertEquals("text_prompts[0]", hole.get("param").asText(), hole.toString());

        Form asJson = new Form()
                .text("text_prompts", "[{\"text\": \"x\"}]")
                .file("init_image", "init.png", "image/png", image("png", 8, 8));
        JsonNode json = refused(postForm(url, asJson, "Authorization", "k"));
        assertEquals("text_prompts", json.get("param").asText(), json.toString());

        Form noImage = new Form().text("text_prompts[0][text]", "x");
        assertEquals(
                "init_image",
                refused(postForm(url, noImage, "Authorization", "k"))
                        .get("param")
                        .asText());
    }

    @Test
    void faultsArePlayedInFrontOfOpenApiProviders() {
        emulator.inject(Fault.rateLimited(Duration.ofSeconds(3)).forProvider("openai"));
        HttpResponse<byte[]> r =
                Http.post(openai + "/images/generations", "{\"prompt\": \"x\"}", "Authorization", "Bearer k");
        assertEquals(429, r.statusCode());
        assertEquals("3", r.headers().firstValue("Retry-After").orElse(""));
        assertEquals(
                "rate_limit_exceeded", Http.json(r).get("error").get("type").asText());
        assertEquals(
                200,
                Http.post(openai + "/images/generations", "{\"prompt\": \"x\"}", "Authorization", "Bearer k")
                        .statusCode());
    }
}
