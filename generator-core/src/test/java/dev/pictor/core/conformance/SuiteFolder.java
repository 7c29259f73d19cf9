package dev.pictor.core.conformance;

import dev.pictor.core.testing.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The required test files of one dialect of the JSON-Schema-Test-Suite: every {@code *.json} directly in the
 * dialect's folder ({@code optional/} is a folder of its own, not read), in name order.
 */
final class SuiteFolder {

    /** The dialects the suite is run in, by their folder under {@code tests/}. */
    static final List<String> DIALECTS = List.of("draft2020-12", "draft7");

    private SuiteFolder() {}

    /** The suite's {@code tests/} folder in the repository's test data. */
    static Path tests() {
        return TestData.folder("json-schema-test-suite/tests");
    }

    /** The suite's {@code remotes/} folder, which {@code http://localhost:1234/} names in the suite's schemas. */
    static Path remotes() {
        return TestData.folder("json-schema-test-suite/remotes");
    }

    /**
     * Every required test file of {@code dialectFolder}, sorted by name.
     *
     * @throws IllegalStateException when the folder is missing or holds no test file: nothing is skipped silently
     */
    static List<Path> requiredFiles(Path dialectFolder) {
        TestData.nonEmpty(dialectFolder);
        try (Stream<Path> entries = Files.list(dialectFolder)) {
            List<Path> files = entries.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
            if (files.isEmpty()) {
                throw new IllegalStateException("the suite folder " + dialectFolder + " holds no test file");
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
