package dev.pictor.core.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.report.CompatReport;
import dev.pictor.core.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's one model with two real versions, {@code @cf/black-forest-labs/flux-1-schnell}: the seed's
 * snapshot against the later catalog snapshot. Its report is the checked-in golden file
 * {@code src/test/resources/golden/compat/flux-1-schnell.txt} (rewrite it with {@code -Dpictor.updateGolden=true}).
 */
class FluxCompatTest {

    private static final Path SCHEMAS = Path.of(System.getProperty("pictor.schemas", "../schemas"));
    private static final String FLUX = "cloudflare-workers-ai/black-forest-labs/flux-1-schnell/";
    private static final String OLD = FLUX + "2025-11-20.json";
    private static final String NEW = FLUX + "2026-11-22.json";

    @TempDir
    Path dir;

    @Test
    void theFluxReportIsTheCheckedInOne() throws Exception {
        CompatResult result = CompatRun.files(SCHEMAS.resolve(OLD), SCHEMAS.resolve(NEW));
        String text = new CompatReport(CompatReport.Format.TEXT, Optional.empty()).render(result);
        Golden.assertMatches(Path.of("src/test/resources/golden/compat/flux-1-schnell.txt"), text);
    }

    @Test
    void theRepositoryComparesFluxOnlyAndPasses() throws Exception {
        CompatResult root = CompatRun.root(SCHEMAS);
        assertEquals(
                List.of("compared @cf/black-forest-labs/flux-1-schnell 2025-11-20 -> 2026-11-22: " + OLD + " -> "
                        + NEW),
                root.comparisons().stream().map(CompatResult.Comparison::toText).toList());
        assertFalse(root.fails(true), () -> root.diagnostics().toString());
        assertEquals(CompatRun.files(SCHEMAS.resolve(OLD), SCHEMAS.resolve(NEW)).diagnostics(), root.diagnostics());
    }

    @Test
    void theClosedInputIsBreakingAndAcknowledged() throws Exception {
        Diagnostic closed = find(CompatRun.root(SCHEMAS), "compat.additional-properties-closed");
        assertEquals(Severity.NOTE, closed.severity());
        assertEquals("/input/additionalProperties", closed.pointer());
        assertTrue(closed.hint().startsWith("acknowledged (ERROR) in " + NEW), closed.hint());
    }

    @Test
    void withoutItsAcknowledgementTheUpgradeFails() throws Exception {
        Path copy = copyOfSchemas();
        rewrite(copy.resolve(NEW), "acknowledged");
        CompatResult result = CompatRun.root(copy);
        assertTrue(result.fails(false));
        assertEquals(
                Severity.ERROR,
                find(result, "compat.additional-properties-closed").severity());
    }

    @Test
    void withoutItsRefinementTheDefaultMovedIntoTheDescriptionIsAWarning() throws Exception {
        Path copy = copyOfSchemas();
        rewrite(copy.resolve(NEW), "refinements");
        Diagnostic moved = find(CompatRun.root(copy), "compat.default-moved-to-description");
        assertEquals(Severity.WARNING, moved.severity());
        assertEquals("/input/properties/steps/default", moved.pointer());
    }

    @Test
    void thePromptLengthDidNotChange() throws Exception {
        assertTrue(
                CompatRun.root(SCHEMAS).diagnostics().stream()
                        .noneMatch(d -> d.code().startsWith("compat.length")),
                "both snapshots have minLength 1 and maxLength 2048 on the prompt");
    }

    private static Diagnostic find(CompatResult result, String code) {
        return result.diagnostics().stream()
                .filter(d -> d.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError(code + " not in " + result.diagnostics()));
    }

    private Path copyOfSchemas() throws IOException {
        Path copy = dir.resolve("schemas");
        try (Stream<Path> walk = Files.walk(SCHEMAS)) {
            for (Path p : walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".json"))
                    .toList()) {
                Path target = copy.resolve(SCHEMAS.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
        return copy;
    }

    /** Removes a top-level array member of a model document. */
    private static void rewrite(Path document, String member) throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode doc =
                (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(Files.readString(document));
        assertTrue(doc.has(member), member);
        doc.remove(member);
        Files.writeString(document, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(doc));
    }
}
