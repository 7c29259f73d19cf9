package dev.pictor.emulator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Whether the bytes of a file part are an image of the kind its {@code Content-Type} says: the signature names the
 * format (PNG, JPEG, WebP, GIF), and a PNG, JPEG or GIF is read by the JDK's own decoder far enough to know its size
 * (WebP, which the JDK cannot read, only by its RIFF header).
 */
final class ImageCheck {

    private ImageCheck() {}

    /** The media type the bytes' signature says, or empty when they are no image the emulator knows. */
    static Optional<String> sniff(byte[] bytes) {
        if (starts(bytes, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n')) {
            return Optional.of("image/png");
        }
        if (starts(bytes, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(bytes, 'G', 'I', 'F', '8') && bytes.length > 5 && (bytes[4] == '7' || bytes[4] == '9')) {
            return Optional.of("image/gif");
        }
        if (starts(bytes, 'R', 'I', 'F', 'F')
                && bytes.length >= 12
                && bytes[8] == 'W'
                && bytes[9] == 'E'
                && bytes[10] == 'B'
                && bytes[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    /**
     * Why {@code bytes} are not a {@code declared} image, or empty when they are one.
     *
     * @param declared the part's content type, lower case ({@code image/jpg} is taken for {@code image/jpeg})
     */
    static Optional<String> problem(byte[] bytes, String declared) {
        String want = declared.equals("image/jpg") ? "image/jpeg" : declared;
        if (!want.startsWith("image/")) {
            return Optional.of("its Content-Type is " + declared + ", not an image type");
        }
        Optional<String> found = sniff(bytes);
        if (found.isEmpty()) {
            return Optional.of("its bytes are not an image (no PNG, JPEG, WebP or GIF signature)");
        }
        if (!found.get().equals(want)) {
            return Optional.of("its Content-Type is " + declared + " but its bytes are " + found.get());
        }
        if (!found.get().equals("image/webp") && !readable(bytes)) {
            return Optional.of("its bytes start as " + found.get() + " but do not decode as one");
        }
        return Optional.empty();
    }

    /** Whether the JDK's decoder reads the image's size (its header, not the pixels). */
    private static boolean readable(byte[] bytes) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return reader.getWidth(0) > 0 && reader.getHeight(0) > 0;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean starts(byte[] bytes, int... signature) {
        if (bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[i] & 0xff) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
