package dev.pictor.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pictor.core.generate.GenerateOptions;
import dev.pictor.core.generate.GeneratedFile;
import dev.pictor.core.generate.Generator;
import dev.pictor.core.model.Dialect;
import dev.pictor.core.testing.CompilerHarness;
import dev.pictor.core.testing.TestRoot;
import dev.pictor.core.validate.ReferenceValidator;
import dev.pictor.runtime.validation.Violation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validators' JSON entry point ({@code GenerateOptions.jsonValidation}): {@code validateJson(JsonNode)} checks a
 * request's JSON form, including values the typed request cannot hold, against the whole input schema; it compiles
 * strictly, agrees with networknt, and is left out by default (which then generates exactly what it always did).
 */
class ValidatorJsonEntryPointTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PKG = "dev.pictor.generated.acme.painter.v2025_01_01.";

    private static final String INPUT = """
            {"type": "object", "required": ["prompt"], "additionalProperties": false,
             "properties": {
               "prompt": {"type": "string", "minLength": 1},
               "steps": {"type": "integer", "minimum": 1, "maximum": 50},
               "json": {"type": "boolean"},
               "size": {"oneOf": [{"type": "integer", "minimum": 64}, {"enum": ["small", "large"]}]}
             }}
            """;

    @TempDir
    Path temp;

    @Test
    void validateJsonChecksWhatTheTypedRequestCannotHold() throws Exception {
        Path root = temp.resolve("root");
        TestRoot.create(root).model("painter", INPUT);
        Path out = temp.resolve("json");
        Generator.standard().run(GenerateOptions.of(root, out, out).withJsonValidation(true));
        ClassLoader loader = CompilerHarness.compileTree(out);
        Class<?> validator = loader.loadClass(PKG + "PainterRequestValidator");

        assertEquals(List.of(), validateJson(validator, "{\"prompt\": \"a cat\", \"steps\": 4, \"size\": \"small\"}"));
        assertEquals(List.of("/steps type"), validateJson(validator, "{\"prompt\": \"a cat\", \"steps\": \"many\"}"));
        assertEquals(
                List.of("/extra additionalProperties"),
                validateJson(validator, "{\"prompt\": \"a cat\", \"extra\": 1}"));
        assertEquals(List.of(" required"), validateJson(validator, "{\"steps\": 4}"));
        assertEquals(List.of(" type"), validateJson(validator, "null"));
        assertEquals(List.of(" type"), validateJson(validator, null));
        assertEquals(List.of("/size oneOf"), validateJson(validator, "{\"prompt\": \"a cat\", \"size\": 8}"));

        ReferenceValidator reference = new ReferenceValidator();
        JsonNode schema = JSON.readTree(INPUT);
        List<String> disagreements = new ArrayList<>();
        for (String instance : List.of(
                "{\"prompt\": \"a cat\"}",
                "{\"prompt\": \"\"}",
                "{\"prompt\": 3}",
                "{\"prompt\": \"a\", \"steps\": 51}",
                "{\"prompt\": \"a\", \"steps\": 1.5}",
                "{\"prompt\": \"a\", \"json\": \"yes\"}",
                "{\"prompt\": \"a\", \"size\": 64}",
                "{\"prompt\": \"a\", \"size\": \"medium\"}",
                "{\"prompt\": \"a\", \"other\": null}",
                "[]",
                "\"a cat\"")) {
            boolean expected = reference
                    .validate(schema, Dialect.DRAFT_2020_12, "acme/painter/2025-01-01.json", JSON.readTree(instance))
                    .isEmpty();
            List<String> actual = validateJson(validator, instance);
            if (actual.isEmpty() != expected) {
                disagreements.add(instance + ": networknt " + (expected ? "valid" : "invalid") + ", " + actual);
            }
        }
        assertEquals(List.of(), disagreements);
    }

    @Test
    void byDefaultOnlyTheEntryPointIsLeftOut() throws Exception {
        Path root = temp.resolve("root");
        TestRoot.create(root).model("painter", INPUT);
        Path out = temp.resolve("out");
        Map<String, String> without = planned(GenerateOptions.of(root, out, out));
        Map<String, String> with = planned(GenerateOptions.of(root, out, out).withJsonValidation(true));
        assertEquals(without.keySet(), with.keySet());
        String validatorFile = PKG.replace('.', '/') + "PainterRequestValidator.java";
        without.forEach((file, text) -> {
            if (!file.equals(validatorFile)) {
                assertEquals(text, with.get(file), file);
            }
        });
        assertFalse(without.get(validatorFile).contains("validateJson"));
        assertTrue(with.get(validatorFile).contains("public static List<Violation> validateJson(JsonNode json)"));
    }

    private static Map<String, String> planned(GenerateOptions options) throws Exception {
        Map<String, String> files = new TreeMap<>();
        for (GeneratedFile f : Generator.standard().plan(options).files()) {
            files.put(f.path(), f.content());
        }
        return files;
    }

    /** Calls {@code validateJson}; each violation as {@code pointer keyword}. */
    private static List<String> validateJson(Class<?> validator, String json) throws Exception {
        JsonNode node = json == null ? null : JSON.readTree(json);
        List<?> violations =
                (List<?>) validator.getMethod("validateJson", JsonNode.class).invoke(null, node);
        return violations.stream()
                .map(v -> ((Violation) v).pointer() + " " + ((Violation) v).keyword())
                .toList();
    }
}
