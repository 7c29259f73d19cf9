package dev.pictor.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code java -jar emulator/target/pictor-emulator.jar --schemas DIR --port N}, as a separate process. */
class RunnableJarIT {

    private static final String CANARY = "canary-jar-5b1e";

    private static Path jar() {
        String property = System.getProperty("pictor.emulator.jar");
        assertNotNull(property, "the build sets pictor.emulator.jar");
        Path jar = Path.of(property);
        assertTrue(Files.isRegularFile(jar), jar + " exists");
        return jar;
    }

    @Test
    void manifestNamesTheModuleAndTheMainClass() throws IOException {
        try (JarFile file = new JarFile(jar().toFile())) {
            Manifest manifest = file.getManifest();
            assertEquals("dev.pictor.emulator", manifest.getMainAttributes().getValue("Automatic-Module-Name"));
            assertEquals(Main.class.getName(), manifest.getMainAttributes().getValue("Main-Class"));
            assertTrue(
                    file.stream().noneMatch(e -> e.getName().matches("META-INF/[^/]+\\.(SF|DSA|RSA|EC)")),
                    "no signature files");
            assertTrue(file.stream().noneMatch(e -> e.getName().endsWith("module-info.class")));
        }
    }

    @Test
    void standaloneProcessServesEveryProviderAndTakesFaults() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar().toString(),
                        "--schemas",
                        Http.schemas().toString(),
                        "--port",
                        Integer.toString(port))
                .redirectErrorStream(true)
                .start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        List<String> all = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    all.add(line);
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            String origin = null;
            Pattern listening = Pattern.compile("pictor-emulator listening on (http://127\\.0\\.0\\.1:\\d+) .*");
            for (String line; (line = lines.poll(60, TimeUnit.SECONDS)) != null; ) {
                Matcher m = listening.matcher(line);
                if (m.matches()) {
                    origin = m.group(1);
                }
                if (line.startsWith("control: ")) {
                    break;
                }
            }
            assertEquals("http://127.0.0.1:" + port, origin, () -> String.join("\n", all));
            String cloudflare = origin + "/client/v4/accounts/emulator-account/ai/run";
            String printed = String.join("\n", all);
            assertTrue(printed.contains("cloudflare-workers-ai (cloudflare-workers-ai): " + cloudflare), printed);
            assertTrue(printed.contains("replicate (replicate-predictions): " + origin + "/replicate/v1"), printed);
            assertTrue(
                    printed.contains("runpod (runpod-serverless): " + origin + "/runpod/v2/runpod-workers-worker-sdxl"),
                    printed);
            assertTrue(printed.contains("comfyui-gateway (json-gateway): " + origin + "/comfyui-gateway"), printed);
            for (var model : SeedModels.models()) {
                assertTrue(printed.contains(model.model()), model.model() + " is listed");
            }
            assertFalse(printed.contains("SLF4J"), "no logging framework notice");

            String url = cloudflare + "/@cf/leonardo/phoenix-1.0";
            String body = "{\"prompt\": \"a harbour\", \"width\": 320, \"height\": 256}";
            HttpResponse<byte[]> image = Http.post(url, body, "Authorization", "Bearer " + CANARY);
            assertEquals(200, image.statusCode());
            assertEquals("image/jpeg", Http.contentType(image));
            Http.assertImage(image.body(), "image/jpeg", 320, 256);

            assertEquals(
                    200,
                    Http.post(origin + "/_emulator/faults", "{\"kind\": \"RATE_LIMITED\"}")
                            .statusCode());
            HttpResponse<byte[]> limited = Http.post(url, body, "Authorization", "Bearer " + CANARY);
            assertEquals(429, limited.statusCode());
            assertEquals(Optional.of("1"), limited.headers().firstValue("Retry-After"));
            assertEquals(401, Http.post(url, body).statusCode());

            String log = null;
            for (int i = 0; i < 50 && (log == null || !log.contains("-> 401")); i++) {
                Thread.sleep(100);
                log = String.join("\n", all);
            }
            assertTrue(
                    log.contains("POST /client/v4/accounts/emulator-account/ai/run/@cf/leonardo/phoenix-1.0 -> 200"),
                    log);
            assertTrue(log.contains("-> 429 (cloudflare-workers-ai) [fault rate_limited]"), log);
            assertFalse(log.contains(CANARY), "the token is never printed");
        } finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void badArgumentsExitWithUsage() throws Exception {
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar().toString(),
                        "--port",
                        "seven")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(2, process.exitValue());
        assertTrue(output.contains("usage: java -jar pictor-emulator.jar"), output);
    }
}
