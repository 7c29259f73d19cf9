package dev.pictor.showcase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar showcase/target/pictor-showcase.jar --out DIR SCHEMAS_DIR}, as a separate process. */
class RunnableJarIT {

    private static Path jar() {
        String property = System.getProperty("pictor.showcase.jar");
        assertNotNull(property, "the build sets pictor.showcase.jar");
        Path jar = Path.of(property);
        assertTrue(Files.isRegularFile(jar), jar + " exists");
        return jar;
    }

    @Test
    void manifestNamesTheModuleAndTheMainClassAndEveryAdapterIsRegistered() throws IOException {
        try (JarFile file = new JarFile(jar().toFile())) {
            Manifest manifest = file.getManifest();
            assertEquals("dev.pictor.showcase", manifest.getMainAttributes().getValue("Automatic-Module-Name"));
            assertEquals(Showcase.class.getName(), manifest.getMainAttributes().getValue("Main-Class"));
            assertTrue(
                    file.stream().noneMatch(e -> e.getName().matches("META-INF/[^/]+\\.(SF|DSA|RSA|EC)")),
                    "no signature files");
            assertTrue(file.stream().noneMatch(e -> e.getName().endsWith("module-info.class")));
            JarEntry services = file.getJarEntry("META-INF/services/dev.pictor.runtime.ModelBinding");
            assertNotNull(services, "the generated adapters' registration");
            try (InputStream in = file.getInputStream(services)) {
                List<String> adapters = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .filter(l -> !l.isBlank() && !l.startsWith("#"))
                        .toList();
                assertEquals(12, adapters.size(), adapters.toString());
                assertTrue(
                        adapters.stream().allMatch(a -> a.startsWith("dev.pictor.generated.") && a.endsWith("Adapter")),
                        adapters.toString());
            }
        }
    }

    @Test
    void theJarCallsEveryModelAndPrintsOnlyTheTable(@TempDir Path tmp) throws Exception {
        Path images = tmp.resolve("images");
        Path schemas = Path.of(System.getProperty("pictor.schemas"));
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar().toString(),
                        "--out",
                        images.toString(),
                        schemas.toString())
                .redirectError(tmp.resolve("stderr.txt").toFile())
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "ends");
        String err = Files.readString(tmp.resolve("stderr.txt"));

        assertEquals(0, process.exitValue(), out + err);
        assertEquals("", err, "nothing on stderr (no logging back-end notice, no warning)");
        List<String> lines = out.lines().toList();
        assertEquals(13, lines.size(), out);
        assertEquals(11, lines.stream().filter(l -> l.matches("\\S+ +ok +.*")).count(), out);
        assertTrue(lines.get(12).startsWith("11 models: 11 ok, 0 failed in "), out);
        assertTrue(Files.isRegularFile(images.resolve("runpod/runpod-workers/worker-sdxl/2.png")));
    }
}
