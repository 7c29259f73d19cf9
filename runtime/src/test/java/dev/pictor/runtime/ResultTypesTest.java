package dev.pictor.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pictor.runtime.json.PictorJson;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResultTypesTest {

    /** What a generated JSON response record looks like. */
    record Output(
            @JsonProperty("image") Base64Image image,
            @JsonProperty("preview") DataUri preview,
            @JsonProperty("images") List<Base64Image> images) {}

    static byte[] png(int size) {
        byte[] b = new byte[size];
        new Random(size).nextBytes(b);
        System.arraycopy(ImageBytesTest.PNG_HEADER, 0, b, 0, ImageBytesTest.PNG_HEADER.length);
        return b;
    }

    @Test
    void imageResult() {
        ImageResult r = new ImageResult(ImageBytes.of(png(1 << 20)), "image/png");
        assertEquals("ImageResult[bytes=ImageBytes[1048576 bytes, PNG], mediaType=image/png]", r.toString());
        assertEquals(r, new ImageResult(ImageBytes.of(png(1 << 20)), "image/png"));
        assertThrows(NullPointerException.class, () -> new ImageResult(null, "image/png"));
        assertThrows(NullPointerException.class, () -> new ImageResult(ImageBytes.empty(), null));
    }

    @Test
    void dataUriParsesAndPrintsShort() {
        byte[] b = png(1 << 20);
        String uri = "data:image/png;base64," + Base64.getEncoder().encodeToString(b);
        DataUri d = DataUri.parse(uri);
        assertEquals("image/png", d.mediaType());
        assertArrayEquals(b, d.bytes().toByteArray());
        assertEquals("DataUri[image/png, 1048576 bytes]", d.toString());
        assertEquals(uri, d.toUriString());
        assertEquals(new ImageResult(ImageBytes.of(b), "image/png"), d.toImageResult());
        assertEquals(d, DataUri.of("image/png", ImageBytes.of(b)));
        assertNotEquals(d, DataUri.of("image/jpeg", ImageBytes.of(b)));
    }

    @Test
    void dataUriVariantsThatAreAllowed() {
        assertEquals(
                "image/png;name=a.png",
                DataUri.parse("data:image/png;name=a.png;base64,AAE=").mediaType());
        assertEquals("IMAGE/PNG", DataUri.parse("DATA:IMAGE/PNG;BASE64,AAE").mediaType());
        assertEquals(
                ImageBytes.empty(), DataUri.parse("data:image/webp;base64,").bytes());
        assertArrayEquals(
                new byte[] {0, 1},
                DataUri.parse("data:image/png;base64,AAE=").bytes().toByteArray());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "image/png;base64,AAE=",
                "data:image/png;base64",
                "data:image/png,AAE=",
                "data:;base64,AAE=",
                "data:base64,AAE=",
                "data:image;base64,AAE=",
                "data:image/;base64,AAE=",
                "data:/png;base64,AAE=",
                "data:image/png;charset;base64,AAE=",
                "data:image/p ng;base64,AAE=",
                "data:image/png;base64,AA E=",
                "data:image/png;base64,AA-_",
                "data:image/png;base64,A",
                "data:image/png;base64,AAE=%3D",
                "data:text/plain,hello",
                " data:image/png;base64,AAE=",
            })
    void dataUriIsStrict(String uri) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DataUri.parse(uri));
        assertTrue(e.getMessage().startsWith("Not a base64 data URI"), e.getMessage());
    }

    @Test
    void dataUriErrorsQuoteLittle() {
        String uri = "data:image/png;base64," + "A".repeat(100_000) + "!";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DataUri.parse(uri));
        assertTrue(e.getMessage().length() < 200, e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DataUri.of("png", ImageBytes.empty()));
    }

    @Test
    void base64ImageKeepsTheTextAndDecodesOnRequest() {
        byte[] b = png(1 << 20);
        String text = Base64.getEncoder().encodeToString(b);
        Base64Image image = Base64Image.of(text);
        assertEquals(text, image.encoded());
        assertEquals("Base64Image[1398104 chars]", image.toString());
        assertEquals(ImageBytes.of(b), image.decode());
        assertEquals(image, Base64Image.of(new String(text)));
        assertArrayEquals(new byte[] {0, 1}, Base64Image.of("AA\r\nE=").decode().toByteArray());
        assertArrayEquals(new byte[] {0, 1}, Base64Image.of("AAE").decode().toByteArray());
    }

    @ParameterizedTest
    @ValueSource(strings = {"AA-_", "A", "AAE=A", "@@@@", "data:image/png;base64,AAE="})
    void base64ImageDecodeIsStrict(String text) {
        Base64Image image = Base64Image.of(text); // kept as received
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, image::decode);
        assertTrue(!e.getMessage().contains(text) || text.length() < 5, e.getMessage());
    }

    @Test
    void jsonForms() {
        String json = "{\"image\":\"AAE=\",\"preview\":\"data:image/png;base64,AAE=\",\"images\":[\"AA==\",\"AQ==\"]}";
        Output out = PictorJson.read(json, Output.class);
        assertEquals(ImageBytes.of(new byte[] {0, 1}), out.image().decode());
        assertEquals(ImageBytes.of(new byte[] {0, 1}), out.preview().bytes());
        assertEquals(2, out.images().size());
        assertEquals(json, PictorJson.writeString(out));
        assertNull(PictorJson.read("{}", Output.class).image());
        assertThrows(UncheckedIOException.class, () -> PictorJson.read("{\"image\":12}", Output.class));
        assertThrows(UncheckedIOException.class, () -> PictorJson.read("{\"preview\":12}", Output.class));
        UncheckedIOException e = assertThrows(
                UncheckedIOException.class, () -> PictorJson.read("{\"preview\":\"http://x\"}", Output.class));
        assertTrue(e.getMessage().contains("Not a base64 data URI"), e.getMessage());
    }

    @Test
    void modelId() {
        ModelId id = new ModelId(
                "cloudflare-workers-ai",
                "@cf/black-forest-labs/flux-1-schnell",
                "2025-11-20",
                java.time.LocalDate.of(2025, 11, 20));
        assertEquals("2025-11-20", id.version());
        assertThrows(NullPointerException.class, () -> new ModelId("p", "m", "v", null));
    }
}
