package dev.pictor.samples.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.runtime.Generation;
import dev.pictor.runtime.ImageBytes;
import dev.pictor.runtime.ImageResult;
import dev.pictor.samples.SeedRequests;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

/** Checks on the images of a generation. */
final class Images {

    private Images() {}

    /** Every image decodes with ImageIO at the case's size, of its media type; as many distinct ones as asked for. */
    static void check(SeedRequests.Case c, Generation<?> g, int width, int height) {
        assertEquals(c.model(), g.model().model());
        assertTrue(!g.images().isEmpty(), c.model() + ": no image");
        Set<ImageBytes> distinct = new HashSet<>();
        for (ImageResult image : g.images()) {
            BufferedImage decoded = decode(image.bytes());
            assertNotNull(decoded, c.model() + ": ImageIO cannot read " + image);
            assertEquals(width, decoded.getWidth(), c.model() + " width");
            assertEquals(height, decoded.getHeight(), c.model() + " height");
            assertTrue(image.mediaType().startsWith(c.mediaType()), c.model() + ": " + image.mediaType());
            assertEquals(
                    c.mediaType().equals("image/jpeg") ? "JPEG" : "PNG",
                    image.bytes().sniffFormat());
            distinct.add(image.bytes());
        }
        assertEquals(c.count(), distinct.size(), c.model() + ": distinct images");
    }

    static BufferedImage decode(ImageBytes bytes) {
        try {
            return ImageIO.read(bytes.inputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
