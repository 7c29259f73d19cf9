package dev.pictor.showcase;

import dev.pictor.emulator.ProviderEmulator;
import dev.pictor.runtime.Generation;
import dev.pictor.runtime.ImageBytes;
import dev.pictor.runtime.ImageResult;
import dev.pictor.runtime.ModelId;
import dev.pictor.runtime.client.PictorClient;
import dev.pictor.samples.SeedRequests;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * The README's main job: {@code java -jar showcase/target/pictor-showcase.jar [--out DIR] [SCHEMAS_DIR]}. Starts the
 * provider emulator on an ephemeral loopback port over the schemas (default {@code schemas}), points a
 * {@link PictorClient} at it with a demo credential, calls every seed model once through its generated client (one
 * valid request each, from {@link SeedRequests}, with a fixed prompt and seed), writes its distinct images to
 * {@code DIR/<provider>/<model path>/<n>.<png|jpg>} (default {@code target/showcase}) and prints one row per model:
 * model, status, image size, bytes, time and files; then a summary line. Exit code 0 when every model answered with
 * as many images as asked, of the asked size, 1 otherwise, 2 on a usage error.
 */
public final class Showcase {

    /** The prompt of every request. */
    public static final String PROMPT = "a lighthouse on a cliff at dawn";
    /** The seed of every request (where a model takes one). */
    public static final long SEED = 42;
    /** Where the images go unless {@code --out} says otherwise. */
    public static final Path DEFAULT_OUT = Path.of("target", "showcase");

    /** The only credential the emulator accepts: proves the client sends it. Never printed. */
    static final String DEMO_TOKEN = "pictor-showcase-demo-token";

    static final String USAGE = """
            usage: java -jar pictor-showcase.jar [--out DIR] [SCHEMAS_DIR]
              SCHEMAS_DIR   the schemas root the emulator serves (default: schemas)
              --out DIR     where the images are written (default: target/showcase)
              --help        this text""";

    private static final int STATUS = 1;

    private static final Pattern IMAGE_FILE = Pattern.compile("[0-9]+\\.(png|jpg|gif|webp|bin)");

    private Showcase() {}

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args, System.out, System.err));
    }

    /** Parses the arguments, runs every model, prints the table and the summary; the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path schemas = Path.of("schemas");
        Path images = DEFAULT_OUT;
        boolean schemasGiven = false;
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--help", "-h" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    case "--out" -> {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException("--out needs a folder");
                        }
                        images = Path.of(args[++i]);
                    }
                    default -> {
                        if (arg.startsWith("-") || schemasGiven) {
                            throw new IllegalArgumentException("unexpected argument " + arg);
                        }
                        schemas = Path.of(arg);
                        schemasGiven = true;
                    }
                }
            }
        } catch (IllegalArgumentException e) { // also an invalid path
            err.println("pictor-showcase: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (!Files.isDirectory(schemas)) {
            err.println("pictor-showcase: the schemas root " + schemas + " is not a folder (run from the repository "
                    + "root, or name the folder)");
            return 2;
        }
        long start = System.nanoTime();
        ProviderEmulator emulator;
        try {
            emulator = ProviderEmulator.builder()
                    .schemas(schemas)
                    .port(0)
                    .expectedToken(DEMO_TOKEN)
                    .jobStep(Duration.ofMillis(50))
                    .start();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("pictor-showcase: cannot start the emulator: " + e.getMessage());
            return 1;
        }
        List<Row> rows;
        try (emulator) {
            rows = runAll(emulator, images);
        }
        Duration total = Duration.ofNanos(System.nanoTime() - start);
        print(rows, images, total, out);
        out.flush();
        return rows.stream().allMatch(Row::ok) ? 0 : 1;
    }

    /**
     * Calls every seed model once through a client pointed at {@code emulator} (which accepts {@link #DEMO_TOKEN}
     * only) and writes its images under {@code images}; one row per model, in {@link SeedRequests#all()}'s order, then
     * a failed row for every installed model that has no sample request.
     */
    static List<Row> runAll(ProviderEmulator emulator, Path images) {
        List<Row> rows = new ArrayList<>();
        try (PictorClient client = client(emulator)) {
            Set<String> asked = new LinkedHashSet<>();
            for (SeedRequests.Case c : SeedRequests.all(PROMPT, SEED)) {
                asked.add(c.model());
                rows.add(call(client, c, images));
            }
            for (ModelId id : client.models()) {
                if (asked.add(id.model())) {
                    rows.add(Row.failed(id.model(), "no sample request: add one to SeedRequests", 0));
                }
            }
        }
        return rows;
    }

    /**
     * A client of every generated model, against the emulator: each provider's base URL and the demo credential; the
     * real environment is never read (no token or account id of the machine is used).
     */
    private static PictorClient client(ProviderEmulator emulator) {
        PictorClient.Builder builder = PictorClient.builder()
                .environment(name -> null)
                .pollInterval(Duration.ofMillis(25), Duration.ofMillis(100))
                .callTimeout(Duration.ofSeconds(30))
                .overallTimeout(Duration.ofSeconds(60));
        for (String provider : emulator.providerIds()) {
            builder.credential(provider, DEMO_TOKEN).baseUrl(provider, emulator.baseUrl(provider));
        }
        return builder.build();
    }

    private static Row call(PictorClient client, SeedRequests.Case c, Path images) {
        long start = System.nanoTime();
        Generation<?> g;
        try {
            g = client.run(c.request());
        } catch (RuntimeException e) {
            return Row.failed(c.model(), describe(e), millis(start));
        }
        long millis = millis(start);
        if (g.images().isEmpty()) {
            return Row.failed(c.model(), "answered without an image", millis);
        }
        // A response may name one image twice (RunPod's image_url is images[0]): each distinct image is written once.
        List<ImageResult> distinct = new ArrayList<>();
        Set<ImageBytes> seen = new HashSet<>();
        for (ImageResult image : g.images()) {
            if (seen.add(image.bytes())) {
                distinct.add(image);
            }
        }
        Path folder = images.resolve(folderOf(g.model()));
        List<Path> files = new ArrayList<>();
        List<String> sizes = new ArrayList<>();
        long bytes = 0;
        String problem = null;
        try {
            Files.createDirectories(folder);
            try (DirectoryStream<Path> old = Files.newDirectoryStream(
                    folder, p -> IMAGE_FILE.matcher(p.getFileName().toString()).matches())) {
                for (Path p : old) {
                    Files.delete(p); // an earlier run's image: only this run's stay
                }
            }
            for (int i = 0; i < distinct.size(); i++) {
                ImageResult image = distinct.get(i);
                Path file = folder.resolve((i + 1) + "." + extension(image.mediaType()));
                Files.write(file, image.bytes().toByteArray());
                files.add(images.relativize(file));
                bytes += image.bytes().size();
                BufferedImage decoded = decode(image);
                if (decoded == null) {
                    problem = problem != null
                            ? problem
                            : "image " + (i + 1) + " (" + image.mediaType() + ") is not readable by ImageIO";
                    sizes.add("?");
                    continue;
                }
                sizes.add(decoded.getWidth() + "x" + decoded.getHeight());
                if (decoded.getWidth() != c.width() || decoded.getHeight() != c.height()) {
                    problem = problem != null
                            ? problem
                            : "image " + (i + 1) + " is " + decoded.getWidth() + "x" + decoded.getHeight() + ", asked "
                                    + c.width() + "x" + c.height();
                }
            }
        } catch (IOException e) {
            return Row.failed(c.model(), "cannot write the images to " + folder + ": " + e, millis);
        }
        if (problem == null && distinct.size() != c.count()) {
            problem = distinct.size() + " distinct images, asked " + c.count();
        }
        return new Row(c.model(), problem == null, problem == null ? "ok" : problem, size(sizes), bytes, millis, files);
    }

    /** The image as ImageIO reads it; null when it cannot. */
    private static BufferedImage decode(ImageResult image) {
        try {
            return ImageIO.read(image.bytes().inputStream());
        } catch (IOException | RuntimeException e) { // a corrupt image
            return null;
        }
    }

    /** {@code <provider>/<model path>}: the model id without a leading {@code @namespace/}, one safe name a segment. */
    static Path folderOf(ModelId id) {
        String model = id.model().replaceFirst("^@[^/]*/", "");
        Path folder = Path.of(safe(id.provider()));
        for (String segment : model.split("/")) {
            folder = folder.resolve(safe(segment));
        }
        return folder;
    }

    private static String safe(String segment) {
        String s = segment.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.isEmpty() || s.chars().allMatch(ch -> ch == '.') ? "_" : s;
    }

    static String extension(String mediaType) {
        String type = mediaType.toLowerCase(Locale.ROOT).split(";", 2)[0].trim();
        return switch (type) {
            case "image/png" -> "png";
            case "image/jpeg", "image/jpg" -> "jpg";
            case "image/gif" -> "gif";
            case "image/webp" -> "webp";
            default -> "bin";
        };
    }

    /** {@code 256x320}, {@code 256x320 x2} when every image has one size, else each size. */
    private static String size(List<String> sizes) {
        if (sizes.stream().distinct().count() == 1) {
            return sizes.get(0) + (sizes.size() > 1 ? " x" + sizes.size() : "");
        }
        return String.join(", ", sizes);
    }

    /** The exception's simple type and message on one line (the runtime never puts a credential in one). */
    private static String describe(RuntimeException e) {
        String message = e.getMessage() == null
                ? ""
                : ": " + e.getMessage().replaceAll("\\s+", " ").trim();
        if (message.length() > 200) {
            message = message.substring(0, 197) + "...";
        }
        return e.getClass().getSimpleName() + message;
    }

    private static long millis(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    }

    private static void print(List<Row> rows, Path images, Duration total, PrintStream out) {
        List<String[]> table = new ArrayList<>();
        table.add(new String[] {"MODEL", "STATUS", "SIZE", "BYTES", "TIME", "FILES (in " + slashes(images) + ")"});
        for (Row r : rows) {
            String files = "-";
            if (!r.files().isEmpty()) { // provider/model/1.png, 2.png
                List<String> names = new ArrayList<>(List.of(slashes(r.files().get(0))));
                r.files().stream()
                        .skip(1)
                        .forEach(p -> names.add(p.getFileName().toString()));
                files = String.join(", ", names);
            }
            table.add(new String[] {
                r.model(),
                r.status(),
                r.size(),
                r.files().isEmpty() ? "-" : String.format(Locale.ROOT, "%,d", r.bytes()),
                r.millis() + " ms",
                files
            });
        }
        int[] widths = new int[table.get(0).length];
        for (String[] row : table) {
            for (int i = 0; i < row.length; i++) {
                // A failure's message does not widen the column: it overflows on its own row only.
                if (i != STATUS || row[i].length() <= 20) {
                    widths[i] = Math.max(widths[i], row[i].length());
                }
            }
        }
        boolean[] right = {false, false, false, true, true, false};
        for (String[] row : table) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                String cell = row[i];
                String pad = " ".repeat(Math.max(0, widths[i] - cell.length()));
                if (i > 0) {
                    line.append("  ");
                }
                line.append(right[i] ? pad + cell : i == row.length - 1 ? cell : cell + pad);
            }
            out.println(line);
        }
        long ok = rows.stream().filter(Row::ok).count();
        out.println(String.format(
                Locale.ROOT,
                "%d models: %d ok, %d failed in %.1f s; images in %s",
                rows.size(),
                ok,
                rows.size() - ok,
                total.toMillis() / 1000.0,
                slashes(images)));
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }

    /**
     * One model's outcome.
     *
     * @param model  the model id
     * @param ok     whether it answered with as many readable images as asked, of the asked size
     * @param status {@code ok}, or what went wrong: the exception's type and message
     * @param size   the distinct images' sizes as ImageIO reads them ({@code 256x320 x2}), {@code -} without images
     * @param bytes  the distinct images' bytes, together
     * @param millis the call's time
     * @param files  the images written, relative to the output folder, in order
     */
    public record Row(String model, boolean ok, String status, String size, long bytes, long millis, List<Path> files) {

        public Row {
            files = List.copyOf(files);
        }

        static Row failed(String model, String status, long millis) {
            return new Row(model, false, status, "-", 0, millis, List.of());
        }
    }
}
