package dev.pictor.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.generate.GenerateOptions;
import dev.pictor.core.generate.GeneratedFile;
import dev.pictor.core.generate.Generator;
import dev.pictor.core.load.DocumentLoader;
import dev.pictor.core.load.Progress;
import dev.pictor.core.load.SchemaRoot;
import dev.pictor.core.model.SchemaSet;
import dev.pictor.core.testing.TestRoot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lint plans the source files as generate writes them, and reports two types written to one file. */
class SourceFilesTest {

    @TempDir
    Path dir;

    private TestRoot root() {
        return TestRoot.create(dir).model("m", """
                {"type": "object", "properties": {
                  "style": {"enum": ["a", "b"]},
                  "size": {"type": "object", "properties": {"w": {"type": "integer"}}},
                  "seed": {"oneOf": [{"type": "integer"}, {"type": "string"}]}
                }}""");
    }

    private List<LinkedModel> link(Path root, Diagnostics diagnostics) throws Exception {
        SchemaSet set = DocumentLoader.load(SchemaRoot.open(root), diagnostics, Progress.NONE);
        return new Linker("com.example", diagnostics).link(set);
    }

    @Test
    void thePlannedFilesAreTheSourcesGenerateWrites() throws Exception {
        TestRoot root = root();
        Diagnostics diagnostics = new Diagnostics();
        List<LinkedModel> models = link(root.path(), diagnostics);
        assertEquals(List.of(), diagnostics.sorted());
        Path out = dir.resolve("out");
        Generator.Plan plan = Generator.standard()
                .plan(new GenerateOptions(
                        root.path(), out, out, "com.example", List.of(), List.of(), List.of(), false));
        assertFalse(plan.failed(), plan.diagnostics()::toString);
        List<String> written = plan.files().stream()
                .filter(f -> f.kind() == GeneratedFile.Kind.SOURCE)
                .map(GeneratedFile::path)
                .toList();
        assertEquals(new TreeSet<>(written), new TreeSet<>(SourceFiles.of(models.get(0))));
        assertEquals(written.size(), SourceFiles.of(models.get(0)).size());
    }

    @Test
    void twoModelsWrittenToOnePackageAreAFileCollisionOnTheSecond() throws Exception {
        TestRoot root = root();
        List<LinkedModel> twice = new ArrayList<>(link(root.path(), new Diagnostics()));
        twice.addAll(link(root.path(), new Diagnostics())); // linked apart: no package claim sees both
        Diagnostics diagnostics = new Diagnostics();
        SourceFiles.checkCollisions(twice, diagnostics);
        List<Diagnostic> found = diagnostics.sorted();
        assertEquals(SourceFiles.of(twice.get(0)).size(), found.size());
        String request = SourceFiles.of(twice.get(0)).get(0);
        assertEquals(
                List.of("acme/m/2025-01-01.json:1:1 generate.file-collision ERROR: two generated types would be"
                        + " written to " + request),
                found.stream()
                        .filter(d -> d.message().endsWith(" " + request))
                        .map(d -> d.location() + " " + d.code() + " " + d.severity() + ": " + d.message())
                        .toList());
    }
}
