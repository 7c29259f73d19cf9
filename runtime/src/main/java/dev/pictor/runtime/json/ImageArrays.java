package dev.pictor.runtime.json;

import dev.pictor.runtime.ImageBytes;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The codecs' access to an {@link ImageBytes}' array without a copy: {@link ImageBytes#writeTo(OutputStream)} hands
 * its array to the stream in one call, and the codecs only read it.
 */
final class ImageArrays {

    private ImageArrays() {}

    /** The array of {@code value} itself: read it, never write it or keep it. */
    static byte[] array(ImageBytes value) {
        Capture c = new Capture();
        try {
            value.writeTo(c);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (c.array == null || c.array.length != value.size()) {
            throw new IllegalStateException("ImageBytes.writeTo did not hand over its array in one call");
        }
        return c.array;
    }

    private static final class Capture extends OutputStream {
        byte[] array;

        @Override
        public void write(byte[] b) {
            if (array != null) {
                throw new IllegalStateException("more than one write");
            }
            array = b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (off != 0 || len != b.length) {
                throw new IllegalStateException("partial write");
            }
            write(b);
        }

        @Override
        public void write(int b) {
            throw new IllegalStateException("single-byte write");
        }
    }
}
