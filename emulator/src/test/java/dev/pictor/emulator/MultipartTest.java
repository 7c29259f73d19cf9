package dev.pictor.emulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The strict multipart reader: what it reads, and each malformed body it refuses with where. */
class MultipartTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void readsNamesFilenamesTypesAndBytes() throws Exception {
        String body = "--xyz\r\nContent-Disposition: form-data; name=\"prompt\"\r\n\r\nan otter\r\n"
                + "--xyz\r\nContent-Disposition: form-data; name=\"image\"; filename=\"a \\\"b\\\".png\"\r\n"
                + "Content-Type: image/PNG\r\n\r\n\u0089PNG\r\n\r\n--xy\r\n"
                + "--xyz--\r\nepilogue";
        List<Multipart.Part> parts = Multipart.parse(bytes(body), "xyz");
        assertEquals(2, parts.size());
        assertEquals("prompt", parts.get(0).name());
        assertEquals("an otter", parts.get(0).text());
        assertEquals("text/plain", parts.get(0).contentType());
        assertEquals(Optional.empty(), parts.get(0).filename());
        assertEquals(Optional.of("a \"b\".png"), parts.get(1).filename());
        assertEquals("image/png", parts.get(1).contentType());
        assertArrayEquals(bytes("\u0089PNG\r\n\r\n--xy"), parts.get(1).bytes(), "a near-boundary stays content");
        assertEquals("xyz", Multipart.boundary("multipart/form-data; boundary=\"xyz\""));
    }

    @Test
    void refusesMalformedBodies() {
        assertMalformed(
                "does not start with the boundary",
                "preamble\r\n--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--b--");
        assertMalformed("not closed", "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx");
        assertMalformed("with a name", "--b\r\nContent-Disposition: form-data\r\n\r\nx\r\n--b--");
        assertMalformed("not form-data", "--b\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\nx\r\n--b--");
        assertMalformed("twice", "--b\r\nContent-Disposition: form-data; name=\"a\"; name=\"c\"\r\n\r\nx\r\n--b--");
        assertMalformed("header line", "--b\r\nContent-Disposition: form-data; name=\"a\"\r\nbroken\r\n\r\nx\r\n--b--");
        assertMalformed(
                "end of headers", "--b\r\nX: " + "y".repeat(Multipart.MAX_HEADER_BYTES + 10) + "\r\n\r\n\r\n--b--");
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= Multipart.MAX_PARTS; i++) {
            many.append("--b\r\nContent-Disposition: form-data; name=\"p\"\r\n\r\nx\r\n");
        }
        assertMalformed("more than", many + "--b--");
        assertThrows(Multipart.Malformed.class, () -> Multipart.boundary("application/json"));
        assertThrows(Multipart.Malformed.class, () -> Multipart.boundary("multipart/form-data"));
    }

    private static void assertMalformed(String expected, String body) {
        Multipart.Malformed e = assertThrows(Multipart.Malformed.class, () -> Multipart.parse(bytes(body), "b"));
        assertTrue(e.getMessage().contains(expected), () -> expected + " in: " + e.getMessage());
    }

    @Test
    void imageCheckSniffsAndDecodes() {
        byte[] png = OpenApiFixture.image("png", 3, 2);
        assertEquals(Optional.empty(), ImageCheck.problem(png, "image/png"));
        assertTrue(ImageCheck.problem(png, "image/jpeg").orElseThrow().contains("image/png"));
        byte[] truncated = java.util.Arrays.copyOf(png, 12);
        assertTrue(ImageCheck.problem(truncated, "image/png").orElseThrow().contains("do not decode"));
        assertEquals(Optional.empty(), ImageCheck.problem(OpenApiFixture.image("jpeg", 3, 2), "image/jpg"));
    }
}
