package dev.pictor.core.imports;

import static dev.pictor.core.imports.ImportFixture.errors;
import static dev.pictor.core.imports.ImportFixture.run;
import static dev.pictor.core.imports.ImportFixture.text;
import static dev.pictor.core.imports.ImportFixture.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.generate.GenerateOptions;
import dev.pictor.core.generate.GenerateResult;
import dev.pictor.core.generate.Generator;
import dev.pictor.core.link.FieldDecl;
import dev.pictor.core.link.JavaType;
import dev.pictor.core.link.LinkedModel;
import dev.pictor.core.link.Linker;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.SchemaSet;
import dev.pictor.core.testing.CompilerHarness;
import dev.pictor.core.validate.ReferenceValidator;
import dev.pictor.runtime.ModelBinding;
import dev.pictor.runtime.json.PictorJson;
import dev.pictor.runtime.validation.Violation;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Cloudflare catalog's {@code @cf/cloudflare/clef} ({@code clef.json}, verbatim in the test data): its
 * {@code questions} object takes 1 to 64 members ({@code minProperties}, {@code maxProperties}). It imports with the
 * catalog importer, generates and compiles, and the generated validator judges the bounds (each exact, one below,
 * one above) as networknt does on the published input schema.
 */
class CloudflareClefTest {

    private static final String MODEL = "@cf/cloudflare/clef";

    @TempDir
    Path dir;

    @Test
    void clefImportsGeneratesAndValidatesItsQuestionBounds() throws Exception {
        Path clef = ImportFixture.cloudflareData().resolve("clef.json");
        Path root = ImportFixture.root(dir.resolve("schemas"), CloudflareImportTest.CF);
        ImportResult imported = run(ImportFixture.cloudflare(root, "2026-09-29", List.of(clef)));
        assertFalse(imported.failed(), () -> text(imported.problems()));
        JsonNode published = tree(clef).get("schema").get("input");

        Diagnostics diagnostics = new Diagnostics();
        SchemaSet set = ImportFixture.load(root, diagnostics);
        assertTrue(errors(diagnostics.sorted()).isEmpty(), () -> text(diagnostics.sorted()));
        ModelDocument doc = set.models().get(0);
        assertEquals(MODEL, doc.model());
        assertEquals(published.toString(), doc.input().toJackson().toString(), "imported verbatim");
        List<LinkedModel> linked = new Linker(GenerateOptions.DEFAULT_BASE_PACKAGE, diagnostics).link(set);
        assertTrue(errors(diagnostics.sorted()).isEmpty(), () -> text(diagnostics.sorted()));
        JavaType questions = linked.get(0).request().fields().stream()
                .filter(f -> f.wireName().equals("questions"))
                .map(FieldDecl::type)
                .findFirst()
                .orElseThrow();
        assertTrue(questions instanceof JavaType.MapOf, "questions is a map of question id to question: " + questions);

        Path out = dir.resolve("out");
        GenerateResult generated =
                Generator.standard().run(GenerateOptions.of(root, out.resolve("java"), out.resolve("resources")));
        assertFalse(generated.failed(), () -> text(generated.diagnostics()));
        ClassLoader compiled = CompilerHarness.compileTree(out.resolve("java"));
        ReferenceValidator networknt = new ReferenceValidator();
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {out.resolve("resources").toUri().toURL()}, compiled)) {
            List<ModelBinding<?, ?>> bindings = ModelBinding.installed(loader);
            assertEquals(1, bindings.size());
            ModelBinding<?, ?> binding = bindings.get(0);
            assertEquals(MODEL, binding.id().model());
            List<String> disagreements = new ArrayList<>();
            for (int count : new int[] {0, 1, 2, 63, 64, 65}) {
                JsonNode request = request(count);
                boolean reference = networknt
                        .validate(published, doc.dialect(), doc.file(), request)
                        .isEmpty();
                List<Violation> violations = validate(binding, request.toString());
                boolean expected = count >= 1 && count <= 64;
                assertEquals(expected, reference, count + " questions, networknt");
                if (violations.isEmpty() != reference) {
                    disagreements.add(count + " questions: networknt says " + (reference ? "valid" : "invalid")
                            + ", generated " + violations);
                }
                if (!expected) {
                    assertEquals(
                            List.of("/questions: " + count + " properties are "
                                    + (count == 0 ? "fewer than the minimum 1" : "more than the maximum 64")),
                            violations.stream().map(Violation::toString).toList());
                }
            }
            assertEquals(List.of(), disagreements);
        }
    }

    /** A request with {@code count} questions, one of each kind in turn. */
    private static JsonNode request(int count) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode request = f.objectNode().put("model", "clef").put("state", "a cat on a mat");
        ObjectNode questions = request.putObject("questions");
        for (int i = 0; i < count; i++) {
            ObjectNode q = questions.putObject("q_" + i);
            switch (i % 3) {
                case 0 -> q.put("type", "noul").put("instructions", "Is there a cat?");
                case 1 -> {
                    q.put("type", "choice").put("instructions", "Which animal?");
                    q.putObject("criteria").put("cat", "a cat").putNull("dog");
                }
                default -> {
                    q.put("type", "score").put("instructions", "How calm?");
                    q.putArray("criteria").add("restless").add("calm");
                }
            }
        }
        return request;
    }

    /** Binds JSON into the binding's request type and validates it with the generated validator. */
    private static <I> List<Violation> validate(ModelBinding<I, ?> binding, String json) {
        I request = PictorJson.read(json, binding.requestType());
        return binding.validate(request);
    }
}
