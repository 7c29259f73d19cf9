package com.example.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.clients.bfl.flux_pro_1_1.v2026_12_07.FluxPro1_1Request;
import com.example.clients.bfl.flux_pro_1_1.v2026_12_07.FluxPro1_1Response;
import com.example.clients.openai.createimage.v2025_04_29.CreateImageRequest;
import com.example.clients.openai.createimage.v2025_04_29.CreateImageResponse;
import com.example.clients.openai.createimage.v2025_04_29.ResponseFormat;
import com.example.clients.openai.createimage.v2025_04_29.Size;
import com.example.clients.openai.createimageedit.v2025_04_29.CreateImageEditRequest;
import com.example.clients.openai.createimageedit.v2025_04_29.CreateImageEditResponse;
import com.example.clients.stability_ai.imagetoimage.v2026_12_07.Body;
import com.example.clients.stability_ai.imagetoimage.v2026_12_07.ImageToImageRequest;
import com.example.clients.stability_ai.imagetoimage.v2026_12_07.ImageToImageResponse;
import com.example.clients.stability_ai.imagetoimage.v2026_12_07.TextPrompt;
import com.example.clients.stability_ai.text_to_image_png.v2026_12_07.TextToImagePngRequest;
import dev.pictor.emulator.RecordedRequest;
import dev.pictor.emulator.junit.PictorEmulatorExtension;
import dev.pictor.runtime.Generation;
import dev.pictor.runtime.ImageBytes;
import dev.pictor.runtime.ImageResult;
import dev.pictor.runtime.JsonValue;
import dev.pictor.runtime.client.PictorClient;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Done means of issue 16, through the clients generated from the imported documents, against the emulator serving
 * the same documents: OpenAI's JSON generation (its {@code b64_json} decoded to an image) and multipart edit (image and
 * mask, checked part by part by the emulator), BFL's FLUX 1.1 [pro] (submitted, polled to Ready, its result image
 * fetched), Stability v1's text-to-image answering the PNG it asks for by {@code Accept: image/png} and its multipart
 * image-to-image ({@code text_prompts[0][text]}).
 */
class OpenApiEndToEndTest {

    static final String TOKEN = "openapi-end-to-end-token";

    @RegisterExtension
    static PictorEmulatorExtension emulator = PictorEmulatorExtension.forSchemas(Path.of("src/main/pictor"));

    static PictorClient client() {
        return client(emulator);
    }

    /** A client of every provider of the root, against the emulator {@code running}. */
    static PictorClient client(PictorEmulatorExtension running) {
        PictorClient.Builder builder = PictorClient.builder()
                .environment(name -> null)
                .pollInterval(Duration.ofMillis(20), Duration.ofMillis(80))
                .callTimeout(Duration.ofSeconds(20));
        for (String provider : running.emulator().providerIds()) {
            builder.credential(provider, TOKEN).baseUrl(provider, running.baseUrl(provider));
        }
        return builder.build();
    }

    /** The last request the emulator answered on {@code path} (the emulator keeps every test's requests). */
    static RecordedRequest sent(String path) {
        List<RecordedRequest> all = emulator.emulator().requests();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).path().equals(path)) {
                return all.get(i);
            }
        }
        throw new AssertionError("no request on " + path + ": " + all);
    }

    static ImageBytes png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, 0xff336699);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ImageBytes.of(out.toByteArray());
    }

    static BufferedImage decoded(ImageResult image) {
        try {
            BufferedImage read = ImageIO.read(image.bytes().inputStream());
            assertTrue(read != null, "a readable " + image.mediaType());
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void openAiGenerationsAnswersB64JsonDecodedToAnImage() {
        try (PictorClient client = client()) {
            Generation<CreateImageResponse> g = client.run(CreateImageRequest.builder("an otter")
                    .n(2)
                    .size(Size._256X256)
                    .responseFormat(ResponseFormat.B64_JSON)
                    .build());
            assertEquals(2, g.output().data().size());
            assertEquals(2, g.images().size(), "each b64_json decoded");
            for (ImageResult image : g.images()) {
                BufferedImage read = decoded(image);
                assertEquals(256, read.getWidth());
                assertEquals(256, read.getHeight());
            }
            RecordedRequest sent = sent("/openai/v1/images/generations");
            assertEquals("POST", sent.method());
            assertTrue(sent.header("content-type").orElse("").startsWith("application/json"));
            assertTrue(sent.credentialSent());
        }
    }

    @Test
    void openAiEditsSendsTheImageAndTheMaskAsFileParts() {
        try (PictorClient client = client()) {
            Generation<CreateImageEditResponse> g =
                    client.run(CreateImageEditRequest.builder(List.of(png(64, 64)), "add a hat")
                            .mask(png(64, 64))
                            .build());
            assertFalse(g.images().isEmpty(), "the emulator checked the parts and answered");
            RecordedRequest sent = sent("/openai/v1/images/edits");
            assertTrue(
                    sent.header("content-type").orElse("").startsWith("multipart/form-data; boundary="),
                    sent::toString);
        }
    }

    @Test
    void bflFluxProIsSubmittedPolledToReadyAndItsResultImageFetchedWithoutTheCredential() {
        try (PictorClient client = client()) {
            Generation<FluxPro1_1Response> g = client.run(FluxPro1_1Request.builder()
                    .prompt("a lighthouse")
                    .width(512)
                    .height(512)
                    .build());
            assertTrue(g.output().sample().toString().startsWith("http"), g.output()::toString);
            BufferedImage read = decoded(g.image());
            assertEquals(512, read.getWidth());
            List<RecordedRequest> requests = emulator.emulator().requests().stream()
                    .filter(r -> r.provider().filter("bfl"::equals).isPresent()
                            || r.host().equals("localhost"))
                    .toList();
            assertEquals("/bfl/v1/flux-pro-1.1", requests.get(0).path());
            assertTrue(requests.size() >= 3, "submit, at least one poll, the download: " + requests);
            RecordedRequest download = requests.get(requests.size() - 1);
            assertFalse(download.carriedCredential(), "a result image gets no credential: " + download);
        }
    }

    @Test
    void stabilityTextToImageAnswersThePngItAsksForByAccept() {
        try (PictorClient client = client()) {
            Generation<ImageResult> g = client.run(TextToImagePngRequest.builder(
                            "stable-diffusion-v1-6",
                            JsonValue.parse("{\"text_prompts\": [{\"text\": \"a lighthouse\"}], \"width\": 512,"
                                    + " \"height\": 512, \"samples\": 1}"))
                    .build());
            assertEquals("image/png", g.image().mediaType());
            assertEquals(512, decoded(g.image()).getWidth());
            RecordedRequest sent = sent("/stability-ai/v1/generation/stable-diffusion-v1-6/text-to-image");
            assertEquals("image/png", sent.header("accept").orElse(""), sent::toString);
        }
    }

    @Test
    void stabilityImageToImageSendsTextPromptsInBracketsAndTheInitImageAsAFile() {
        try (PictorClient client = client()) {
            Generation<ImageToImageResponse> g = client.run(ImageToImageRequest.builder(
                            "stable-diffusion-v1-6",
                            Body.builder(
                                            List.of(TextPrompt.builder("a dog space commander")
                                                    .weight(1)
                                                    .build()),
                                            png(64, 64))
                                    .imageStrength(0.35)
                                    .build())
                    .build());
            assertFalse(g.images().isEmpty(), "each artifact's base64 decoded");
            sent("/stability-ai/v1/generation/stable-diffusion-v1-6/image-to-image");
        }
    }
}
