package dev.pictor.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.generate.GenerateOptions;
import dev.pictor.core.generate.Generator;
import dev.pictor.core.lint.Linter;
import dev.pictor.core.testing.TestRoot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backslash in a document's file or folder name (legal on Linux, a separator on Windows) is a located finding, and
 * the other documents are read (issue 17: it ended lint and generate with an IllegalArgumentException).
 */
class BackslashNamesTest {

    private static final String INPUT = "{\"type\": \"object\", \"properties\": {\"h\": {\"type\": \"integer\","
            + " \"minimum\": 9, \"maximum\": 3}}}";

    @TempDir
    Path dir;

    @Test
    void aFileOrFolderWithABackslashIsAFindingAndTheOthersAreRead() throws Exception {
        TestRoot root = TestRoot.create(dir)
                .model("m", INPUT)
                .write("acme/m/2025-01-02\\x.json", "{}")
                .write("acme/we\\ird/2025-01-01.json", "{}")
                .write("acme/notes\\x.txt", "not a document");
        List<String> expected = List.of(
                "acme/m/2025-01-01.json:10:49: range.min-above-max",
                "acme/m/2025-01-02%5Cx.json:1:1: file.backslash-name",
                "acme/we%5Cird:1:1: file.backslash-name");
        assertEquals(
                expected,
                Linter.standard().lint(root.path(), List.of()).diagnostics().stream()
                        .map(BackslashNamesTest::brief)
                        .toList());
        Path out = dir.resolve("out");
        assertEquals(
                expected,
                Generator.standard().plan(GenerateOptions.of(root.path(), out, out)).diagnostics().stream()
                        .map(BackslashNamesTest::brief)
                        .toList());
    }

    private static String brief(Diagnostic d) {
        return d.location() + ": " + d.code();
    }
}
