package dev.pictor.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import com.fasterxml.jackson.core.json.WriterBasedJsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.pictor.runtime.ImageBytes;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes an {@link ImageBytes} as a JSON array of numbers {@code 0..255}, one per byte ({@code [137,80,78,71]}),
 * byte for byte what Jackson writes for the same values as a {@code List<Integer>}.
 *
 * <p>Generated code puts it on the property: {@code @JsonSerialize(using = UInt8ArraySerializer.class)} (or
 * {@code contentUsing} on a list or map of images), together with
 * {@code @JsonDeserialize(using = UInt8ArrayDeserializer.class)}.
 *
 * <p>Fast path, on Jackson's own JSON generators (UTF-8 bytes and {@code Writer}) without a pretty printer: no
 * boxing and no {@code writeNumber} per element. The array is opened and closed with {@code writeStartArray} and
 * {@code writeEndArray}, so the generator's context puts the commas around it (as an object member followed by
 * others, or as an array item); in between, the elements go in through
 * {@link JsonGenerator#writeRaw(SerializableString)}, which hands this serializer the generator's own output
 * buffer: each byte's digits and the separating comma come from a 256-entry table and are stored there directly,
 * four bytes at a time, as many as fit before the generator flushes. On any other generator (a
 * {@code TokenBuffer}, a pretty printer, a delegate, another data format) each element is written with
 * {@code writeNumber}. The number array is written the same whatever an application's generator features say
 * ({@code WRITE_NUMBERS_AS_STRINGS} included): the wire form belongs to the schema.
 */
public final class UInt8ArraySerializer extends StdSerializer<ImageBytes> {

    private static final long serialVersionUID = 1L;

    public UInt8ArraySerializer() {
        super(ImageBytes.class);
    }

    @Override
    public void serialize(ImageBytes value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        int size = value.size();
        gen.writeStartArray(value, size);
        if (size > 0) {
            byte[] bytes = ImageArrays.array(value);
            if ((gen instanceof UTF8JsonGenerator || gen instanceof WriterBasedJsonGenerator)
                    && gen.getPrettyPrinter() == null) {
                Elements elements = new Elements(bytes);
                do {
                    gen.writeRaw(elements);
                } while (!elements.done());
            } else {
                for (int i = 0; i < size; i++) {
                    gen.writeNumber(bytes[i] & 0xFF);
                }
            }
        }
        gen.writeEndArray();
    }

    /**
     * The elements of one array, written in pieces straight into a generator's output buffer.
     *
     * <p>Each {@code writeRaw} call asks for the "string" to append at the buffer's end: the elements that fit in the
     * room left ({@link #appendUnquotedUTF8}, {@link #appendUnquoted}, returning how much was written). When not even
     * one element fits (less than 8 bytes or 4 chars left), they return -1; the generator then takes the next few
     * elements as an array ({@link #asUnquotedUTF8}, {@link #getValue}), flushes and appends them. The generator
     * calls exactly one of the two per {@code writeRaw}; the serializer calls {@code writeRaw} until every element
     * is written. Only the methods Jackson's two JSON generators call for {@code writeRaw} are implemented.
     */
    static final class Elements implements SerializableString {

        private static final VarHandle INT_LE =
                MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
        private static final VarHandle LONG_LE =
                MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

        /**
         * Per byte value: low 32 bits the UTF-8 of {@code ","} and its digits, little-endian, zero-padded; bits 32
         * and up the width (2 to 4). Stored whole, 8 bytes at a time: the 4 to 6 bytes past the width are
         * overwritten by the next element or lie past the length reported to the generator.
         */
        private static final long[] PACKED = new long[256];
        /** Per byte value: four chars, {@code ","} and its digits, left aligned ({@code ",7??"}). */
        private static final char[] CHARS = new char[256 * 4];
        /** Per byte value: how many of the four are used (2 to 4). */
        private static final byte[] WIDTH = new byte[256];
        /**
         * Elements taken at a time when none fits the room left: the generator flushes, then copies them into its
         * empty buffer (they are below the 512 bytes it would write through), and the next call fills the buffer.
         */
        private static final int SPILL = 4;

        static {
            for (int v = 0; v < 256; v++) {
                byte[] s = ("," + v).getBytes(StandardCharsets.US_ASCII);
                long packed = 0;
                for (int k = 0; k < s.length; k++) {
                    packed |= (long) (s[k] & 0xFF) << (8 * k);
                    CHARS[v * 4 + k] = (char) s[k];
                }
                PACKED[v] = packed | (long) s.length << 32;
                WIDTH[v] = (byte) s.length;
            }
        }

        private final byte[] bytes;
        private int next;

        Elements(byte[] bytes) {
            this.bytes = bytes;
        }

        boolean done() {
            return next == bytes.length;
        }

        @Override
        public int appendUnquotedUTF8(byte[] buffer, int offset) {
            int limit = buffer.length - 8; // a store is always 8 bytes wide
            int pos = offset;
            int i = next;
            if (pos > limit) {
                return -1;
            }
            byte[] src = bytes;
            int n = src.length;
            if (i == 0) {
                long e = PACKED[src[0] & 0xFF];
                INT_LE.set(buffer, pos, (int) e >>> 8); // without the comma
                pos += (int) (e >>> 32) - 1;
                i = 1;
            }
            while (i < n && pos <= limit) {
                // this many elements surely fit: each advances at most 4 bytes
                int stop = Math.min(n, i + ((limit - pos) >> 2) + 1);
                while (i < stop) {
                    long e = PACKED[src[i++] & 0xFF];
                    LONG_LE.set(buffer, pos, e);
                    pos += (int) (e >>> 32);
                }
            }
            next = i;
            return pos - offset;
        }

        @Override
        public byte[] asUnquotedUTF8() {
            byte[] out = new byte[SPILL * 4 + 4];
            int end = Math.min(bytes.length, next + SPILL);
            int pos = 0;
            for (int i = next; i < end; i++) {
                long e = PACKED[bytes[i] & 0xFF];
                if (i == 0) {
                    INT_LE.set(out, pos, (int) e >>> 8);
                    pos += (int) (e >>> 32) - 1;
                } else {
                    INT_LE.set(out, pos, (int) e);
                    pos += (int) (e >>> 32);
                }
            }
            next = end;
            return java.util.Arrays.copyOf(out, pos);
        }

        @Override
        public int appendUnquoted(char[] buffer, int offset) {
            int limit = buffer.length - 4;
            int pos = offset;
            int i = next;
            if (pos > limit) {
                return -1;
            }
            byte[] src = bytes;
            int n = src.length;
            char[] table = CHARS;
            if (i == 0) {
                int t = (src[0] & 0xFF) << 2;
                buffer[pos] = table[t + 1];
                buffer[pos + 1] = table[t + 2];
                buffer[pos + 2] = table[t + 3];
                pos += WIDTH[src[0] & 0xFF] - 1;
                i = 1;
            }
            while (i < n && pos <= limit) {
                int stop = Math.min(n, i + ((limit - pos) >> 2) + 1);
                while (i < stop) {
                    int v = src[i++] & 0xFF;
                    int t = v << 2;
                    buffer[pos] = table[t];
                    buffer[pos + 1] = table[t + 1];
                    buffer[pos + 2] = table[t + 2];
                    buffer[pos + 3] = table[t + 3];
                    pos += WIDTH[v];
                }
            }
            next = i;
            return pos - offset;
        }

        @Override
        public String getValue() {
            return new String(asUnquotedUTF8(), StandardCharsets.US_ASCII);
        }

        @Override
        public int charLength() {
            throw unsupported();
        }

        @Override
        public char[] asQuotedChars() {
            throw unsupported();
        }

        @Override
        public byte[] asQuotedUTF8() {
            throw unsupported();
        }

        @Override
        public int appendQuotedUTF8(byte[] buffer, int offset) {
            throw unsupported();
        }

        @Override
        public int appendQuoted(char[] buffer, int offset) {
            throw unsupported();
        }

        @Override
        public int writeQuotedUTF8(OutputStream out) {
            throw unsupported();
        }

        @Override
        public int writeUnquotedUTF8(OutputStream out) {
            throw unsupported();
        }

        @Override
        public int putQuotedUTF8(ByteBuffer buffer) {
            throw unsupported();
        }

        @Override
        public int putUnquotedUTF8(ByteBuffer out) {
            throw unsupported();
        }

        private static UnsupportedOperationException unsupported() {
            return new UnsupportedOperationException("only for JsonGenerator.writeRaw of Jackson's JSON generators");
        }
    }
}
