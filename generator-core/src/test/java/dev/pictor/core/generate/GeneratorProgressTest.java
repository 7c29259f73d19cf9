package dev.pictor.core.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress the Generator reports: each document and each model once, in order, without changing the output. */
class GeneratorProgressTest {

    @TempDir
    Path out;

    @Test
    void eachModelIsReportedOnceAndTheOutputIsTheSame() throws Exception {
        GenerateOptions options = GenerateOptions.of(SeedGenerationTest.SEEDS, out, out);
        Generator.Plan quiet = Generator.standard().plan(options);

        List<int[]> documents = new ArrayList<>();
        List<int[]> models = new ArrayList<>();
        Generator.Plan watched = Generator.standard()
                .plan(
                        options,
                        (done, total) -> documents.add(new int[] {done, total}),
                        (done, total) -> models.add(new int[] {done, total}));

        assertFalse(quiet.failed(), quiet.diagnostics()::toString);
        assertTrue(quiet.models() > 1, "the seeds hold several models");
        assertEquals(quiet.models(), models.size());
        for (int i = 0; i < models.size(); i++) {
            assertArrayEquals(new int[] {i + 1, quiet.models()}, models.get(i));
        }
        assertFalse(documents.isEmpty());
        int total = documents.get(0)[1];
        assertEquals(total, documents.size());
        for (int i = 0; i < documents.size(); i++) {
            assertArrayEquals(new int[] {i + 1, total}, documents.get(i));
        }

        assertEquals(quiet.diagnostics(), watched.diagnostics());
        assertEquals(quiet.models(), watched.models());
        assertEquals(quiet.files().size(), watched.files().size());
        for (int i = 0; i < quiet.files().size(); i++) {
            GeneratedFile a = quiet.files().get(i);
            GeneratedFile b = watched.files().get(i);
            assertEquals(a.kind(), b.kind());
            assertEquals(a.path(), b.path());
            assertArrayEquals(a.bytes(), b.bytes(), a.path());
        }
    }
}
