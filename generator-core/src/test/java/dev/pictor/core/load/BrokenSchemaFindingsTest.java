package dev.pictor.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.generate.GenerateOptions;
import dev.pictor.core.generate.Generator;
import dev.pictor.core.lint.LintResult;
import dev.pictor.core.lint.Linter;
import dev.pictor.core.testing.TestRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Schemas that the reference validator (networknt) or the JDK would throw on when an example reaches them: each is a
 * located finding of the loader, with or without an example, lint and generate report it, and nothing is thrown
 * (issue 17: "one bad document takes the whole run down").
 */
class BrokenSchemaFindingsTest {

    @TempDir
    Path dir;

    /** Name, a property schema {@code a}, the finding's code and the pointer it is at. */
    static Stream<Arguments> brokenSchemas() {
        return Stream.of(
                Arguments.of(
                        "a $ref to a node that is not a schema",
                        "{\"$ref\": \"#/properties/b/description\"}, \"b\": {\"type\": \"string\", \"description\": \"x\"}",
                        "ref.not-a-schema",
                        "/input/properties/a/$ref"),
                Arguments.of(
                        "an unknown $schema in a subschema",
                        "{\"$schema\": \"image/png\", \"type\": \"string\"}",
                        "schema.unknown-dialect",
                        "/input/properties/a/$schema"),
                Arguments.of(
                        "a self-referencing $ref", "{\"$ref\": \"#/properties/a\"}", "ref.loop", "/input/properties/a"),
                Arguments.of(
                        "a loop through allOf",
                        "{\"allOf\": [{\"$ref\": \"#/properties/a\"}]}",
                        "ref.loop",
                        "/input/properties/a"),
                Arguments.of(
                        "a $dynamicRef to a file that is not there",
                        "{\"$dynamicRef\": \"array\"}",
                        "ref.unresolved",
                        "/input/properties/a/$dynamicRef"),
                Arguments.of(
                        "a $dynamicRef to a node that is not a schema",
                        "{\"$dynamicRef\": \"#/properties/b/description\"}, \"b\": {\"description\": \"x\"}",
                        "ref.not-a-schema",
                        "/input/properties/a/$dynamicRef"),
                Arguments.of(
                        "an invalid pattern",
                        "{\"type\": \"string\", \"pattern\": \"(\"}",
                        "pattern.invalid",
                        "/input/properties/a/pattern"),
                Arguments.of(
                        "an invalid patternProperties name",
                        "{\"type\": \"object\", \"patternProperties\": {\"[\": {}}}",
                        "pattern.invalid",
                        "/input/properties/a/patternProperties/["),
                Arguments.of(
                        "an invalid $id",
                        "{\"$id\": \"http://[bad\", \"type\": \"string\"}",
                        "schema.invalid-id",
                        "/input/properties/a/$id"),
                Arguments.of(
                        "a NUL in a $ref path",
                        "{\"$ref\": \"x\\u0000.schema.json\"}",
                        "ref.invalid",
                        "/input/properties/a/$ref"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSchemas")
    void isALocatedFindingWithoutAnExample(String name, String property, String code, String pointer) throws Exception {
        assertFound(root(property, ""), code, pointer);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSchemas")
    void isALocatedFindingWhenAnExampleReachesIt(String name, String property, String code, String pointer)
            throws Exception {
        assertFound(
                root(property, "\"examples\": [{\"name\": \"x\", \"input\": {\"a\": \"x\"}, \"valid\": true}]"),
                code,
                pointer);
    }

    @Test
    void aLoopInASharedSchemaIsReportedThereAndAModelThatLeadsIntoItIsRefused() throws Exception {
        TestRoot root = withExample(
                TestRoot.create(dir)
                        .write("common/loop.schema.json", "{\"anyOf\": [{\"type\": \"string\"}, {\"$ref\": \"#\"}]}")
                        .model(
                                "m",
                                "{\"type\": \"object\", \"properties\": {\"a\": {\"$ref\": \"../../common/loop.schema.json\"}}}"));
        assertEquals(
                List.of(
                        "acme/m/2025-01-01.json:10:58: ref.broken-shared: /input/properties/a/$ref",
                        "common/loop.schema.json:1:1: ref.loop: "),
                errors(Linter.standard().lint(root.path(), List.of())));
    }

    @Test
    void aModelThatLeadsIntoABrokenSharedSchemaThroughAnotherIsRefused() throws Exception {
        TestRoot root = withExample(TestRoot.create(dir)
                .write("common/a.schema.json", "{\"$ref\": \"b.schema.json\"}")
                .write("common/b.schema.json", "{\"type\": \"string\", \"pattern\": \"(\"}")
                .model(
                        "m",
                        "{\"type\": \"object\", \"properties\": {\"a\": {\"$ref\": \"../../common/a.schema.json\"}}}"));
        assertEquals(
                List.of(
                        "acme/m/2025-01-01.json:10:58: ref.broken-shared: /input/properties/a/$ref",
                        "common/b.schema.json:1:31: pattern.invalid: /pattern"),
                errors(Linter.standard().lint(root.path(), List.of())));
    }

    /** The root with an example of model m that reaches property a. */
    private TestRoot withExample(TestRoot root) throws java.io.IOException {
        return root.write(
                "acme/m/2025-01-01.json",
                Files.readString(dir.resolve("acme/m/2025-01-01.json"))
                        .replace(
                                "\"output\"",
                                "\"examples\": [{\"name\": \"x\", \"input\": {\"a\": \"x\"},"
                                        + " \"valid\": true}],\n\"output\""));
    }

    @Test
    void aLongChainOfReferencesIsSearchedWithoutOverflowingTheStack() throws Exception {
        StringBuilder defs = new StringBuilder();
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            defs.append(i == 0 ? "" : ",\n")
                    .append("\"d")
                    .append(i)
                    .append("\": {\"$ref\": \"#/$defs/d")
                    .append((i + 1) % n)
                    .append("\"}");
        }
        TestRoot root = TestRoot.create(dir)
                .model(
                        "m",
                        "{\"type\": \"object\", \"properties\": {\"a\": {\"$ref\": \"#/$defs/d0\"}}, \"$defs\": {\n"
                                + defs + "}}");
        List<String> loops = errors(root.lintResult()).stream()
                .filter(e -> e.contains("ref.loop"))
                .toList();
        assertEquals(1, loops.size(), loops.toString());
    }

    private TestRoot root(String property, String extra) {
        return TestRoot.create(dir)
                .model(
                        "m",
                        "text-to-image",
                        "{\"type\": \"object\", \"properties\": {\"a\": " + property + "}}",
                        "{\"type\": \"string\"}",
                        extra)
                .model(
                        "other",
                        "{\"type\": \"object\", \"properties\": {\"h\": {\"type\": \"integer\","
                                + " \"minimum\": 9, \"maximum\": 3}}}");
    }

    /** Lint and generate report the finding at the pointer in the broken document, the other document's too. */
    private void assertFound(TestRoot root, String code, String pointer) throws Exception {
        LintResult lint = Linter.standard().lint(root.path(), List.of());
        List<String> errors = errors(lint);
        assertTrue(
                errors.stream()
                        .anyMatch(e ->
                                e.startsWith("acme/m/2025-01-01.json:") && e.endsWith(": " + code + ": " + pointer)),
                errors.toString());
        assertTrue(
                errors.stream()
                        .anyMatch(
                                e -> e.startsWith("acme/other/2025-01-01.json:") && e.contains("range.min-above-max")),
                errors.toString());
        assertTrue(errors.stream().noneMatch(e -> e.contains("internal.failed")), errors.toString());
        Path out = dir.resolve("out");
        Generator.Plan plan = Generator.standard().plan(GenerateOptions.of(root.path(), out, out));
        assertTrue(plan.failed());
        assertTrue(
                plan.diagnostics().stream()
                        .anyMatch(d -> d.code().equals(code) && d.pointer().equals(pointer)),
                plan.diagnostics().toString());
        assertEquals(List.of(), plan.failures());
    }

    private static List<String> errors(LintResult result) {
        return result.diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR)
                .map(BrokenSchemaFindingsTest::brief)
                .toList();
    }

    private static String brief(Diagnostic d) {
        return d.location() + ": " + d.code() + ": " + d.pointer();
    }
}
