package dev.pictor.emulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class ImageMakerTest {

    private static ImageMaker.Spec spec(String prompt, String seed, int width, int height, String mediaType) {
        return new ImageMaker.Spec("@cf/test/model", prompt, seed, 0, width, height, mediaType);
    }

    @Test
    void sameSpecSameBytes() {
        ImageMaker.Spec spec = spec("a red fox", "7", 300, 200, "image/png");
        assertArrayEquals(ImageMaker.render(spec), ImageMaker.render(spec));
        ImageMaker.Spec jpeg = spec("a red fox", "7", 300, 200, "image/jpeg");
        assertArrayEquals(ImageMaker.render(jpeg), ImageMaker.render(jpeg));
    }

    @Test
    void promptAndSeedChangeThePicture() {
        byte[] base = ImageMaker.render(spec("a red fox", "7", 64, 64, "image/png"));
        assertFalse(java.util.Arrays.equals(base, ImageMaker.render(spec("a red fox", "8", 64, 64, "image/png"))));
        assertFalse(java.util.Arrays.equals(base, ImageMaker.render(spec("a red cat", "7", 64, 64, "image/png"))));
    }

    @Test
    void pngAndJpegOfTheRequestedSizeDecode() {
        Http.assertImage(ImageMaker.render(spec("p", "1", 1, 1, "image/png")), "image/png", 1, 1);
        Http.assertImage(ImageMaker.render(spec("p", "1", 257, 33, "image/png")), "image/png", 257, 33);
        Http.assertImage(ImageMaker.render(spec("p", "1", 1120, 1120, "image/jpeg")), "image/jpeg", 1120, 1120);
    }

    @Test
    void pngPixelsAreExactlyWhatWasDrawn() {
        int[] pixels = {0x000000, 0xffffff, 0x123456, 0xff0000, 0x00ff00, 0x0000ff};
        BufferedImage image = Http.image(ImageMaker.png(pixels, 3, 2));
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 3; x++) {
                assertEquals(pixels[y * 3 + x], image.getRGB(x, y) & 0xffffff, "pixel " + x + "," + y);
            }
        }
    }
}
