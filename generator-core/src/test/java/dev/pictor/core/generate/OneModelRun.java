package dev.pictor.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.testing.CompilerHarness;
import dev.pictor.core.testing.TestRoot;
import java.nio.file.Path;
import java.util.List;

/** Generation of one model {@code acme/m} from an input schema, in a test's temporary folder. */
final class OneModelRun {

    private OneModelRun() {}

    /** Generates the model into {@code dir/out} from the root {@code dir/root}: the findings, nothing asserted. */
    static GenerateResult generate(Path dir, String input) throws Exception {
        Path root = dir.resolve("root");
        TestRoot.create(root).model("m", input);
        Path out = dir.resolve("out");
        return Generator.standard().run(GenerateOptions.of(root, out.resolve("java"), out.resolve("resources")));
    }

    /** Generates the model with no finding above a NOTE, compiles it strictly and loads it. */
    static ClassLoader compiled(Path dir, String input) throws Exception {
        GenerateResult result = generate(dir, input);
        assertEquals(
                List.of(),
                result.diagnostics().stream()
                        .filter(d -> d.severity() != Severity.NOTE)
                        .map(Diagnostic::toText)
                        .toList());
        return CompilerHarness.compileTree(dir.resolve("out/java"));
    }
}
