package dev.pictor.core.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated validators against every required file of the official JSON-Schema-Test-Suite, in draft 2020-12 and
 * draft-07, and against the {@code optional/format} file of every format Pictor asserts, with {@code format} asserted
 * ({@link SuiteFileRun}): each case bound and validated typed, or on its JSON form when the typed request cannot hold
 * it, never skipped; networknt asked the same beside it. The figures go to
 * {@code target/conformance/summary.json} and a printed table.
 *
 * <p>A case whose verdict is not the suite's fails the test in every file: a generated validator either enforces a
 * schema or generation refuses it. A group Pictor refuses fails the test only in a file of {@link #REQUIRED} (or in
 * every file, once {@link #EVERY_FILE_REQUIRED}); elsewhere it is counted and listed with its diagnostic codes.
 * networknt's disagreements are reported, never a failure.
 */
class JsonSchemaSuiteConformanceTest {

    /**
     * Whether a refusal fails the test in every file of both dialects (the bar: nothing refused, no disagreement);
     * until then only in the files of {@link #REQUIRED}.
     */
    static final boolean EVERY_FILE_REQUIRED = false;

    /** The required files of both dialects. */
    private static final List<String> REQUIRED_IN_BOTH = List.of(
            "type.json",
            "enum.json",
            "const.json",
            "minimum.json",
            "maximum.json",
            "exclusiveMinimum.json",
            "exclusiveMaximum.json",
            "multipleOf.json",
            "minLength.json",
            "maxLength.json",
            "pattern.json",
            "minItems.json",
            "maxItems.json",
            "required.json",
            "properties.json",
            "patternProperties.json",
            "allOf.json",
            "anyOf.json",
            "oneOf.json",
            "boolean_schema.json",
            "default.json",
            "format.json",
            "infinite-loop-detection.json");

    /**
     * The files, by dialect, in which every group must be generated (no refusal): every file of the keywords the
     * generated validators claim whose groups all generate. Still refused there: a group of 2020-12's
     * additionalProperties (propertyNames, dependentSchemas), of ref ($id, $anchor, remote refs) and of draft-07's items
     * (additionalItems).
     */
    static final Map<String, Set<String>> REQUIRED = Map.of(
            "draft2020-12", required("items.json", "prefixItems.json", "content.json"),
            "draft7", required("additionalProperties.json"));

    /** Where the summary goes: generator-core's build folder (surefire runs in the module's folder). */
    private static final Path SUMMARY = Path.of("target", "conformance", "summary.json");

    /** Every refusal and disagreement, one per line, beside the summary (kept off the console: it is long). */
    private static final Path DETAILS = SUMMARY.resolveSibling("details.txt");

    private static final int FAILURES_SHOWN = 40;

    @TempDir
    Path temp;

    @Test
    void generatedValidatorsAgreeWithTheSuite() throws Exception {
        long start = System.nanoTime();
        SuiteReference reference =
                new SuiteReference(SuiteFolder.remotes().toAbsolutePath().normalize());
        List<FileTally> tallies = new ArrayList<>();
        for (String dialect : SuiteFolder.DIALECTS) {
            List<Path> files = SuiteFolder.requiredFiles(SuiteFolder.tests().resolve(dialect));
            for (String name : REQUIRED.get(dialect)) {
                assertTrue(
                        files.stream().anyMatch(f -> f.getFileName().toString().equals(name)),
                        "the required suite file " + dialect + "/" + name + " is missing");
            }
            for (Path file : files) {
                boolean required = EVERY_FILE_REQUIRED
                        || REQUIRED.get(dialect).contains(file.getFileName().toString());
                tallies.add(new SuiteFileRun(dialect, file, required, false, reference).run(temp));
            }
            for (Path file : SuiteFolder.formatFiles(SuiteFolder.tests().resolve(dialect))) {
                tallies.add(new SuiteFileRun(dialect, file, true, true, reference).run(temp));
            }
        }
        ConformanceSummary summary = new ConformanceSummary(tallies);
        summary.write(SUMMARY);
        summary.writeDetails(DETAILS);
        System.out.println(summary.table());
        System.out.printf(
                Locale.ROOT,
                "conformance run: %d s; every refusal and disagreement is listed in %s%n",
                (System.nanoTime() - start) / 1_000_000_000L,
                DETAILS);
        List<String> failures =
                tallies.stream().flatMap(t -> t.failures().stream()).toList();
        assertEquals(
                List.of(),
                failures.stream().limit(FAILURES_SHOWN).toList(),
                failures.size() + " refusals in required files and disagreements (the first " + FAILURES_SHOWN
                        + " shown; all in " + DETAILS + ")");
    }

    /** The files required in both dialects, and {@code more}. */
    private static Set<String> required(String... more) {
        return Stream.concat(REQUIRED_IN_BOTH.stream(), Stream.of(more)).collect(Collectors.toUnmodifiableSet());
    }

    /** A missing suite folder, or one without a test file, fails the run: none is skipped. */
    @Test
    void aMissingOrEmptySuiteFolderFailsTheRun() throws Exception {
        assertThrows(IllegalStateException.class, () -> SuiteFolder.requiredFiles(temp.resolve("absent")));
        Path empty = Files.createDirectories(temp.resolve("empty"));
        assertThrows(IllegalStateException.class, () -> SuiteFolder.requiredFiles(empty));
        Path onlyOptional = Files.createDirectories(temp.resolve("only-optional/optional"));
        Files.writeString(onlyOptional.resolve("format.json"), "[]");
        assertThrows(IllegalStateException.class, () -> SuiteFolder.requiredFiles(onlyOptional.getParent()));
        Files.writeString(onlyOptional.getParent().resolve("type.json"), "[]");
        assertEquals(
                List.of("type.json"),
                SuiteFolder.requiredFiles(onlyOptional.getParent()).stream()
                        .map(f -> f.getFileName().toString())
                        .toList());
    }
}
