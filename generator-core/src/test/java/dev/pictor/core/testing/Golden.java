package dev.pictor.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pictor.core.generate.GeneratedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Golden files: expected output checked in beside the test, compared byte for byte. Run with
 * {@code -Dpictor.updateGolden=true} to rewrite them from the actual output, then review the diff before committing.
 */
public final class Golden {

    private Golden() {}

    public static boolean updating() {
        return Boolean.getBoolean("pictor.updateGolden");
    }

    public static void assertMatches(Path expectedFile, String actual) {
        try {
            if (updating()) {
                Files.createDirectories(expectedFile.getParent());
                Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
                return;
            }
            String expected = Files.exists(expectedFile) ? Files.readString(expectedFile, StandardCharsets.UTF_8) : "";
            assertEquals(
                    expected,
                    actual,
                    "golden file " + expectedFile
                            + " differs; if the change is intended, rerun with -Dpictor.updateGolden=true and review the diff");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every generated file matches its golden copy {@code <path>.txt} under {@code goldenDir}, and no golden copy is
     * left without a generated file. Updating rewrites the whole folder, so that a file no longer generated goes.
     */
    public static void assertTreeMatches(Path goldenDir, List<GeneratedFile> files) {
        try {
            if (updating()) {
                deleteTree(goldenDir);
            }
            Set<String> expected = new TreeSet<>();
            for (GeneratedFile f : files) {
                expected.add(f.path() + ".txt");
                assertMatches(goldenDir.resolve(f.path() + ".txt"), f.content());
            }
            try (Stream<Path> walk = Files.walk(goldenDir)) {
                Set<String> present = new TreeSet<>(walk.filter(Files::isRegularFile)
                        .map(p -> goldenDir.relativize(p).toString().replace('\\', '/'))
                        .toList());
                assertEquals(expected, present, "golden files without a generated file, or the other way round");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
