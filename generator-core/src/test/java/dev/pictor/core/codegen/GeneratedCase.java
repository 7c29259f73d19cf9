package dev.pictor.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.generate.GenerateOptions;
import dev.pictor.core.generate.Generator;
import dev.pictor.core.testing.CompilerHarness;
import dev.pictor.core.testing.Golden;
import java.nio.file.Path;
import java.util.List;

/**
 * A golden generation case: the schemas root {@code src/test/resources/golden/generate/NAME/root} and the generated
 * tree expected of it under {@code NAME/expected} (rewritten with {@code -Dpictor.updateGolden=true}). The two
 * checks every shape test makes of its case live here once.
 */
record GeneratedCase(Path root, Path expected) {

    private static final Path GENERATE = Path.of("src/test/resources/golden/generate");

    /** The case in folder {@code name}. */
    static GeneratedCase named(String name) {
        Path folder = GENERATE.resolve(name);
        return new GeneratedCase(folder.resolve("root"), folder.resolve("expected"));
    }

    /** Plans generation into {@code out}: nothing above a NOTE is reported, and every file is its golden copy. */
    void assertMatchesGolden(Path out) throws Exception {
        Generator.Plan plan = Generator.standard().plan(GenerateOptions.of(root, out, out));
        assertEquals(
                List.of(),
                plan.diagnostics().stream()
                        .filter(d -> d.severity() != Severity.NOTE)
                        .map(Diagnostic::toText)
                        .toList());
        assertFalse(plan.failed());
        Golden.assertTreeMatches(expected, plan.files());
    }

    /** Generates into {@code out} and compiles the sources with every warning an error. */
    void assertCompilesStrictly(Path out) throws Exception {
        Generator.standard().run(GenerateOptions.of(root, out.resolve("java"), out.resolve("resources")));
        CompilerHarness.compileTree(out.resolve("java"));
    }
}
