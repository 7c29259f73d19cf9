package dev.pictor.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.testing.CompilerHarness;
import dev.pictor.core.testing.TestRoot;
import dev.pictor.runtime.json.PictorJson;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A provider's pattern that backtracks ({@code ^(.*a){12}$}: over two minutes on 46 characters with
 * {@link java.util.regex} unbounded) can neither hang generate nor make a request a denial of service: generate
 * refuses an example it cannot check ({@code pattern.too-costly}) in milliseconds, and the generated validator, compiled
 * and called, refuses a long value at its step budget instead of backtracking. The timeouts are generous: the point is
 * that the runs end at all.
 */
class CatastrophicPatternGenerationTest {

    private static final String PACKAGE = "dev.pictor.generated.acme.m.v2025_01_01.";
    private static final String ALMOST = "a".repeat(45) + "b";

    @TempDir
    Path dir;

    private static String input(String extraProperty) {
        return "{\"type\": \"object\", \"properties\": {\"prompt\": {\"type\": \"string\", \"pattern\": \"^(.*a){12}$\"}"
                + extraProperty + "}, \"required\": [\"prompt\"]}";
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void generateRefusesAnExampleThePatternCannotCheckAndWritesNothing() throws Exception {
        Path root = dir.resolve("root");
        TestRoot.create(root)
                .model(
                        "m",
                        "text-to-image",
                        input(""),
                        "{\"type\": \"string\", \"contentType\": \"image/png\", \"format\": \"binary\"}",
                        "\"examples\": [{\"name\": \"long\", \"input\": {\"prompt\": \"" + ALMOST
                                + "\"}, \"valid\": true}]");
        Path out = dir.resolve("out");
        GenerateResult result =
                Generator.standard().run(GenerateOptions.of(root, out.resolve("java"), out.resolve("resources")));
        List<String> errors = result.diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR)
                .map(Diagnostic::toText)
                .toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(
                errors.get(0)
                        .startsWith(
                                "acme/m/2025-01-01.json:10:84: error: pattern.too-costly:"
                                        + " #/input/properties/prompt/pattern: the pattern \"^(.*a){12}$\" runs out of its step budget"),
                errors.get(0));
        assertFalse(Files.exists(out.resolve("java")), "nothing written");
    }

    @Test
    void theGeneratedValidatorRefusesALongValueAtItsBudget() throws Exception {
        GenerateResult result = OneModelRun.generate(
                dir,
                input(
                        ", \"labels\": {\"type\": \"object\", \"patternProperties\": {\"^(.*x){12}y$\": {\"type\": \"integer\"}},"
                                + " \"additionalProperties\": false}"));
        assertEquals(
                List.of("pattern.nested-quantifier", "pattern.nested-quantifier"),
                result.diagnostics().stream().map(Diagnostic::code).toList(),
                "warned, and generated");
        ClassLoader loader = CompilerHarness.compileTree(dir.resolve("out/java"));
        Class<?> request = loader.loadClass(PACKAGE + "MRequest");

        Method validate = request.getMethod("validate");
        Object matching = PictorJson.read("{\"prompt\": \"" + "a".repeat(12) + "\"}", request);
        assertEquals(List.of(), request.getMethod("validate").invoke(matching));

        Object almost = PictorJson.read("{\"prompt\": \"" + ALMOST + "\"}", request);
        assertEquals(
                "[/prompt: \"" + "a".repeat(40) + "\u2026\" (46 characters) is refused: matching it against the pattern"
                        + " \"^(.*a){12}$\" takes more than 1004600 steps]",
                validated(validate, almost));

        // A prompt is user input: a long one is refused as quickly.
        Object huge = PictorJson.read("{\"prompt\": \"" + "a".repeat(100_000) + "b\"}", request);
        assertTrue(validated(validate, huge).endsWith("takes more than 11000100 steps]"));

        // A member name is matched under the same budget.
        Object names =
                PictorJson.read("{\"prompt\": \"aaaaaaaaaaaa\", \"labels\": {\"" + "x".repeat(40) + "\": 1}}", request);
        assertEquals(
                "[/labels/" + "x".repeat(40) + ": \"" + "x".repeat(40)
                        + "\" is refused: matching it against the pattern"
                        + " \"^(.*x){12}y$\" takes more than 1004000 steps, /labels/" + "x".repeat(40) + ": property \""
                        + "x".repeat(40)
                        + "\" is not allowed]",
                validated(validate, names));
    }

    /** The violations of {@code request}, as text; the validator must answer within a generous 20 s. */
    private static String validated(Method validate, Object request) {
        return assertTimeoutPreemptively(
                Duration.ofSeconds(20), () -> String.valueOf(validate.invoke(request)), "the validator answers");
    }
}
