package dev.pictor.core.imports;

import static dev.pictor.core.imports.ImportFixture.errors;
import static dev.pictor.core.imports.ImportFixture.load;
import static dev.pictor.core.imports.ImportFixture.run;
import static dev.pictor.core.imports.ImportFixture.text;
import static dev.pictor.core.imports.ImportFixture.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.link.LinkedModel;
import dev.pictor.core.link.Linker;
import dev.pictor.core.link.ResultShape;
import dev.pictor.core.model.SchemaSet;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --accept}: an operation that answers JSON or an image by {@code Accept} (Stability v1's text-to-image) is
 * imported with the chosen media type's responses only, so its adapter reads the image and asks for it.
 */
class OpenApiAcceptImportTest {

    @TempDir
    Path dir;

    private static ImportOptions options(Path root, String accept) {
        return new ImportOptions(
                ImportFormat.OPENAPI,
                List.of(OpenApiDocuments.STABILITY.path()),
                root,
                "2026-12-01",
                null,
                null,
                "text-to-image",
                null,
                null,
                false,
                new OpenApiSelection("stability-ai", List.of("textToImage"), List.of(), false, null, accept));
    }

    @Test
    void onlyTheAcceptedMediaTypeIsImportedAndTheAdapterReadsTheImage() {
        Path root = OpenApiImportTest.folder(dir.resolve("schemas"));
        ImportResult result = run(options(root, "image/png"));
        assertFalse(result.failed(), () -> text(result.problems()));
        List<Diagnostic> left = result.problems().stream()
                .filter(d -> d.code().equals("import.member-ignored")
                        && d.message().contains("application/json is left out (--accept image/png)"))
                .toList();
        assertEquals(1, left.size(), () -> text(result.problems()));

        JsonNode doc = tree(root.resolve("stability-ai/textToImage/2026-12-01.json"));
        assertEquals(
                tree("[{\"status\": \"200\", \"mediaType\": \"image/png\", \"schema\": \"/output\"}]"),
                doc.at("/operation/responses"));
        assertEquals("binary", doc.at("/output/format").asText(), doc.at("/output")::toString);

        Diagnostics diagnostics = new Diagnostics();
        SchemaSet set = load(root, diagnostics);
        assertEquals(List.of(), errors(diagnostics.sorted()), () -> text(diagnostics.sorted()));
        LinkedModel model =
                new Linker("dev.pictor.generated", diagnostics).link(set).get(0);
        assertTrue(
                model.result() instanceof ResultShape.BinaryImage,
                () -> model.result().toString());
        assertEquals("image/png", ((ResultShape.BinaryImage) model.result()).mediaType());
    }

    @Test
    void aMediaTypeNoResponseHasRefusesTheOperationAndAMalformedOneTheOption() {
        Path root = OpenApiImportTest.folder(dir.resolve("none"));
        ImportResult result = run(options(root, "image/webp"));
        assertTrue(result.failed());
        assertTrue(
                text(result.problems())
                        .contains("it has no success response (2xx) of media type image/webp (--accept)"),
                () -> text(result.problems()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> options(root, "png please"));
        assertEquals("\"png please\" is not a media type (--accept): write it as image/png", e.getMessage());
    }
}
