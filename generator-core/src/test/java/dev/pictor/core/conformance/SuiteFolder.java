package dev.pictor.core.conformance;

import dev.pictor.core.schema.AssertedFormats;
import dev.pictor.core.testing.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The required test files of one dialect of the JSON-Schema-Test-Suite: every {@code *.json} directly in the
 * dialect's folder ({@code optional/} is a folder of its own, not read), in name order.
 */
final class SuiteFolder {

    /** The dialects the suite is run in, by their folder under {@code tests/}. */
    static final List<String> DIALECTS = List.of("draft2020-12", "draft7");

    /** The format files draft-07's suite does not have: the formats draft 2019-09 added. */
    private static final Set<String> NOT_IN_DRAFT_7 = Set.of("duration.json", "uuid.json");

    private SuiteFolder() {}

    /**
     * The {@code optional/format} file of every format Pictor asserts ({@link AssertedFormats}), in the order listed
     * there.
     *
     * @throws IllegalStateException when one is missing (draft-07 has no {@code duration} or {@code uuid} file; when
     *     it gets one, this says so, so that it is run)
     */
    static List<Path> formatFiles(Path dialectFolder) {
        Path folder = TestData.nonEmpty(dialectFolder.resolve("optional/format"));
        boolean draft7 = dialectFolder.getFileName().toString().equals("draft7");
        List<Path> files = new java.util.ArrayList<>();
        for (String format : AssertedFormats.KEYWORDS) {
            Path file = folder.resolve(format + ".json");
            boolean absent =
                    draft7 && NOT_IN_DRAFT_7.contains(file.getFileName().toString());
            if (Files.isRegularFile(file) == absent) {
                throw new IllegalStateException(
                        absent ? file + " is in the suite now: run it" : "the suite file " + file + " is missing");
            }
            if (!absent) {
                files.add(file);
            }
        }
        return files;
    }

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
