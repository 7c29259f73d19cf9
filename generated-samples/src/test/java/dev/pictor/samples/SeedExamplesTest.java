package dev.pictor.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pictor.runtime.ModelBinding;
import dev.pictor.runtime.json.PictorJson;
import dev.pictor.runtime.validation.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The examples of every model document, read into the generated request type of their model: an example declared
 * valid binds and validates clean; one declared invalid fails to bind (a wrong type or enum value) or is reported by
 * the validator.
 */
class SeedExamplesTest {

    static final Path SCHEMAS = Path.of(System.getProperty("pictor.schemas", "../schemas"));

    /** Every model document: {@code <provider>/<model path>/<version>.json}. */
    static List<JsonNode> documents() throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(SCHEMAS)) {
            for (Path file :
                    walk.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.equals("provider.json")
                        && !name.equals("pictor-lint.json")
                        && !name.endsWith(".schema.json")) {
                    documents.add(PictorJson.reader().readTree(Files.readAllBytes(file)));
                }
            }
        }
        return documents;
    }

    static ModelBinding<?, ?> binding(JsonNode document) {
        return ModelBinding.installed(SeedExamplesTest.class.getClassLoader()).stream()
                .filter(b -> b.id().provider().equals(document.get("provider").asText())
                        && b.id().model().equals(document.get("model").asText())
                        && b.id().version().equals(document.get("version").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no binding for " + document.get("model")));
    }

    @Test
    void everyModelDocumentHasABindingAndEveryBindingADocument() throws IOException {
        List<JsonNode> documents = documents();
        assertEquals(12, documents.size(), "11 models, flux-1-schnell in two versions");
        documents.forEach(d -> assertNotNull(binding(d)));
        assertEquals(
                documents.size(),
                ModelBinding.installed(getClass().getClassLoader()).size());
    }

    @TestFactory
    List<DynamicTest> examplesBindAndValidateAsDeclared() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode document : documents()) {
            for (JsonNode example : document.path("examples")) {
                String name = document.get("model").asText() + ": "
                        + example.get("name").asText();
                boolean valid = example.get("valid").asBoolean();
                tests.add(DynamicTest.dynamicTest(name, () -> check(binding(document), example.get("input"), valid)));
            }
        }
        assertFalse(tests.isEmpty());
        return tests;
    }

    @SuppressWarnings("unchecked")
    private static void check(ModelBinding<?, ?> binding, JsonNode input, boolean valid) {
        ModelBinding<Object, ?> untyped = (ModelBinding<Object, ?>) binding;
        Object request;
        try {
            request = PictorJson.read(input.toString(), binding.requestType());
        } catch (UncheckedIOException e) {
            assertFalse(valid, () -> "a valid example does not bind: " + e.getMessage());
            return;
        }
        List<Violation> violations = untyped.validate(request);
        if (valid) {
            assertEquals(List.of(), violations, input::toString);
        } else {
            assertTrue(!violations.isEmpty(), () -> "an invalid example passes: " + input);
        }
    }

    @Test
    void theInpaintingCurlExampleIsReportedForItsMissingImageAndMask() throws IOException {
        JsonNode inpainting = documents().stream()
                .filter(d -> d.get("model").asText().equals("@cf/runwayml/stable-diffusion-v1-5-inpainting"))
                .findFirst()
                .orElseThrow();
        ModelBinding<?, ?> binding = binding(inpainting);
        Object request = PictorJson.read("{\"prompt\": \"cyberpunk cat\"}", binding.requestType());
        @SuppressWarnings("unchecked")
        List<Violation> violations = ((ModelBinding<Object, ?>) binding).validate(request);
        assertEquals(
                List.of("required missing required property \"image\"", "required missing required property \"mask\""),
                Samples.keywordsAndMessages(violations));
    }
}
