package dev.pictor.runtime.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.pictor.runtime.ImageBytes;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UInt8ArrayCodecTest {

    /** A generated request with a uint8 image member between other members. */
    record Inpaint(
            @JsonProperty("prompt") String prompt,

            @JsonProperty("image")
            @JsonSerialize(using = UInt8ArraySerializer.class)
            @JsonDeserialize(using = UInt8ArrayDeserializer.class)
            ImageBytes image,

            @JsonProperty("mask")
            @JsonSerialize(using = UInt8ArraySerializer.class)
            @JsonDeserialize(using = UInt8ArrayDeserializer.class)
            ImageBytes mask,

            @JsonProperty("num_steps") Integer numSteps) {}

    record Batch(
            @JsonProperty("images")
            @JsonSerialize(contentUsing = UInt8ArraySerializer.class)
            @JsonDeserialize(contentUsing = UInt8ArrayDeserializer.class)
            List<ImageBytes> images) {}

    static byte[] random(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    static List<Integer> asList(byte[] b) {
        List<Integer> list = new ArrayList<>(b.length);
        for (byte x : b) {
            list.add(x & 0xFF);
        }
        return list;
    }

    @Test
    void oneMebibyteRoundTripIsWhatJacksonWritesForAListOfIntegers() throws Exception {
        byte[] b = random(1 << 20, 42);
        b[0] = 0;
        b[1] = (byte) 255;
        b[2] = 9;
        b[3] = 10;
        b[4] = 99;
        b[5] = 100;
        Inpaint r = new Inpaint("p", ImageBytes.of(b), null, 4);
        String json = PictorJson.writeString(r);

        Map<String, Object> same = new LinkedHashMap<>();
        same.put("prompt", "p");
        same.put("image", asList(b));
        same.put("num_steps", 4);
        assertEquals(new ObjectMapper().writeValueAsString(same), json);

        Inpaint back = PictorJson.read(json, Inpaint.class);
        assertEquals(r, back);
        assertArrayEquals(b, back.image().toByteArray());
    }

    @Test
    void everyByteValueAndEveryChunkBoundary() throws Exception {
        for (int size : new int[] {0, 1, 2, 255, 256, 511, 512, 513, 700, 1000, 2047, 2048, 2049, 4097, 10_000}) {
            byte[] b = new byte[size];
            for (int i = 0; i < size; i++) {
                b[i] = (byte) (i * 7 + size);
            }
            Map<String, Object> same = new LinkedHashMap<>();
            same.put("image", asList(b));
            same.put("mask", asList(b));
            same.put("num_steps", 1);
            String json = PictorJson.writeString(new Inpaint(null, ImageBytes.of(b), ImageBytes.of(b), 1));
            assertEquals(new ObjectMapper().writeValueAsString(same), json, "size " + size);
            assertEquals(ImageBytes.of(b), PictorJson.read(json, Inpaint.class).mask());
        }
    }

    /** Drives the raw writer as the generators do, with buffers of every small size and every starting offset. */
    @Test
    void elementsFillAnyBufferExactly() throws Exception {
        byte[] b = random(3000, 11);
        b[0] = (byte) 200;
        String expected = new ObjectMapper().writeValueAsString(asList(b));
        expected = expected.substring(1, expected.length() - 1);
        for (int length = 1; length <= 40; length++) {
            for (int offset = 0; offset < Math.min(length, 12); offset++) {
                UInt8ArraySerializer.Elements bytes = new UInt8ArraySerializer.Elements(b);
                UInt8ArraySerializer.Elements chars = new UInt8ArraySerializer.Elements(b);
                StringBuilder viaBytes = new StringBuilder();
                StringBuilder viaChars = new StringBuilder();
                while (!bytes.done()) {
                    byte[] buffer = new byte[length];
                    int n = bytes.appendUnquotedUTF8(buffer, offset);
                    viaBytes.append(
                            n < 0
                                    ? new String(bytes.asUnquotedUTF8(), "US-ASCII")
                                    : new String(buffer, offset, n, "US-ASCII"));
                }
                while (!chars.done()) {
                    char[] buffer = new char[length];
                    int n = chars.appendUnquoted(buffer, offset);
                    viaChars.append(n < 0 ? chars.getValue() : new String(buffer, offset, n));
                }
                assertEquals(expected, viaBytes.toString(), "bytes " + length + "/" + offset);
                assertEquals(expected, viaChars.toString(), "chars " + length + "/" + offset);
            }
        }
    }

    /** The array after members of every length, so that the generator's buffer fills at every point of it. */
    @Test
    void everyBufferPosition() throws Exception {
        byte[] b = random(9000, 5);
        for (int prefix = 0; prefix < 64; prefix++) {
            String prompt = "p".repeat(prefix);
            Map<String, Object> same = new LinkedHashMap<>();
            same.put("prompt", prompt);
            same.put("image", asList(b));
            same.put("num_steps", 2);
            assertEquals(
                    new ObjectMapper().writeValueAsString(same),
                    new String(PictorJson.write(new Inpaint(prompt, ImageBytes.of(b), null, 2)), "UTF-8"));
        }
    }

    @Test
    void staysRightAsAnObjectMemberFollowedByOthersAndAsArrayItems() {
        Inpaint r = new Inpaint("p", ImageBytes.of(new byte[] {1, 2, (byte) 200}), ImageBytes.empty(), 20);
        assertEquals("{\"prompt\":\"p\",\"image\":[1,2,200],\"mask\":[],\"num_steps\":20}", PictorJson.writeString(r));
        Batch batch = new Batch(
                List.of(ImageBytes.of(new byte[] {0}), ImageBytes.empty(), ImageBytes.of(new byte[] {(byte) 255, 10})));
        assertEquals("{\"images\":[[0],[],[255,10]]}", PictorJson.writeString(batch));
        assertEquals(batch, PictorJson.read(PictorJson.write(batch), Batch.class));
    }

    @Test
    void writerBasedGeneratorTakesTheFastPathToo() throws Exception {
        byte[] b = random(5000, 7);
        StringWriter w = new StringWriter();
        PictorJson.writer().writeValue(w, new Inpaint(null, ImageBytes.of(b), null, 1));
        Map<String, Object> same = new LinkedHashMap<>();
        same.put("image", asList(b));
        same.put("num_steps", 1);
        assertEquals(new ObjectMapper().writeValueAsString(same), w.toString());
    }

    @Test
    void otherGeneratorsGetOneNumberPerElement() throws Exception {
        Inpaint r = new Inpaint("p", ImageBytes.of(new byte[] {1, (byte) 128}), null, 3);
        // A pretty printer: the raw path would bypass it.
        ObjectMapper pretty = PictorJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT);
        String json = pretty.writeValueAsString(r);
        assertEquals(
                pretty.writeValueAsString(Map.of("prompt", "p", "image", List.of(1, 128)))
                                .length()
                        + ",\n  \"num_steps\" : 3".length(),
                json.length(),
                json);
        assertEquals(r, PictorJson.read(json, Inpaint.class));
        // A TokenBuffer (valueToTree, convertValue, polymorphic buffering): writeRaw is not supported there.
        JsonNode tree = PictorJson.newMapper().valueToTree(r);
        assertEquals("[1,128]", tree.get("image").toString());
        assertEquals(r, PictorJson.newMapper().convertValue(r, Inpaint.class));
    }

    @Test
    void readsIntegralFloatsAndLeavesAnAbsentMemberUnsetButRefusesAnExplicitNull() {
        Inpaint r = PictorJson.read("{\"image\":[0,1.0,2e0,255.00,-0.0]}", Inpaint.class);
        assertArrayEquals(new byte[] {0, 1, 2, (byte) 255, 0}, r.image().toByteArray());
        assertNull(r.mask());
        assertThrows(
                java.io.UncheckedIOException.class,
                () -> PictorJson.read("{\"image\":[1],\"mask\":null}", Inpaint.class));
        assertEquals(
                ImageBytes.empty(),
                PictorJson.read("{\"image\":[]}", Inpaint.class).image());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[1,256]",
                "[-1]",
                "[1.5]",
                "[255.0001]",
                "[\"1\"]",
                "[true]",
                "[null]",
                "[[1]]",
                "[{}]",
                "[2147483648]",
                "[99999999999999999999999]",
                "[1e999999999]",
                "[1e-999999999]",
                "\"AQI=\"",
                "1",
                "{}",
                "true",
            })
    void refusesAnythingButIntegers0To255(String image) {
        UncheckedIOException e = assertThrows(
                UncheckedIOException.class, () -> PictorJson.read("{\"image\":" + image + "}", Inpaint.class));
        assertInstanceOf(MismatchedInputException.class, e.getCause(), e.getMessage());
        assertTrue(e.getMessage().contains("image"), e.getMessage());
    }

    @Test
    void failureNamesTheItem() {
        UncheckedIOException e = assertThrows(
                UncheckedIOException.class, () -> PictorJson.read("{\"image\":[0,1,2,300]}", Inpaint.class));
        assertTrue(e.getMessage().contains("uint8 array item 3: 300 is out of range 0..255"), e.getMessage());
    }

    @Test
    void anApplicationsMapperCannotChangeTheNumberArray() throws Exception {
        ObjectMapper app = JsonMapper.builder()
                .enable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS)
                .build();
        assertTrue(app.writeValueAsString(List.of(7)).contains("\"7\""));
        Inpaint r = new Inpaint(null, ImageBytes.of(new byte[] {7, 8}), null, null);
        assertTrue(app.writeValueAsString(r).contains("\"image\":[7,8]"));
    }
}
