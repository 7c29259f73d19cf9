package dev.pictor.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.model.Example;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.SchemaSet;
import dev.pictor.core.validate.ReferenceValidator;
import dev.pictor.core.validate.Violation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The repository's own schemas root ({@code schemas/}, written from the seeds) loads cleanly and its examples hold. */
class SeedSchemasLoadTest {

    private static Diagnostics diagnostics;
    private static SchemaSet schemas;

    @BeforeAll
    static void load() throws SchemaRootException {
        String root = System.getProperty("pictor.schemas");
        assertNotNull(root, "surefire sets the system property pictor.schemas to ../schemas");
        diagnostics = new Diagnostics();
        schemas = DocumentLoader.load(Path.of(root), diagnostics);
    }

    private static String report(List<Diagnostic> found) {
        return found.stream().map(Diagnostic::toText).collect(Collectors.joining("\n  ", "\n  ", "\n"));
    }

    @Test
    void loadsWithoutErrors() {
        List<Diagnostic> errors = diagnostics.sorted().stream()
                .filter(d -> d.severity() == Severity.ERROR)
                .toList();
        assertTrue(errors.isEmpty(), "the loader reported errors:" + report(errors));
    }

    @Test
    void everyRefinementApplies() {
        List<Diagnostic> refinements = diagnostics.sorted().stream()
                .filter(d -> d.code().startsWith("refinement.") || d.code().startsWith("provider."))
                .toList();
        assertTrue(refinements.isEmpty(), "refinement or provider findings:" + report(refinements));
    }

    @Test
    void holdsEveryProviderAndModelOfTheSeeds() {
        assertEquals(
                Set.of("cloudflare-workers-ai", "comfyui-gateway", "replicate", "runpod"),
                schemas.providers().keySet(),
                "providers");
        assertEquals(
                12,
                schemas.models().size(),
                "model documents: "
                        + schemas.models().stream().map(ModelDocument::file).toList() + report(diagnostics.sorted()));
        assertEquals(
                11,
                schemas.models().stream()
                        .map(m -> m.provider() + " " + m.model())
                        .distinct()
                        .count(),
                "models: flux-1-schnell has two versions");
        Map<String, Long> perProvider = schemas.models().stream()
                .collect(Collectors.groupingBy(ModelDocument::provider, Collectors.counting()));
        assertEquals(
                Map.of("cloudflare-workers-ai", 9L, "comfyui-gateway", 1L, "replicate", 1L, "runpod", 1L), perProvider);
    }

    @Test
    void everyExampleHasTheDeclaredVerdict() {
        ReferenceValidator validator = new ReferenceValidator();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (ModelDocument model : schemas.models()) {
            for (Example example : model.examples()) {
                List<Violation> violations = validator.validate(
                        model.effectiveInput().toJackson(),
                        model.dialect(),
                        model.file(),
                        example.input().toJackson());
                checked++;
                if (violations.isEmpty() != example.valid()) {
                    wrong.add(model.file() + " example \"" + example.name() + "\" is declared "
                            + (example.valid() ? "valid" : "invalid") + " but validation says " + violations);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertTrue(checked >= 12, "examples checked: " + checked);
    }

    @Test
    void inpaintingRequiresImageAndMaskOnceRefined() {
        ModelDocument inpainting = schemas.models().stream()
                .filter(m -> m.model().equals("@cf/runwayml/stable-diffusion-v1-5-inpainting"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "[\"prompt\"]",
                inpainting.input().at("/required").orElseThrow().toJackson().toString(),
                "the published schema stays verbatim");
        assertEquals(
                "[\"prompt\",\"image\",\"mask\"]",
                inpainting
                        .effectiveInput()
                        .at("/required")
                        .orElseThrow()
                        .toJackson()
                        .toString());
        assertFalse(inpainting.examples().get(0).valid());
    }

    @Test
    void everyVersionIsTheCaptureDate() {
        Set<String> versions = new TreeSet<>();
        schemas.models().forEach(m -> versions.add(m.version() + " " + m.snapshot()));
        // The seeds' capture, and the later Cloudflare catalog snapshot of flux-1-schnell.
        assertEquals(Set.of("2025-11-20 2025-11-20", "2026-11-22 2026-11-22"), versions);
    }
}
