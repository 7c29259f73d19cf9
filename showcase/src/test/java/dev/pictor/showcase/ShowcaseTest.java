package dev.pictor.showcase;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.runtime.ModelId;
import dev.pictor.samples.SeedRequests;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Showcase} in-process, into a temporary folder: one row per seed model, and the images on disk. */
class ShowcaseTest {

    /** Every image the showcase writes, relative to its output folder, with the size each has. */
    private static final Map<String, String> EXPECTED_FILES = new TreeMap<>(Map.ofEntries(
            Map.entry("cloudflare-workers-ai/black-forest-labs/flux-1-schnell/1.png", "512x512"),
            Map.entry("cloudflare-workers-ai/bytedance/stable-diffusion-xl-lightning/1.png", "256x320"),
            Map.entry("cloudflare-workers-ai/leonardo/lucid-origin/1.png", "256x320"),
            Map.entry("cloudflare-workers-ai/leonardo/phoenix-1.0/1.jpg", "256x320"),
            Map.entry("cloudflare-workers-ai/lykon/dreamshaper-8-lcm/1.png", "256x320"),
            Map.entry("cloudflare-workers-ai/runwayml/stable-diffusion-v1-5-img2img/1.png", "256x320"),
            Map.entry("cloudflare-workers-ai/runwayml/stable-diffusion-v1-5-inpainting/1.png", "256x320"),
            Map.entry("cloudflare-workers-ai/stabilityai/stable-diffusion-xl-base-1.0/1.png", "256x320"),
            Map.entry("comfyui-gateway/img2img/1.png", "256x320"),
            Map.entry("comfyui-gateway/img2img/2.png", "256x320"),
            Map.entry("replicate/stability-ai/stable-diffusion/1.png", "256x320"),
            Map.entry("replicate/stability-ai/stable-diffusion/2.png", "256x320"),
            Map.entry("runpod/runpod-workers/worker-sdxl/1.png", "256x320"),
            Map.entry("runpod/runpod-workers/worker-sdxl/2.png", "256x320")));

    private static Path schemas() {
        String property = System.getProperty("pictor.schemas");
        assertNotNull(property, "the build sets pictor.schemas");
        return Path.of(property);
    }

    /** What a run printed and returned. */
    private record Run(int code, List<String> out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Showcase.run(args, o, e);
        }
        return new Run(
                code, out.toString(StandardCharsets.UTF_8).lines().toList(), err.toString(StandardCharsets.UTF_8));
    }

    private static Map<String, String> imagesUnder(Path root) throws IOException {
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                BufferedImage image = ImageIO.read(f.toFile());
                found.put(
                        root.relativize(f).toString().replace('\\', '/'),
                        image == null ? "unreadable" : image.getWidth() + "x" + image.getHeight());
            }
        }
        return found;
    }

    @Test
    void everySeedModelIsCalledOnceAndItsImagesAreWritten(@TempDir Path tmp) throws IOException {
        Path images = tmp.resolve("showcase");
        Run run = run("--out", images.toString(), schemas().toString());

        assertEquals(0, run.code(), () -> String.join("\n", run.out()) + run.err());
        assertEquals("", run.err());
        List<String> models =
                SeedRequests.all().stream().map(SeedRequests.Case::model).toList();
        assertEquals(11, models.size());
        assertEquals(1 + 11 + 1, run.out().size(), "header, one row per model, summary: " + run.out());
        assertTrue(
                run.out().get(0).matches("MODEL +STATUS +SIZE +BYTES +TIME +FILES \\(in .*\\)"),
                run.out().get(0));
        for (int i = 0; i < models.size(); i++) {
            String row = run.out().get(1 + i);
            assertTrue(row.startsWith(models.get(i) + " "), row);
            assertTrue(
                    row.matches(".* ok +[0-9]+x[0-9]+( x[0-9])? +[0-9,]+ +[0-9]+ ms +\\S+\\.(png|jpg)(, [0-9]\\.png)?"),
                    row);
        }
        assertTrue(run.out().get(2).contains("256x320"), run.out().get(2));
        assertTrue(run.out().get(10).contains("256x320 x2  "), run.out().get(10));
        assertTrue(
                run.out().get(10).endsWith("replicate/stability-ai/stable-diffusion/1.png, 2.png"),
                run.out().get(10));
        String summary = run.out().get(12);
        assertTrue(
                summary.matches("11 models: 11 ok, 0 failed in [0-9]+\\.[0-9] s; images in "
                        + java.util.regex.Pattern.quote(images.toString().replace('\\', '/'))),
                summary);
        assertFalse(String.join("\n", run.out()).contains(Showcase.DEMO_TOKEN), "the credential is never printed");

        assertEquals(EXPECTED_FILES, imagesUnder(images));
    }

    @Test
    void aSecondRunWritesTheSameBytesUnderTheSameNamesAndRemovesStaleImages(@TempDir Path tmp) throws IOException {
        Path images = tmp.resolve("out");
        assertEquals(0, run("--out", images.toString(), schemas().toString()).code());
        Path first = images.resolve("cloudflare-workers-ai/leonardo/phoenix-1.0/1.jpg");
        byte[] before = Files.readAllBytes(first);
        Path stale = images.resolve("replicate/stability-ai/stable-diffusion/3.png");
        Files.write(stale, new byte[] {1});
        Path mine = images.resolve("replicate/stability-ai/stable-diffusion/notes.txt");
        Files.writeString(mine, "kept");

        assertEquals(0, run("--out", images.toString(), schemas().toString()).code());
        assertArrayEquals(before, Files.readAllBytes(first), "same request, same image");
        assertFalse(Files.exists(stale), "an earlier run's image is removed");
        assertEquals("kept", Files.readString(mine), "other files are left alone");
    }

    @Test
    void aModelThatFailsIsAFailedRowWithTheExceptionAndExitCodeOne(@TempDir Path tmp) throws IOException {
        // Schemas without RunPod's provider: the emulator serves no RunPod, so the client has no base URL for it and
        // no endpoint id (the real environment is never read): the call fails before anything is sent.
        Path partial = tmp.resolve("schemas");
        try (Stream<Path> files = Files.walk(schemas())) {
            for (Path f : files.toList()) {
                Path rel = schemas().relativize(f);
                if (rel.startsWith("runpod")) {
                    continue;
                }
                if (Files.isDirectory(f)) {
                    Files.createDirectories(partial.resolve(rel.toString()));
                } else {
                    Files.copy(f, partial.resolve(rel.toString()));
                }
            }
        }
        Path images = tmp.resolve("out");
        Run run = run("--out", images.toString(), partial.toString());

        assertEquals(1, run.code(), () -> String.join("\n", run.out()));
        String row = run.out().stream()
                .filter(l -> l.startsWith("runpod-workers/worker-sdxl "))
                .findFirst()
                .orElseThrow();
        assertTrue(row.matches("runpod-workers/worker-sdxl +ConfigurationException: .* - +- +[0-9]+ ms +-"), row);
        assertTrue(
                run.out().get(run.out().size() - 1).startsWith("11 models: 10 ok, 1 failed in "),
                run.out().toString());
        assertFalse(Files.exists(images.resolve("runpod")));
    }

    @Test
    void usageErrorsAndAMissingSchemasFolderExitWithTwo(@TempDir Path tmp) {
        Run unknown = run("--frobnicate");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().startsWith("pictor-showcase: unexpected argument --frobnicate"), unknown.err());
        assertEquals(2, run("--out").code());
        assertEquals(2, run("a", "b").code());
        Run missing = run(tmp.resolve("nothing").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("is not a folder"), missing.err());
        assertEquals(List.of(), missing.out());
        Run help = run("--help");
        assertEquals(0, help.code());
        assertTrue(
                help.out().get(0).startsWith("usage: java -jar pictor-showcase.jar"),
                help.out().toString());
    }

    @Test
    void imageFoldersAndExtensions() {
        List<String> folders = new ArrayList<>();
        for (String model : List.of("@cf/leonardo/phoenix-1.0", "img2img", "owner/na:me", "@x/../..")) {
            folders.add(Showcase.folderOf(new ModelId("p-1", model, "1", LocalDate.of(2025, 1, 1)))
                    .toString()
                    .replace('\\', '/'));
        }
        assertEquals(List.of("p-1/leonardo/phoenix-1.0", "p-1/img2img", "p-1/owner/na_me", "p-1/_/_"), folders);
        assertEquals("png", Showcase.extension("image/png"));
        assertEquals("jpg", Showcase.extension("IMAGE/JPEG; q=1"));
        assertEquals("bin", Showcase.extension("application/octet-stream"));
    }
}
