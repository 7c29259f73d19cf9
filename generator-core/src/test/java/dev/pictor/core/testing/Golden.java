package dev.pictor.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: expected output checked in beside the test, compared byte for byte. Run with
 * {@code -Dpictor.updateGolden=true} to rewrite them from the actual output, then review the diff before committing.
 */
public final class Golden {

    private Golden() {
    }

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
            assertEquals(expected, actual, "golden file " + expectedFile
                    + " differs; if the change is intended, rerun with -Dpictor.updateGolden=true and review the diff");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
