package dev.pictor.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.load.DocumentLoader;
import dev.pictor.core.model.SchemaSet;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * References through {@code $id}-scoped resources and {@code $anchor}s, end to end, on the schemas root
 * {@code src/test/resources/golden/generate/references/root}: a relative {@code $id} resolved against the enclosing
 * base, a pointer into an embedded resource whose own {@code $ref} resolves against that resource, plain-name
 * fragments in the document and in an embedded resource, and an absolute URI of an embedded resource; and, in model
 * {@code dynamic}, a {@code $dynamicRef} in a generic list resource that the request's {@code $dynamicAnchor}
 * extends, beside one whose target has no dynamic anchor (a plain reference). The generated files match their golden
 * copies and compile with every warning an error, and the validator agrees with networknt on boundary values of each
 * referenced schema.
 */
class ReferenceGenerationTest implements GoldenCaseTests {

    private static final GeneratedCase CASE = GeneratedCase.named("references");

    @Override
    public GeneratedCase goldenCase() {
        return CASE;
    }

    private static final Path ROOT = CASE.root();

    private static ValidatorFixture fixture;
    private static SchemaSet set;

    @BeforeAll
    static void generate() throws Exception {
        fixture = ValidatorFixture.of(ROOT);
        set = DocumentLoader.load(ROOT, new Diagnostics());
    }

    @Test
    void theValidatorAgreesWithTheReferenceValidator() throws Exception {
        List<String> instances = List.of(
                "{\"prompt\":\"p\"}",
                "{\"prompt\":\"\"}",
                "{\"prompt\":1}",
                "{}",
                "{\"prompt\":\"p\",\"width\":64}",
                "{\"prompt\":\"p\",\"width\":2048}",
                "{\"prompt\":\"p\",\"width\":56}",
                "{\"prompt\":\"p\",\"width\":2056}",
                "{\"prompt\":\"p\",\"width\":100}",
                "{\"prompt\":\"p\",\"height\":64}",
                "{\"prompt\":\"p\",\"height\":63}",
                "{\"prompt\":\"p\",\"height\":2049}",
                "{\"prompt\":\"p\",\"height\":\"64\"}",
                "{\"prompt\":\"p\",\"steps\":1}",
                "{\"prompt\":\"p\",\"steps\":50}",
                "{\"prompt\":\"p\",\"steps\":0}",
                "{\"prompt\":\"p\",\"steps\":51}",
                "{\"prompt\":\"p\",\"scheduler\":\"euler\"}",
                "{\"prompt\":\"p\",\"scheduler\":\"ddim\"}",
                "{\"prompt\":\"p\",\"scheduler\":\"heun\"}",
                "{\"prompt\":\"p\",\"extra\":1}");
        assertEquals(List.of(), fixture.disagreements(set, "references", instances), instances.size() + " compared");
        long invalid = instances.stream()
                .filter(i -> !fixture.validate("references", i).valid())
                .count();
        assertTrue(invalid > instances.size() / 3, "the boundary values include invalid ones: " + invalid);
    }

    @Test
    void aDynamicReferenceFollowsTheOutermostDynamicAnchor() throws Exception {
        List<String> instances = List.of(
                "{\"prompt\":\"p\",\"layers\":[0,9]}",
                "{\"prompt\":\"p\",\"layers\":[10]}",
                "{\"prompt\":\"p\",\"layers\":[-1]}",
                "{\"prompt\":\"p\",\"layers\":[\"a\"]}",
                "{\"prompt\":\"p\",\"layers\":[1,2,3]}",
                "{\"prompt\":\"p\",\"layers\":[1,2,3,4]}",
                "{\"prompt\":\"p\",\"labels\":[\"abcd\"]}",
                "{\"prompt\":\"p\",\"labels\":[\"abcde\"]}",
                "{\"prompt\":\"p\",\"labels\":[1]}");
        assertEquals(List.of(), fixture.disagreements(set, "dynamic", instances), instances.size() + " compared");
        assertTrue(fixture.validate("dynamic", instances.get(0)).valid(), "0 and 9 are layers");
        assertTrue(!fixture.validate("dynamic", instances.get(1)).valid(), "the request's layer schema applies");
        assertTrue(!fixture.validate("dynamic", instances.get(3)).valid(), "not the list's own anything");
    }
}
