package dev.pictor.core.codegen;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two checks every golden generation case makes, once: the generated files match their golden copies, and they
 * compile with every warning an error. A shape's test implements this and names its case; its own tests say what is
 * particular to the shape.
 */
interface GoldenCaseTests {

    /** The golden case under {@code golden/generate/} this test reads. */
    GeneratedCase goldenCase();

    @Test
    default void everyGeneratedFileMatchesItsGoldenCopy(@TempDir Path out) throws Exception {
        goldenCase().assertMatchesGolden(out);
    }

    @Test
    default void theGeneratedFilesCompileStrictly(@TempDir Path out) throws Exception {
        goldenCase().assertCompilesStrictly(out);
    }
}
