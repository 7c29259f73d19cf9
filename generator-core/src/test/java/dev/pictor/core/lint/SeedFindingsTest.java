package dev.pictor.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.testing.Golden;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The repository's own schemas: no ERROR, no WARNING, every finding exactly as in the checked-in list, and the findings
 * the seed documents are known for among them (as NOTEs where a refinement addresses them or {@code pictor-lint.json}
 * acknowledges them).
 */
class SeedFindingsTest {

    private static final String CF = "cloudflare-workers-ai/";
    private static List<Diagnostic> findings;

    @BeforeAll
    static void lintTheRepositorySchemas() throws Exception {
        findings = Linter.standard()
                .lint(Path.of(System.getProperty("pictor.schemas")), List.of())
                .diagnostics();
    }

    @Test
    void findingsAreExactlyTheCheckedInList() {
        String text = findings.stream().map(d -> d.toText() + "\n").collect(Collectors.joining());
        Golden.assertMatches(Path.of("src/test/resources/golden/seed-findings.txt"), text);
    }

    @Test
    void theSeedsHaveNoError() {
        assertEquals(
                List.of(),
                findings.stream().filter(d -> d.severity() == Severity.ERROR).toList());
    }

    /**
     * The repository's documents pass with {@code failOnWarning} (as generated-samples builds them): each WARNING a
     * rule raised is either addressed by a refinement of its document, or acknowledged, with its reason, in the root's
     * {@code pictor-lint.json}, and so kept as a NOTE.
     */
    @Test
    void theRepositoryDocumentsHaveNoWarning() {
        assertEquals(
                "",
                findings.stream()
                        .filter(d -> d.severity() == Severity.WARNING)
                        .map(d -> d.toText() + "\n")
                        .collect(Collectors.joining()));
    }

    @Test
    void inpaintingImageAndMaskAreOptionalInThePublishedSchema() {
        assertFound("task.input-optional", CF + "runwayml/stable-diffusion-v1-5-inpainting", "/input/required");
    }

    @Test
    void strengthRangeIsProseOnly() {
        for (String model : sharedSchemaModels()) {
            assertFound("description.prose-range", CF + model, "/input/properties/strength");
        }
    }

    @Test
    void uint8ImageAndMaskItemsHaveNoBounds() {
        for (String model : sharedSchemaModels()) {
            assertFound("image.uint8-unbounded", CF + model, "/input/properties/image/items");
            assertFound("image.uint8-unbounded", CF + model, "/input/properties/mask/items");
        }
    }

    @Test
    void oneSchemaIsPastedUnderModelsOfDifferentTasks() {
        for (String model : sharedSchemaModels()) {
            assertFound("model.shared-schema", CF + model, "/input");
        }
    }

    @Test
    void lucidOriginHasStepsAndNumSteps() {
        assertFound("model.duplicate-parameter", CF + "leonardo/lucid-origin", "/input/properties/steps");
    }

    @Test
    void leonardoDimensionsAllowZero() {
        for (String model : List.of("leonardo/phoenix-1.0", "leonardo/lucid-origin")) {
            assertFound("image.dimension-allows-zero", CF + model, "/input/properties/width");
            assertFound("image.dimension-allows-zero", CF + model, "/input/properties/height");
        }
    }

    @Test
    void replicateRangesAreOnlyInProse() {
        String sd = "replicate/stability-ai/stable-diffusion";
        for (String property : List.of("num_outputs", "guidance_scale", "num_inference_steps", "width", "height")) {
            assertFound("description.prose-range", sd, "/input/properties/" + property);
        }
    }

    @Test
    void fluxCurlExampleSendsAnUndeclaredSeedAsAString() {
        Diagnostic d = assertFound(
                "example.undeclared-property", CF + "black-forest-labs/flux-1-schnell", "/examples/0/input/seed");
        assertTrue(d.message().contains("\"seed\" (a string)"), d.message());
    }

    private static List<String> sharedSchemaModels() {
        return List.of(
                "runwayml/stable-diffusion-v1-5-inpainting",
                "runwayml/stable-diffusion-v1-5-img2img",
                "stabilityai/stable-diffusion-xl-base-1.0",
                "bytedance/stable-diffusion-xl-lightning",
                "lykon/dreamshaper-8-lcm");
    }

    private static Diagnostic assertFound(String code, String model, String pointer) {
        String file = model + "/2025-11-20.json";
        return findings.stream()
                .filter(d -> d.code().equals(code)
                        && d.location().file().equals(file)
                        && d.pointer().equals(pointer))
                .findFirst()
                .orElseThrow(() -> new AssertionError("expected " + code + " at " + file + " #" + pointer + " in:\n"
                        + findings.stream().map(Diagnostic::toText).collect(Collectors.joining("\n"))));
    }
}
