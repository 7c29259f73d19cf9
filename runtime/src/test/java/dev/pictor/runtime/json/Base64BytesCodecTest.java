package dev.pictor.runtime.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.pictor.runtime.ImageBytes;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Base64BytesCodecTest {

    record Img2Img(
            @JsonProperty("image_b64")
            @JsonSerialize(using = Base64BytesSerializer.class)
            @JsonDeserialize(using = Base64BytesDeserializer.class)
            ImageBytes image,

            @JsonProperty("strength") Double strength) {}

    /** An ImageBytes field with no codec annotation. */
    record Unannotated(@JsonProperty("image") ImageBytes image) {}

    @Test
    void oneMebibyteRoundTrip() {
        byte[] b = new byte[1 << 20];
        new Random(42).nextBytes(b);
        Img2Img r = new Img2Img(ImageBytes.of(b), 0.5);
        String json = PictorJson.writeString(r);
        assertEquals("{\"image_b64\":\"" + Base64.getEncoder().encodeToString(b) + "\",\"strength\":0.5}", json);
        Img2Img back = PictorJson.read(json, Img2Img.class);
        assertEquals(r, back);
        assertArrayEquals(b, back.image().toByteArray());
    }

    @Test
    void standardAlphabetPaddedWhateverTheApplicationConfigured() throws Exception {
        ObjectMapper app = JsonMapper.builder()
                .defaultBase64Variant(Base64Variants.MODIFIED_FOR_URL)
                .build();
        Img2Img r = new Img2Img(ImageBytes.of(new byte[] {(byte) 0xFB, (byte) 0xFF}), null);
        assertEquals("{\"image_b64\":\"+/8=\",\"strength\":null}", app.writeValueAsString(r));
        assertEquals("{\"image_b64\":\"+/8=\"}", PictorJson.writeString(r));
    }

    @Test
    void paddingIsOptionalOnRead() {
        assertArrayEquals(
                new byte[] {(byte) 0xFB, (byte) 0xFF},
                PictorJson.read("{\"image_b64\":\"+/8\"}", Img2Img.class)
                        .image()
                        .toByteArray());
        assertEquals(
                ImageBytes.empty(),
                PictorJson.read("{\"image_b64\":\"\"}", Img2Img.class).image());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[1,2]",
                "12",
                "true",
                "{}",
                "\"-_8=\"",
                "\"+/8==\"",
                "\"a\"",
                "\"@@@@\"",
                "\"data:image/png;base64,iVBORw0KGgo=\""
            })
    void refusesWhatIsNotStandardBase64(String image) {
        UncheckedIOException e = assertThrows(
                UncheckedIOException.class, () -> PictorJson.read("{\"image_b64\":" + image + "}", Img2Img.class));
        assertInstanceOf(MismatchedInputException.class, e.getCause(), e.getMessage());
        assertTrue(e.getMessage().contains("image_b64"), e.getMessage());
    }

    @Test
    void dataUriHint() {
        UncheckedIOException e = assertThrows(
                UncheckedIOException.class,
                () -> PictorJson.read("{\"image_b64\":\"data:image/png;base64,iVBORw0KGgo=\"}", Img2Img.class));
        assertTrue(e.getMessage().contains("data URI"), e.getMessage());
    }

    @Test
    void throughATokenBuffer() {
        Img2Img r = new Img2Img(ImageBytes.of(new byte[] {1, 2, 3}), null);
        JsonNode tree = PictorJson.newMapper().valueToTree(r);
        assertEquals(r, PictorJson.newMapper().convertValue(tree, Img2Img.class));
        assertEquals(r, PictorJson.newMapper().convertValue(r, Img2Img.class));
    }

    @Test
    void anImageBytesPropertyWithoutACodecFailsInAnyMapper() {
        UncheckedIOException e = assertThrows(
                UncheckedIOException.class, () -> PictorJson.write(new Unannotated(ImageBytes.of(new byte[] {1}))));
        assertTrue(e.getMessage().contains("UInt8ArraySerializer"), e.getMessage());
        e = assertThrows(UncheckedIOException.class, () -> PictorJson.read("{\"image\":[1]}", Unannotated.class));
        assertTrue(e.getMessage().contains("UInt8ArrayDeserializer"), e.getMessage());
        ObjectMapper app = new ObjectMapper();
        Exception x = assertThrows(Exception.class, () -> app.writeValueAsString(new Unannotated(ImageBytes.empty())));
        assertTrue(x.getMessage().contains("wire form"), x.getMessage());
    }
}
