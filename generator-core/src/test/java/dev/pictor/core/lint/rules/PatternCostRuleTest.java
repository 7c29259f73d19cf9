package dev.pictor.core.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.lint.Linter;
import dev.pictor.core.load.SchemaRootException;
import dev.pictor.core.testing.TestRoot;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ^(.*a){12}$} against a 46-character example or default: unbounded, java.util.regex (and so networknt, which
 * lint runs on examples) backtracks for over two minutes. Under the step budget lint ends at once, with the pattern
 * located and reported; the generous timeouts only say that it ends.
 */
class PatternCostRuleTest {

    private static final String ALMOST = "a".repeat(45) + "b";
    private static final String HINT = " (hint: rewrite the pattern so that no part of the value can be matched in two"
            + " ways (no nested quantifiers such as (.*a){12} or (a+)+) with a refinement; the published schema stays"
            + " verbatim)";
    private static final String OUTPUT =
            "{\"type\": \"string\", \"contentType\": \"image/png\", \"format\": \"binary\"}";

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aDefaultThePatternCannotCheckIsReportedAtThePattern() {
        TestRoot root = TestRoot.create(dir).model("m", """
                {"type": "object", "properties": {
                  "prompt": {"type": "string", "pattern": "^(.*a){12}$", "default": "%s"},
                  "fine": {"type": "string", "pattern": "^(.*a){12}$", "default": "%s"}
                }}""".formatted(ALMOST, "a".repeat(12)));
        assertEquals(
                List.of("acme/m/2025-01-01.json:11:43: error: pattern.too-costly: #/input/properties/prompt/pattern:"
                        + " the pattern \"^(.*a){12}$\" runs out of its step budget (1000000 steps plus 100 per"
                        + " character) on the default \"" + ALMOST + "\" (46 characters): it backtracks, lint cannot"
                        + " tell whether the value matches, and the generated validator refuses such a value" + HINT),
                root.lintText(new PatternCostRule()));
        assertEquals(List.of(), root.lintText(new DefaultInvalidRule()), "no verdict on the value: it is unknown");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anExampleThePatternCannotCheckGetsNoVerdictAndThePatternIsReported() throws SchemaRootException {
        TestRoot root = TestRoot.create(dir)
                .model(
                        "m",
                        "text-to-image",
                        "{\"type\": \"object\", \"properties\": {\"prompt\": {\"type\": \"string\", \"pattern\":"
                                + " \"^(.*a){12}$\"}}}",
                        OUTPUT,
                        "\"examples\": [{\"name\": \"long\", \"input\": {\"prompt\": \"" + ALMOST + "\"}, \"valid\":"
                                + " true}, {\"name\": \"short\", \"input\": {\"prompt\": \"ab\"}, \"valid\": true}]");
        List<String> all = Linter.standard().lint(root.path(), List.of()).diagnostics().stream()
                .map(Diagnostic::toText)
                .toList();
        assertEquals(
                List.of(
                        "acme/m/2025-01-01.json:10:84: warning: pattern.nested-quantifier:"
                                + " #/input/properties/prompt/pattern: the pattern \"^(.*a){12}$\" repeats"
                                + " \"(.*a){12}\", a group with an unbounded quantifier inside: on a long value that"
                                + " almost matches, a backtracking matcher takes exponential time; the generated"
                                + " validator stops after a step budget and refuses the value (hint: rewrite the"
                                + " pattern so that the repeated part cannot match the same text in two ways (let the"
                                + " inner part exclude what follows it: ([^a]*a){12} rather than (.*a){12}) with a"
                                + " refinement; the published schema stays verbatim)",
                        "acme/m/2025-01-01.json:10:84: error: pattern.too-costly: #/input/properties/prompt/pattern:"
                                + " the pattern \"^(.*a){12}$\" runs out of its step budget (1000000 steps plus 100"
                                + " per character) on a string of example \"long\": it backtracks, lint cannot tell"
                                + " whether the value matches, and the generated validator refuses such a value" + HINT,
                        "acme/m/2025-01-01.json:12:118: error: example.verdict: #/examples/1: example \"short\" is"
                                + " declared valid, but the input schema rejects it: #/prompt: does not match the regex"
                                + " pattern ^(.*a){12}$ (hint: correct the example; if the provider accepts this"
                                + " request, correct the schema with a refinement; the published schema stays"
                                + " verbatim)"),
                all);
    }

    @Test
    void aPatternInASharedFileIsReportedAtTheExample() {
        TestRoot root = TestRoot.create(dir)
                .write("acme/common/prompt.schema.json", "{\"type\": \"string\", \"pattern\": \"^(.*a){12}$\"}")
                .model(
                        "m",
                        "text-to-image",
                        "{\"type\": \"object\", \"properties\": {\"prompt\": {\"$ref\":"
                                + " \"../common/prompt.schema.json\"}}}",
                        OUTPUT,
                        "\"examples\": [{\"name\": \"long\", \"input\": {\"prompt\": \"" + ALMOST + "\"}, \"valid\":"
                                + " true}]");
        List<String> found = root.lintText(new PatternCostRule());
        assertEquals(1, found.size(), found.toString());
        assertEquals(
                "acme/m/2025-01-01.json:12:14: error: pattern.too-costly: #/examples/0: the pattern \"^(.*a){12}$\" runs"
                        + " out of its step budget",
                found.get(0).substring(0, found.get(0).indexOf(" budget") + " budget".length()));
    }
}
