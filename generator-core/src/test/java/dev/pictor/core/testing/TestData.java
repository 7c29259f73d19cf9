package dev.pictor.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The repository's test data ({@code testdata/}, published material copied verbatim; see its README). Surefire names
 * the folder in the system property {@code pictor.testdata}. A missing file or an empty folder fails the test that
 * asked for it: a test never passes for want of its data.
 */
public final class TestData {

    private TestData() {}

    /** The test-data folder itself. */
    public static Path root() {
        String property = System.getProperty("pictor.testdata");
        if (property == null) {
            throw new IllegalStateException("system property pictor.testdata is not set (the module's surefire "
                    + "configuration sets it to the repository's testdata folder)");
        }
        Path root = Path.of(property);
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("the test data folder " + root.toAbsolutePath() + " does not exist");
        }
        return root;
    }

    /** A regular file under the test data, by its path relative to {@link #root()}. */
    public static Path file(String relative) {
        Path file = root().resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("test data file " + file.toAbsolutePath() + " is missing");
        }
        return file;
    }

    /** A folder under the test data that holds at least one file, by its path relative to {@link #root()}. */
    public static Path folder(String relative) {
        return nonEmpty(root().resolve(relative));
    }

    /** {@code folder} itself, once it is known to exist and to hold at least one entry. */
    public static Path nonEmpty(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("test data folder " + folder.toAbsolutePath() + " is missing");
        }
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.findAny().isEmpty()) {
                throw new IllegalStateException("test data folder " + folder.toAbsolutePath() + " is empty");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }
}
