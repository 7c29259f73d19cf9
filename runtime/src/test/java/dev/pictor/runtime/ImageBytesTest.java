package dev.pictor.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ImageBytesTest {

    static final byte[] PNG_HEADER = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    static byte[] random(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    @Test
    void copiesInAndOut() {
        byte[] source = {1, 2, 3};
        ImageBytes image = ImageBytes.of(source);
        source[0] = 9;
        assertEquals(1, image.byteAt(0));
        byte[] out = image.toByteArray();
        out[1] = 9;
        assertEquals(2, image.byteAt(1));
        assertArrayEquals(new byte[] {1, 2, 3}, image.toByteArray());
        assertEquals(3, image.size());
    }

    @Test
    void rangeFactoryCopiesTheRange() {
        ImageBytes image = ImageBytes.of(new byte[] {0, 1, 2, 3, 4}, 1, 3);
        assertArrayEquals(new byte[] {1, 2, 3}, image.toByteArray());
        assertThrows(IndexOutOfBoundsException.class, () -> ImageBytes.of(new byte[2], 1, 2));
        assertSame(ImageBytes.empty(), ImageBytes.of(new byte[3], 1, 0));
    }

    @Test
    void equalityIsByContent() {
        byte[] b = random(1000, 1);
        ImageBytes x = ImageBytes.of(b);
        ImageBytes y = ImageBytes.of(b.clone());
        assertEquals(x, y);
        assertEquals(x.hashCode(), y.hashCode());
        b[500]++;
        assertNotEquals(x, ImageBytes.of(b));
        assertEquals(ImageBytes.empty(), ImageBytes.of(new byte[0]));
        assertTrue(ImageBytes.empty().isEmpty());
    }

    @Test
    void streamsAndBuffersExposeTheContentReadOnly() throws IOException {
        byte[] b = random(10_000, 2);
        ImageBytes image = ImageBytes.of(b);
        assertArrayEquals(b, image.inputStream().readAllBytes());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        image.writeTo(out);
        assertArrayEquals(b, out.toByteArray());
        ByteBuffer view = image.asByteBuffer();
        assertTrue(view.isReadOnly());
        assertEquals(b.length, view.remaining());
        assertThrows(ReadOnlyBufferException.class, () -> view.put(0, (byte) 1));
    }

    @Test
    void toStringNamesSizeAndFormatNeverContent() {
        byte[] png = random(1 << 20, 3);
        System.arraycopy(PNG_HEADER, 0, png, 0, PNG_HEADER.length);
        String s = ImageBytes.of(png).toString();
        assertEquals("ImageBytes[1048576 bytes, PNG]", s);
        assertTrue(s.length() < 100);
        assertEquals("ImageBytes[3 bytes]", ImageBytes.of(new byte[] {1, 2, 3}).toString());
        assertEquals("ImageBytes[1 byte]", ImageBytes.of(new byte[] {1}).toString());
        assertEquals("ImageBytes[0 bytes]", ImageBytes.empty().toString());
    }

    @Test
    void sniffsTheCommonImageFormats() {
        assertEquals("PNG", ImageBytes.of(PNG_HEADER).sniffFormat());
        assertEquals(
                "JPEG",
                ImageBytes.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})
                        .sniffFormat());
        assertEquals("GIF", ImageBytes.of("GIF89a....".getBytes()).sniffFormat());
        assertEquals("GIF", ImageBytes.of("GIF87a".getBytes()).sniffFormat());
        assertEquals("WEBP", ImageBytes.of("RIFF\0\0\0\0WEBPVP8 ".getBytes()).sniffFormat());
        assertNull(ImageBytes.of("RIFF\0\0\0\0WAVE".getBytes()).sniffFormat());
        assertNull(ImageBytes.of(new byte[] {(byte) 0x89, 'P', 'N'}).sniffFormat());
        assertNull(ImageBytes.empty().sniffFormat());
    }
}
