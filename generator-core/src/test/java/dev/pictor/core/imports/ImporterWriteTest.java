package dev.pictor.core.imports;

import static dev.pictor.core.imports.ImportFixture.cloudflare;
import static dev.pictor.core.imports.ImportFixture.realCloudflareFiles;
import static dev.pictor.core.imports.ImportFixture.run;
import static dev.pictor.core.testing.FileTrees.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.SourceLocation;
import dev.pictor.core.io.AtomicFiles;
import dev.pictor.core.json.LocatedJsonReader;
import dev.pictor.core.json.LocatedNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing: all or nothing, undone on a failure, and the text of a document. */
class ImporterWriteTest {

    @TempDir
    Path dir;

    @Test
    void aFailedWriteUndoesTheRunsEarlierWrites() throws Exception {
        Path root = ImportFixture.root(dir.resolve("schemas"), "cloudflare-workers-ai");
        run(cloudflare(root, "2025-11-22", List.of(realCloudflareFiles().get(0))));
        Path flux = root.resolve(CloudflareImportTest.FLUX);
        Files.writeString(flux, Files.readString(flux).replace("Default is 4", "Default was 4"));
        Map<String, String> before = snapshot(root);

        AtomicInteger writes = new AtomicInteger();
        ImportOptions forced = new ImportOptions(
                ImportFormat.CLOUDFLARE, realCloudflareFiles(), root, "2025-11-22", null, null, null, null, null, true);
        ImportException e = assertThrows(
                ImportException.class,
                () -> Importer.run(forced, (target, content) -> {
                    if (writes.incrementAndGet() == 3) {
                        throw new AccessDeniedException(target.toString());
                    }
                    AtomicFiles.write(target, content);
                }));
        assertEquals(
                "cannot write " + CloudflareImportTest.SDXL + ": permission denied; nothing was imported",
                e.getMessage());
        assertEquals(3, writes.get());
        // The replaced document is back (its content; a restore is a new write), the new one and its folders gone.
        Map<String, String> after = snapshot(root);
        assertEquals(before.keySet(), after.keySet());
        assertTrue(Files.readString(flux).contains("Default was 4"));
    }

    @Test
    void aFileWhereAFolderIsNeededIsFoundBeforeWriting() throws IOException {
        Path root = ImportFixture.root(dir.resolve("schemas"), "cloudflare-workers-ai");
        Files.writeString(root.resolve("cloudflare-workers-ai/stabilityai"), "not a folder");
        Map<String, String> before = snapshot(root);
        ImportResult result = run(cloudflare(root, "2025-11-22", realCloudflareFiles()));
        assertEquals(
                List.of("ERROR import.exists #/name: a file, cloudflare-workers-ai/stabilityai, stands where a "
                        + "folder of " + CloudflareImportTest.SDXL + " is needed"),
                result.problems().stream()
                        .map(d -> d.severity() + " " + d.code() + " #" + d.pointer() + ": " + d.message())
                        .toList());
        assertEquals(before, snapshot(root));
    }

    @Test
    void aSymbolicLinkOutOfTheRootIsNotWrittenThrough() throws IOException {
        Path root = ImportFixture.root(dir.resolve("schemas"), "cloudflare-workers-ai");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createSymbolicLink(root.resolve("cloudflare-workers-ai/black-forest-labs"), elsewhere);
        ImportResult result =
                run(cloudflare(root, "2025-11-22", List.of(realCloudflareFiles().get(0))));
        assertEquals(
                List.of("import.outside-root"),
                result.problems().stream().map(Diagnostic::code).toList());
        try (var files = Files.list(elsewhere)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void textKeepsValuesAndNumberLiteralsAndEscapesOnlyWhatJsonNeeds() {
        String json = "{\"a\":\"\\u00e9\\\"\\\\/\\n\\t\\u0001\\u007f \uD83D\uDE00\",\"n\":[1,1.0,1e2,-0.5E-3,"
                + "123456789012345678901234567890],\"e\":{},\"l\":[],\"b\":[true,false,null]}";
        Diagnostics diagnostics = new Diagnostics();
        LocatedNode node = LocatedJsonReader.read("t.json", json.getBytes(StandardCharsets.UTF_8), diagnostics)
                .orElseThrow();
        String text = DocumentText.pretty(node);
        assertEquals("""
                {
                  "a": "é\\"\\\\/\\n\\t\\u0001\\u007f \uD83D\uDE00",
                  "n": [
                    1,
                    1.0,
                    1e2,
                    -0.5E-3,
                    123456789012345678901234567890
                  ],
                  "e": {},
                  "l": [],
                  "b": [
                    true,
                    false,
                    null
                  ]
                }
                """, text);
        LocatedNode again = LocatedJsonReader.read("t.json", text.getBytes(StandardCharsets.UTF_8), diagnostics)
                .orElseThrow();
        assertEquals(node.toJackson(), again.toJackson());
        assertTrue(diagnostics.sorted().isEmpty());
        assertEquals("\"\\ud800x\"", DocumentText.string("\uD800x"), "an unpaired surrogate is escaped");
        assertEquals(SourceLocation.startOf("t.json"), node.location());
    }
}
