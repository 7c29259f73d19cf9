package dev.pictor.core.imports;

import static dev.pictor.core.imports.ImportFixture.errors;
import static dev.pictor.core.imports.ImportFixture.load;
import static dev.pictor.core.imports.ImportFixture.run;
import static dev.pictor.core.imports.ImportFixture.text;
import static dev.pictor.core.imports.ImportFixture.tree;
import static dev.pictor.core.imports.ImportFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.imports.OpenApiDocuments.Api;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.Operation;
import dev.pictor.core.model.SchemaSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code requestBody.encoding} as an OpenAPI import writes it: from the document's {@code encoding}, else from what its
 * own examples of the body show, and nothing where the defaults already lay a member out as the document says.
 */
class OpenApiEncodingImportTest {

    @TempDir
    Path dir;

    @TempDir
    Path inputs;

    /** A multipart body with a member of each kind, the encoding of each and an example of the body. */
    static final String PARTS = """
            {"openapi": "3.0.3", "info": {"title": "Acme Images", "version": "1.0"},
             "servers": [{"url": "https://api.acme.test"}],
             "components": {"schemas": {
               "Image": {"type": "string", "format": "binary"},
               "Prompts": {"type": "array", "items": {"type": "object", "properties": {
                 "text": {"type": "string"}, "weight": {"type": "number"}}}}}},
             "paths": {"/edits": {"post": {
               "operationId": "createEdit",
               "requestBody": {"required": true, "content": {"multipart/form-data": {
                 "schema": {"type": "object", "required": ["image", "prompt"], "properties": {
                   "image": {"$ref": "#/components/schemas/Image"},
                   "mask": {"type": "string", "format": "binary"},
                   "references": {"type": "array", "items": {"$ref": "#/components/schemas/Image"}},
                   "prompt": {"type": "string"},
                   "prompts": {"$ref": "#/components/schemas/Prompts"},
                   "filter": {"type": "object", "properties": {"tag": {"type": "string"}}},
                   "style": {"type": "object"},
                   "tags": {"type": "array", "items": {"type": "string"}}}},
                 "encoding": {
                   "mask": {"contentType": "image/png"},
                   "image": {"contentType": "image/png, image/jpeg"},
                   "prompt": {"contentType": "text/plain", "style": "form"},
                   "filter": {"style": "deepObject", "explode": true},
                   "style": {"contentType": "application/json"},
                   "tags": {"contentType": "text/plain"},
                   "unknown": {"style": "deepObject"}},
                 "examples": {"two references": {"value": {
                   "image": "<bytes>", "references[]": "<bytes>", "prompt": "a cat",
                   "prompts[0][text]": "a cat", "prompts[0][weight]": 1, "tags[]": "x"}}}}}},
               "responses": {"200": {"description": "the image", "content": {"image/png": {}}}}}}}}
            """;

    private ImportOptions options(Path root, Path file, String operation) {
        return new ImportOptions(
                ImportFormat.OPENAPI,
                List.of(file),
                root,
                "2026-12-01",
                null,
                null,
                "image-edit",
                null,
                null,
                false,
                new OpenApiSelection("acme", List.of(operation), List.of(), false, null));
    }

    @Test
    void theDocumentsEncodingAndItsExamplesGiveEachLayoutTheDefaultsDoNot() {
        Path root = OpenApiImportTest.folder(dir.resolve("schemas"));
        Path file = write(inputs, "acme.json", PARTS);
        ImportResult result = run(options(root, file, "createEdit"));
        assertFalse(result.failed(), () -> text(result.problems()));
        JsonNode doc = tree(root.resolve("acme/createEdit/2026-12-01.json"));
        assertEquals(
                tree("""
                        {"mask": {"layout": "file", "contentType": "image/png"},
                         "references": {"layout": "repeat-brackets"},
                         "prompts": {"layout": "brackets"},
                         "filter": {"layout": "brackets"},
                         "tags": {"layout": "repeat-brackets"}}
                        """),
                doc.at("/operation/requestBody/encoding"),
                "image's list of types, prompt's text/plain, style's application/json and tags' text/plain say what"
                        + " the defaults do; unknown is no member; the example's tags[] is a list of strings");
        String source = doc.get("source").asText();
        assertTrue(
                source.contains("Multipart parts: mask is file image/png as its encoding says (contentType image/png);"
                        + " references is repeat-brackets as the body's example two references shows (references[]);"
                        + " prompts is brackets as the body's example two references shows (prompts[0][text]);"
                        + " filter is brackets as its encoding says (style deepObject); tags is repeat-brackets as the"
                        + " body's example two references shows (tags[])."),
                source);

        Diagnostics diagnostics = new Diagnostics();
        SchemaSet set = load(root, diagnostics);
        assertEquals(List.of(), errors(diagnostics.sorted()), () -> text(diagnostics.sorted()));
        Operation.RequestBody body =
                set.models().get(0).operation().orElseThrow().requestBody().orElseThrow();
        assertEquals(
                new Operation.PartEncoding(Operation.Layout.FILE, Optional.of("image/png")),
                body.encoding().get("mask"));
    }

    @Test
    void stabilitysExamplesLayTextPromptsOutInBracketsInBothOfItsDocuments() {
        for (Api api : List.of(OpenApiDocuments.STABILITY, OpenApiDocuments.STABILITY_YAML)) {
            Path root = OpenApiImportTest.folder(dir.resolve(api.file()));
            OpenApiImportTest.importAll(root, api, "2026-12-01");
            Map<String, String> expected = Map.of(
                    "imageToImage", "{\"text_prompts\": {\"layout\": \"brackets\"}}",
                    "masking", "{\"text_prompts\": {\"layout\": \"brackets\"}}");
            for (String op : api.operations()) {
                JsonNode doc = tree(root.resolve("stability-ai/" + op + "/2026-12-01.json"));
                JsonNode encoding = doc.at("/operation/requestBody/encoding");
                if (expected.containsKey(op)) {
                    assertEquals(tree(expected.get(op)), encoding, api.file() + " " + op);
                    assertTrue(
                            doc.get("source").asText().contains("(text_prompts[0][text])"),
                            () -> doc.get("source").asText());
                } else {
                    // textToImage's body is JSON; upscaleImage's example shows no bracketed name
                    assertTrue(encoding.isMissingNode(), api.file() + " " + op + ": " + encoding);
                }
            }
            Diagnostics diagnostics = new Diagnostics();
            SchemaSet set = load(root, diagnostics);
            assertEquals(List.of(), errors(diagnostics.sorted()), () -> text(diagnostics.sorted()));
            for (ModelDocument m : set.models()) {
                Operation.RequestBody body =
                        m.operation().orElseThrow().requestBody().orElseThrow();
                assertEquals(
                        expected.containsKey(m.model())
                                ? Map.of(
                                        "text_prompts",
                                        new Operation.PartEncoding(Operation.Layout.BRACKETS, Optional.empty()))
                                : Map.of(),
                        body.encoding(),
                        m.file());
            }
        }
    }

    @Test
    void ideogramsEncodingSaysOnlyWhatTheDefaultsDo() {
        Api api = OpenApiDocuments.IDEOGRAM;
        Path root = OpenApiImportTest.folder(dir.resolve("ideogram"));
        List<String> written = OpenApiImportTest.importAll(root, api, "2026-12-01");
        int multipart = 0;
        for (String path : written) {
            JsonNode body = tree(root.resolve(path)).at("/operation/requestBody");
            multipart += body.get("mediaType").asText().equals("multipart/form-data") ? 1 : 0;
            assertTrue(
                    body.at("/encoding").isMissingNode(),
                    () -> path + ": text/plain for scalars, application/json for objects, lists of image types");
        }
        assertEquals(14, multipart, "the operations with encodings among them");
    }

    @Test
    void aJsonBodyGetsNoEncodingWhateverItsMediaTypeSays() {
        Path root = OpenApiImportTest.folder(dir.resolve("schemas"));
        String json = PARTS.replace("multipart/form-data", "application/json")
                .replace("\"format\": \"binary\"", "\"format\": \"byte\"");
        Path file = write(inputs, "acme.json", json);
        ImportResult result = run(options(root, file, "createEdit"));
        assertFalse(result.failed(), () -> text(result.problems()));
        JsonNode body = tree(root.resolve("acme/createEdit/2026-12-01.json")).at("/operation/requestBody");
        assertEquals(tree("{\"mediaType\": \"application/json\", \"required\": true}"), body);
    }
}
