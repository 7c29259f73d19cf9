package dev.pictor.runtime.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pictor.runtime.Base64Image;
import dev.pictor.runtime.DataUri;
import dev.pictor.runtime.ImageBytes;
import dev.pictor.runtime.ImageResult;
import dev.pictor.runtime.ModelId;
import dev.pictor.runtime.json.PictorJson;
import dev.pictor.runtime.validation.Violation;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The runtime side of every generated adapter, with hand-written adapters of each answer shape: what the generated
 * ones get by extending these classes.
 */
class AdapterShapesTest {

    record Prompt(String prompt) {}

    record Answer(String first, List<String> urls, String last) {}

    static final ModelId ID = new ModelId("acme", "acme/paint", "1", LocalDate.of(2025, 1, 1));

    static final ProviderInfo PROVIDER = ProviderInfo.named("acme")
            .withTransport("json-gateway")
            .withBaseUrl("https://acme.test/{region}")
            .withPlaceholders(Map.of("region", "ACME_REGION"))
            .withAuthScheme("token")
            .withAuthHeader("X-Key")
            .withTokenEnv("ACME_KEY");

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    static List<Violation> noViolations(Prompt prompt) {
        return List.of();
    }

    static final class Paint extends BinaryImageAdapter<Prompt> {
        Paint(String mediaType) {
            super(ID, PROVIDER, "acme/paint", Prompt.class, AdapterShapesTest::noViolations, mediaType);
        }
    }

    /** Names base64 images, a data URI and URLs, in the order of its fields. */
    static final class Sketch extends JsonRecordAdapter<Prompt, Answer> {
        Sketch() {
            super(ID, PROVIDER, "acme/sketch", Prompt.class, Answer.class, AdapterShapesTest::noViolations);
        }

        @Override
        protected void findImages(Answer result, FoundImages found) {
            if (result.first() != null) {
                found.base64(Base64Image.of(result.first()));
            }
            if (result.urls() != null) {
                for (var url : result.urls()) {
                    found.url(URI.create(url));
                }
            }
            if (result.last() != null) {
                found.base64(Base64Image.of(result.last()), "image/webp");
                found.dataUri(DataUri.of("image/gif", ImageBytes.of(new byte[] {9})));
            }
        }
    }

    @Test
    void aProviderNamedComponentByComponentIsTheOneOfTheRecordsConstructor() {
        assertEquals(
                new ProviderInfo(
                        "acme",
                        "json-gateway",
                        "https://acme.test/{region}",
                        Map.of("region", "ACME_REGION"),
                        "token",
                        "X-Key",
                        "ACME_KEY"),
                PROVIDER);
        assertEquals(
                new ProviderInfo("acme", "", "", Map.of(), "none", "Authorization", ""), ProviderInfo.named("acme"));
    }

    @Test
    void everyAdapterNamesItsFactsValidatesAndEncodes() {
        Paint paint = new Paint("image/png");
        assertEquals(ID, paint.id());
        assertEquals(PROVIDER, paint.provider());
        assertEquals("acme/paint", paint.modelPath());
        assertEquals(Prompt.class, paint.requestType());
        assertEquals(ImageResult.class, paint.resultType());
        assertEquals(List.of(), paint.validate(new Prompt("a fox")));
        assertEquals("{\"prompt\":\"a fox\"}", new String(paint.encode(new Prompt("a fox")), StandardCharsets.UTF_8));
        assertThrows(NullPointerException.class, () -> paint.validate(null));
        assertThrows(NullPointerException.class, () -> paint.encode(null));
    }

    @Test
    void aBinaryAdapterTakesImageBytesOfItsMediaTypeOrAnyWhenItsSchemaNamesNone() throws Exception {
        Paint png = new Paint("image/png");
        ImageResult image = png.decode(new Reply.Binary("Image/PNG; q=1", ImageBytes.of(PNG)));
        assertEquals(new ImageResult(ImageBytes.of(PNG), "Image/PNG; q=1"), image);
        assertEquals(List.of(image), png.images(image, null));
        assertEquals(
                "acme/paint answers with image/png, but the reply is image/gif",
                assertThrows(IOException.class, () -> png.decode(new Reply.Binary("image/gif", ImageBytes.of(PNG))))
                        .getMessage());
        assertEquals(
                "acme/paint answers with image bytes (image/png), but the reply is JSON",
                assertThrows(IOException.class, () -> png.decode(new Reply.Json(PictorJson.read("{}", JsonNode.class))))
                        .getMessage());

        Paint any = new Paint(BinaryImageAdapter.ANY_MEDIA_TYPE);
        assertEquals(
                "image/gif",
                any.decode(new Reply.Binary("image/gif", ImageBytes.of(PNG))).mediaType());
        assertEquals(
                BinaryImageAdapter.ANY_MEDIA_TYPE,
                any.decode(new Reply.Binary(null, ImageBytes.of(PNG))).mediaType());
    }

    @Test
    void aJsonAdapterReadsTheRecordAndResolvesTheImagesItNamesInOrder() throws Exception {
        Sketch sketch = new Sketch();
        String png = java.util.Base64.getEncoder().encodeToString(PNG);
        Answer answer = sketch.decode(new Reply.Json(PictorJson.read(
                "{\"first\": \"" + png
                        + "\", \"urls\": [\"https://x.test/1\", \"https://x.test/2\"], \"last\": \"AQ==\"}",
                JsonNode.class)));
        List<URI> fetched = new ArrayList<>();
        List<ImageResult> images = sketch.images(answer, uri -> {
            fetched.add(uri);
            return new ImageResult(ImageBytes.of(new byte[] {(byte) fetched.size()}), "image/jpeg");
        });
        assertEquals(
                List.of(
                        new ImageResult(ImageBytes.of(PNG), "image/png"),
                        new ImageResult(ImageBytes.of(new byte[] {1}), "image/jpeg"),
                        new ImageResult(ImageBytes.of(new byte[] {2}), "image/jpeg"),
                        new ImageResult(ImageBytes.of(new byte[] {1}), "image/webp"),
                        new ImageResult(ImageBytes.of(new byte[] {9}), "image/gif")),
                images);
        assertEquals(
                "application/octet-stream",
                sketch.images(new Answer("AQ==", null, null), uri -> {
                            throw new AssertionError(uri);
                        })
                        .get(0)
                        .mediaType(),
                "bytes of no known format, and no media type in the schema");

        assertEquals(
                "acme/paint answered JSON null",
                assertThrows(
                                IOException.class,
                                () -> sketch.decode(new Reply.Json(PictorJson.read("null", JsonNode.class))))
                        .getMessage());
        assertEquals(
                "acme/paint answers with JSON, but the reply is image/png bytes",
                assertThrows(IOException.class, () -> sketch.decode(new Reply.Binary("image/png", ImageBytes.of(PNG))))
                        .getMessage());
    }
}
