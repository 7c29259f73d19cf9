package dev.pictor.core.imports;

import static dev.pictor.core.imports.ImportFixture.read;
import static dev.pictor.core.imports.ImportFixture.run;
import static dev.pictor.core.imports.ImportFixture.text;
import static dev.pictor.core.imports.ImportFixture.tree;
import static dev.pictor.core.imports.ImportFixture.write;
import static dev.pictor.core.testing.FileTrees.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pictor.core.compat.CompatResult;
import dev.pictor.core.compat.CompatRun;
import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.imports.ImportResult.Status;
import dev.pictor.core.imports.OpenApiDocuments.Api;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an OpenAPI import writes and refuses: bytes, versions, references, sizes, the provider document. */
class OpenApiImportRulesTest {

    @TempDir
    Path dir;

    @TempDir
    Path inputs;

    /** A small OpenAPI document; {@code %s} is the $ref of its prompt's schema. */
    static final String ACME = """
            {"openapi": "3.0.3", "info": {"title": "Acme Images", "version": "1.0"},
             "servers": [{"url": "https://api.acme.test/v1/"}],
             "components": {
               "securitySchemes": {"key": {"type": "http", "scheme": "bearer"}},
               "schemas": {"Prompt": {"type": "string", "minLength": 1}}},
             "paths": {"/images/generations": {"post": {
               "operationId": "createImage",
               "x-codeSamples": [{"lang": "Python", "source": {"$ref": "../examples/generate.py"}}],
               "requestBody": {"required": true, "content": {"application/json": {"schema": {
                 "type": "object", "required": ["prompt"], "properties": {"prompt": {"$ref": "%s"}}}}}},
               "responses": {"200": {"description": "the image", "content": {"image/png": {}}}}}}}}
            """;

    private Path root() {
        return OpenApiImportTest.folder(dir.resolve("schemas"));
    }

    private static ImportOptions acme(Path root, Path file) {
        return new ImportOptions(
                ImportFormat.OPENAPI,
                List.of(file),
                root,
                "2026-12-01",
                null,
                null,
                null,
                null,
                null,
                false,
                new OpenApiSelection("acme", List.of("createImage"), List.of(), false, null));
    }

    private static List<String> shown(List<Diagnostic> found) {
        return found.stream()
                .filter(d -> d.severity() == Severity.ERROR)
                .map(d -> d.location() + " " + d.code())
                .toList();
    }

    @Test
    void aSmallDocumentBecomesAModelDocumentAndAProviderDocument() {
        Path root = root();
        Path file = write(inputs, "api/acme.json", ACME.formatted("#/components/schemas/Prompt"));
        ImportResult result = run(acme(root, file));
        assertFalse(result.failed(), () -> text(result.problems()));
        assertEquals(
                List.of("import.provider-written"),
                result.problems().stream().map(Diagnostic::code).toList(),
                "the x-codeSamples $ref to a file outside the folder is not followed");
        JsonNode doc = tree(root.resolve("acme/createImage/2026-12-01.json"));
        assertEquals("text-to-image", doc.get("task").asText());
        assertEquals(
                tree("{\"type\": \"object\", \"required\": [\"prompt\"], \"properties\": {\"prompt\": "
                        + "{\"$ref\": \"#/$defs/Prompt\"}}, \"$defs\": {\"Prompt\": {\"type\": \"string\", "
                        + "\"minLength\": 1}}}"),
                doc.get("input"));
        assertEquals(tree("{\"type\": \"string\", \"format\": \"binary\"}"), doc.get("output"));
        assertEquals(
                tree("{\"file\": \"acme.json\", \"infoVersion\": \"1.0\", \"line\": 6, \"method\": \"POST\","
                        + " \"path\": \"/images/generations\", \"operationId\": \"createImage\", \"requestBody\":"
                        + " {\"mediaType\": \"application/json\", \"required\": true}, \"parameters\": [],"
                        + " \"responses\": [{\"status\": \"200\", \"mediaType\": \"image/png\", \"schema\":"
                        + " \"/output\"}]}"),
                doc.get("operation"));
        JsonNode provider = tree(root.resolve("acme/provider.json"));
        assertEquals("https://api.acme.test/v1", provider.get("baseUrl").asText());
        assertEquals("openapi", provider.get("transport").asText());
        assertEquals(tree("{\"scheme\": \"bearer\", \"tokenEnv\": \"ACME_API_KEY\"}"), provider.get("auth"));
    }

    @Test
    void aFileInTheDocumentsFolderIsReadAndCopiedIntoDefs() {
        Path root = root();
        write(inputs, "api/schemas/prompt.json", "{\"type\": \"string\", \"maxLength\": 4000}");
        Path file = write(inputs, "api/acme.json", ACME.formatted("schemas/prompt.json"));
        ImportResult result = run(acme(root, file));
        assertFalse(result.failed(), () -> text(result.problems()));
        JsonNode input = tree(root.resolve("acme/createImage/2026-12-01.json")).get("input");
        assertEquals("#/$defs/prompt", input.at("/properties/prompt/$ref").asText());
        assertEquals(tree("{\"type\": \"string\", \"maxLength\": 4000}"), input.at("/$defs/prompt"));
    }

    @Test
    void aReferenceOutOfTheFolderOrToAUrlIsRefusedAndNothingIsWritten() throws IOException {
        Path root = root();
        Files.writeString(inputs.resolve("outside.json"), "{\"type\": \"string\"}");
        Map<String, String> before = snapshot(root);
        Map<String, String> refs = Map.of(
                "../outside.json", "import.ref-refused",
                "https://example.com/schemas.json#/Prompt", "import.ref-refused",
                "file:///etc/passwd", "import.ref-refused",
                "missing.json", "import.ref-unresolved");
        for (Map.Entry<String, String> e : refs.entrySet()) {
            Path file = write(inputs, "api/acme.json", ACME.formatted(e.getKey()));
            ImportResult result = run(acme(root, file));
            assertTrue(result.failed(), e.getKey());
            List<String> errors = shown(result.problems());
            assertTrue(
                    errors.contains(file.toString().replace('\\', '/') + ":10:82 " + e.getValue()),
                    () -> e.getKey() + ": " + errors);
            assertEquals(before, snapshot(root), "nothing written, not even the provider document");
        }
    }

    @Test
    void aTenThousandDeepSchemaAndA50MegabyteFileAreRefusedLocated() throws IOException {
        Path root = root();
        Map<String, String> before = snapshot(root);
        String deep = "{\"type\": \"array\", \"items\": ".repeat(10_000) + "{}" + "}".repeat(10_000);
        Path file = write(inputs, "deep.json", ACME.replace("{\"$ref\": \"%s\"}", deep));
        ImportResult result = run(acme(root, file));
        assertTrue(result.failed());
        assertEquals(1, result.problems().size(), () -> text(result.problems()));
        Diagnostic d = result.problems().get(0);
        assertTrue(d.code().startsWith("json."), d::toText);
        assertEquals(10, d.location().line(), "located in the file, where the nesting goes too deep");
        assertEquals(before, snapshot(root));

        Path big = inputs.resolve("big.json");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write(ACME.formatted("#/components/schemas/Prompt")
                    .replace("\"Acme Images\"", "\"")
                    .substring(0, 40)
                    .getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
            out.write("\"}}".getBytes(StandardCharsets.UTF_8));
        }
        ImportResult large = run(acme(root, big));
        assertEquals(List.of(big.toString().replace('\\', '/') + ":1:1 file.too-large"), shown(large.problems()));
        assertEquals(before, snapshot(root));
    }

    @Test
    void importingTwiceWritesTheSameBytesAndALaterVersionIsComparedWithTheOneBefore() throws Exception {
        Path root = root();
        Api api = OpenApiDocuments.STABILITY;
        Path copy = inputs.resolve(api.file());
        Files.copy(api.path(), copy);
        ImportResult first = run(options(root, copy, "2026-12-01"));
        assertFalse(first.failed(), () -> text(first.problems()));
        Map<String, String> written = snapshot(root);
        ImportResult again = run(options(root, copy, "2026-12-01"));
        assertEquals(4, again.count(Status.UNCHANGED), () -> text(again.problems()));
        assertEquals(written, snapshot(root), "the same bytes");
        assertTrue(
                again.problems().stream().noneMatch(d -> d.code().equals("import.provider-kept")),
                "the provider document is what the document says");

        // the provider narrows cfg_scale's range from 0..35 to 0..30 in a later version of the document
        String text = read(copy);
        String narrowed = text.replace(
                "\"example\": 7,\n        \"minimum\": 0,\n        \"maximum\": 35",
                "\"example\": 7,\n" + "        \"minimum\": 0,\n        \"maximum\": 30");
        assertFalse(text.equals(narrowed), "the range is edited");
        Files.writeString(copy, narrowed);
        ImportResult later = run(options(root, copy, "2026-12-02"));
        assertFalse(later.failed(), () -> text(later.problems()));
        assertEquals(4, later.count(Status.WRITTEN));
        CompatResult compat = CompatRun.root(root);
        assertEquals(4, compat.comparisons().size());
        // upscaleImage has no cfg_scale
        List<String> errors = compat.diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR)
                .map(d -> d.location().file() + " " + d.code() + " " + d.pointer())
                .toList();
        assertEquals(
                List.of(
                        "stability-ai/imageToImage/2026-12-02.json compat.range-narrowed /input/$defs/CfgScale/maximum",
                        "stability-ai/masking/2026-12-02.json compat.range-narrowed /input/$defs/CfgScale/maximum",
                        "stability-ai/textToImage/2026-12-02.json compat.range-narrowed /input/$defs/CfgScale/maximum"),
                errors);
    }

    private static ImportOptions options(Path root, Path file, String version) {
        Api api = OpenApiDocuments.STABILITY;
        return new ImportOptions(
                ImportFormat.OPENAPI,
                List.of(file),
                root,
                version,
                null,
                null,
                null,
                null,
                null,
                false,
                new OpenApiSelection(api.provider(), api.operations(), List.of(), false, null));
    }

    @Test
    void withOnlyASnapshotTheVersionIsInfoVersion() {
        Path root = root();
        Api api = OpenApiDocuments.RUNWAY;
        ImportResult result = run(new ImportOptions(
                ImportFormat.OPENAPI,
                List.of(api.path()),
                root,
                null,
                "2026-12-01",
                null,
                null,
                null,
                "taken from tryAGI/Runway",
                false,
                new OpenApiSelection("runway", List.of("post /v1/text_to_image"), List.of(), false, null)));
        assertFalse(result.failed(), () -> text(result.problems()));
        JsonNode doc = tree(root.resolve("runway/post-v1-text-to-image/2024-11-06.json"));
        assertEquals("2026-12-01", doc.get("snapshot").asText());
        assertEquals("2024-11-06", doc.at("/operation/infoVersion").asText());
        assertTrue(
                doc.get("source").asText().endsWith(" taken from tryAGI/Runway"),
                doc.get("source").asText());
        JsonNode input = doc.get("input");
        // Runway's request bodies do not say "required": true, and OpenAPI's default is false
        assertEquals(List.of("X-Runway-Version"), names(input.get("required")));
        assertEquals("body", doc.at("/operation/requestBody/member").asText());
        assertFalse(doc.at("/operation/requestBody/required").asBoolean());
        assertEquals(
                List.of("X-Runway-Version", "body"),
                names(input.get("properties").get("body") == null ? null : fieldNames(input.get("properties"))));
    }

    @Test
    void refusals() {
        Path root = root();
        Map<String, String> before = snapshot(root);
        // Ideogram's servers say "": nothing is made up
        Api ideogram = OpenApiDocuments.IDEOGRAM;
        ImportResult noBase = run(new ImportOptions(
                ImportFormat.OPENAPI,
                List.of(ideogram.path()),
                root,
                "2026-12-01",
                null,
                null,
                null,
                null,
                null,
                false,
                new OpenApiSelection("ideogram", List.of("post_generate_image"), List.of(), false, null)));
        assertEquals(
                List.of(ideogram.path().toString().replace('\\', '/') + ":8:14 import.option-needed"),
                shown(noBase.problems()));
        // no word of BFL's flux-pro-1.1 operation says its task
        Api bfl = OpenApiDocuments.BFL;
        ImportResult noTask = run(OpenApiImportTest.openapi(
                root, bfl, "2026-12-01", null, null, List.of("flux_pro_1_1_v1_flux_pro_1_1_post")));
        assertEquals(List.of("import.option-needed"), codes(noTask));
        Diagnostic needed = noTask.problems().stream()
                .filter(d -> d.severity() == Severity.ERROR)
                .findFirst()
                .orElseThrow();
        assertTrue(needed.hint().contains("--task"), needed::toText);
        // an operation the document does not have
        ImportResult unknown =
                run(OpenApiImportTest.openapi(root, bfl, "2026-12-01", null, null, List.of("POST /v1/flux-pro-9")));
        assertEquals(List.of("import.operation-unknown"), codes(unknown));
        assertEquals(before, snapshot(root));
    }

    @Test
    void optionsThatCannotWorkTogetherAreRefusedBeforeReading() {
        Path file = inputs.resolve("x.json");
        assertThrows(
                IllegalArgumentException.class,
                () -> new OpenApiSelection("acme", List.of("a"), List.of("t"), false, null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new OpenApiSelection("Acme", List.of("a"), List.of(), false, null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new OpenApiSelection("acme", List.of(), List.of(), true, "ftp://x"));
        IllegalArgumentException model = assertThrows(
                IllegalArgumentException.class,
                () -> new ImportOptions(
                        ImportFormat.OPENAPI,
                        List.of(file),
                        dir,
                        "2026-12-01",
                        null,
                        "m",
                        null,
                        null,
                        null,
                        false,
                        new OpenApiSelection("acme", List.of(), List.of(), true, null)));
        assertTrue(model.getMessage().contains("exactly one --operation"), model.getMessage());
        IllegalArgumentException version = assertThrows(
                IllegalArgumentException.class,
                () -> new ImportOptions(
                        ImportFormat.OPENAPI,
                        List.of(file),
                        dir,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        new OpenApiSelection("acme", List.of(), List.of(), true, null)));
        assertTrue(version.getMessage().contains("--snapshot"), version.getMessage());
    }

    private static List<String> codes(ImportResult result) {
        return result.problems().stream()
                .filter(d -> d.severity() == Severity.ERROR)
                .map(Diagnostic::code)
                .toList();
    }

    private static JsonNode fieldNames(JsonNode object) {
        com.fasterxml.jackson.databind.node.ArrayNode names = ImportFixture.JSON.createArrayNode();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> names(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }
}
