package dev.pictor.runtime;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.pictor.runtime.json.UnannotatedImageBytes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;
import javax.annotation.concurrent.Immutable;

/**
 * An immutable byte payload: an image sent to or received from a model.
 *
 * <p>Generated request and response types use this one type for every image, mask or other binary payload, whatever
 * its wire form. The wire form is chosen per property by an annotation, never by the type:
 * {@link dev.pictor.runtime.json.UInt8ArraySerializer} / {@link dev.pictor.runtime.json.UInt8ArrayDeserializer} for a
 * JSON array of numbers {@code 0..255}, {@link dev.pictor.runtime.json.Base64BytesSerializer} /
 * {@link dev.pictor.runtime.json.Base64BytesDeserializer} for a base64 string. On a property without one of these,
 * writing and reading fail with a message that says so (in any {@code ObjectMapper}), instead of silently picking a
 * format.
 *
 * <p>Equality and hash code are by content. {@link #toString()} never shows the content: it gives the size and, when
 * the first bytes carry a known magic number, the image format ({@code ImageBytes[1048576 bytes, PNG]}).
 *
 * <p>The content is never exposed for writing: {@link #of(byte[])} and {@link #toByteArray()} copy, and
 * {@link #asByteBuffer()} is a read-only view. {@link #writeTo(OutputStream)} and {@link #inputStream()} hand the
 * internal array to the given stream without a copy, as {@link ByteArrayInputStream} and
 * {@link java.io.ByteArrayOutputStream#writeTo(OutputStream)} do; a stream must not modify or keep an array it is
 * given to write.
 *
 * <p>Marked {@link Immutable} for static analysis (SpotBugs): a record or class holding an {@code ImageBytes} does not
 * expose a mutable internal by returning it. (SpotBugs would otherwise take {@link #writeTo(OutputStream)} for a
 * mutator.)
 */
@Immutable
@JsonSerialize(using = UnannotatedImageBytes.Serializer.class)
@JsonDeserialize(using = UnannotatedImageBytes.Deserializer.class)
public final class ImageBytes {

    private static final ImageBytes EMPTY = new ImageBytes(new byte[0]);

    private final byte[] bytes;
    private int hash; // 0 = not computed yet (or content hashing to 0: recomputed, harmless)

    private ImageBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A payload holding a copy of {@code bytes}. */
    public static ImageBytes of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return bytes.length == 0 ? EMPTY : new ImageBytes(bytes.clone());
    }

    /** A payload holding a copy of {@code length} bytes of {@code bytes} from {@code offset}. */
    public static ImageBytes of(byte[] bytes, int offset, int length) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.checkFromIndexSize(offset, length, bytes.length);
        return length == 0 ? EMPTY : new ImageBytes(Arrays.copyOfRange(bytes, offset, offset + length));
    }

    /** The empty payload. */
    public static ImageBytes empty() {
        return EMPTY;
    }

    /** The number of bytes. */
    public int size() {
        return bytes.length;
    }

    /** Whether there are no bytes. */
    public boolean isEmpty() {
        return bytes.length == 0;
    }

    /** The byte at {@code index}, as stored (a signed Java byte). */
    public byte byteAt(int index) {
        return bytes[index];
    }

    /** A new array holding the content. */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    /** A read-only view of the content, positioned at 0 (no copy). */
    public ByteBuffer asByteBuffer() {
        return ByteBuffer.wrap(bytes).asReadOnlyBuffer();
    }

    /** A stream over the content (no copy). */
    public InputStream inputStream() {
        return new ByteArrayInputStream(bytes);
    }

    /**
     * Writes the content to {@code out} with one {@code out.write(byte[])} of the array itself, not a copy
     * ({@code out} must not modify it; it is neither flushed nor closed).
     */
    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes);
    }

    /**
     * The image format named by the content's magic number: {@code "PNG"}, {@code "JPEG"}, {@code "WEBP"} or
     * {@code "GIF"}, or {@code null} when the content starts with none of them. A hint for messages, not a check that
     * the image is well formed.
     */
    public String sniffFormat() {
        byte[] b = bytes;
        if (startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "PNG";
        }
        if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
            return "JPEG";
        }
        if (startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P')) {
            return "WEBP";
        }
        if (startsWith(b, 0, 'G', 'I', 'F', '8', '7', 'a') || startsWith(b, 0, 'G', 'I', 'F', '8', '9', 'a')) {
            return "GIF";
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int at, int... magic) {
        if (b.length < at + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[at + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof ImageBytes other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Arrays.hashCode(bytes);
            hash = h;
        }
        return h;
    }

    /** {@code ImageBytes[1048576 bytes, PNG]}, or {@code ImageBytes[3 bytes]} for content of no known format. */
    @Override
    public String toString() {
        String format = sniffFormat();
        return "ImageBytes[" + bytes.length + (bytes.length == 1 ? " byte" : " bytes")
                + (format == null ? "" : ", " + format) + "]";
    }
}
