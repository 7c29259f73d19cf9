package dev.pictor.core.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated validators against every required file of the official JSON-Schema-Test-Suite, in draft 2020-12 and
 * draft-07, and against the {@code optional/format} file of every format Pictor asserts, with {@code format} asserted
 * ({@link SuiteFileRun}): each case bound and validated typed, or on its JSON form when the typed request cannot hold
 * it, never skipped; networknt asked the same beside it. The figures go to
 * {@code target/conformance/summary.json} and a printed table.
 *
 * <p>Every group of every file must be generated (a refusal fails the test, listed with its diagnostic codes) and
 * every case's verdict must be the suite's. networknt's disagreements are reported, never a failure.
 */
class JsonSchemaSuiteConformanceTest {

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
            for (Path file : files) {
                tallies.add(new SuiteFileRun(dialect, file, false, reference).run(temp));
            }
            for (Path file : SuiteFolder.formatFiles(SuiteFolder.tests().resolve(dialect))) {
                tallies.add(new SuiteFileRun(dialect, file, true, reference).run(temp));
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
                failures.size() + " refusals and disagreements (the first " + FAILURES_SHOWN + " shown; all in "
                        + DETAILS + ")");
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
