package dev.pictor.core.lint.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.json.JsonPointer;
import dev.pictor.core.json.LocatedJsonReader;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.Member;
import dev.pictor.core.testing.Golden;
import dev.pictor.core.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lint of an OpenAPI file at import: golden cases under {@code src/test/resources/golden/openapi-lint/<case>},
 * one per rule, each an {@code openapi.json} whose every operation is linted and compared with {@code expected.txt};
 * and the OpenAPI documents of the test data, whose findings are counted against the oddities their README lists.
 */
class OpenApiLintTest {

    private static final Path CASES = Path.of("src/test/resources/golden/openapi-lint");

    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void findingsMatchTheGoldenFile(String name) throws IOException {
        List<Diagnostic> found =
                lint(name + "/openapi.json", CASES.resolve(name).resolve("openapi.json"));
        String text = found.stream().map(d -> d.toText() + "\n").collect(Collectors.joining());
        Golden.assertMatches(CASES.resolve(name).resolve("expected.txt"), text);
    }

    /**
     * Findings by code over every operation of each JSON document of the test data, against the oddities its README
     * lists: Leonardo's {@code deprecated} beside a {@code $ref} (and five {@code description}s there), its contrast
     * "Accepts values [1.0, 1.3, ...]"; Runway's 64 operations without an id and its integers bounded by 2^53-1 (60
     * schemas, with 60 maxima and 21 minima); Ideogram's seeds up to 2^31-1; BFL's {@code multipleOf: 32.0} on an
     * integer, which is integral and so not reported; Stability's uint32 seed, not a placeholder.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "bfl.openapi.json| {}",
                "ideogram.openapi.json| {openapi.placeholder-bound=13, openapi.prose-enum=1}",
                "leonardo.openapi.json| {openapi.prose-enum=3, openapi.ref-siblings=6}",
                "runway.openapi.json| {openapi.operation-id=64, openapi.placeholder-bound=60}",
                "stability-v1.bundled.openapi.json| {}",
            })
    void countsTheOdditiesOfTheProvidersDocuments(String file, String expected) throws IOException {
        List<Diagnostic> found = lint(file, TestData.file("provider-data/openapi-providers/" + file));
        Map<String, Long> counts =
                new TreeMap<>(found.stream().collect(Collectors.groupingBy(Diagnostic::code, Collectors.counting())));
        assertEquals(expected, counts.toString(), file);
    }

    /** Lints every operation of an OpenAPI file; a file that does not parse fails the test. */
    private static List<Diagnostic> lint(String name, Path file) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        LocatedNode document = LocatedJsonReader.read(name, Files.readAllBytes(file), diagnostics)
                .orElseThrow(() -> new AssertionError(diagnostics.sorted()));
        assertEquals(List.of(), diagnostics.sorted(), "reading " + name);
        OpenApiLint.lint(document, operations(document), diagnostics);
        return diagnostics.sorted();
    }

    /** The pointers of every operation of a document, in document order. */
    static List<String> operations(LocatedNode document) {
        List<String> pointers = new ArrayList<>();
        document.at("/paths").flatMap(LocatedNode::asObject).ifPresent(paths -> {
            for (Member path : paths.members()) {
                path.value()
                        .asObject()
                        .ifPresent(item -> item.members().stream()
                                .map(Member::name)
                                .filter(METHODS::contains)
                                .forEach(method -> pointers.add(
                                        JsonPointer.append(JsonPointer.append("/paths", path.name()), method))));
            }
        });
        return pointers;
    }
}
