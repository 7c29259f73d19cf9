package dev.pictor.core.imports;

import static dev.pictor.core.imports.ImportFixture.cog;
import static dev.pictor.core.imports.ImportFixture.cogData;
import static dev.pictor.core.imports.ImportFixture.cogGoldenFiles;
import static dev.pictor.core.imports.ImportFixture.errors;
import static dev.pictor.core.imports.ImportFixture.load;
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
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.model.Dialect;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.SchemaSet;
import dev.pictor.core.validate.ReferenceValidator;
import dev.pictor.core.validate.Violation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing Cog OpenAPI schemas of Replicate models: Cog's 31 golden schemas and variants of them. */
class CogImportTest {

    @TempDir
    Path dir;

    @TempDir
    Path inputs;

    private Path root() {
        return ImportFixture.root(dir.resolve("schemas"), "replicate");
    }

    private static String modelOf(Path file) {
        return "cog-tests/" + file.getFileName().toString().replace(".json", "").replace('_', '-');
    }

    private static String documentOf(Path file) {
        return "replicate/" + modelOf(file) + "/2026-01-26.json";
    }

    @Test
    void everyGoldenSchemaImportsAndLoads() {
        Path root = root();
        for (Path file : cogGoldenFiles()) {
            ImportResult result = run(cog(root, modelOf(file), file));
            assertFalse(result.failed(), () -> file + text(result.problems()));
            assertTrue(result.problems().isEmpty(), () -> file + text(result.problems()));
            assertTrue(errors(result.findings()).isEmpty(), () -> file + text(result.findings()));
            JsonNode published = tree(file).get("components").get("schemas");
            JsonNode doc = tree(root.resolve(documentOf(file)));
            assertEquals(
                    published.get("Input").toString(),
                    restored(doc.get("input")).toString(),
                    file.toString());
            assertEquals(
                    published.get("Output").toString(),
                    restored(doc.get("output")).toString(),
                    file.toString());
            for (String part : List.of("input", "output")) {
                JsonNode defs = doc.get(part).get("$defs");
                if (defs != null) {
                    defs.properties()
                            .forEach(d -> assertEquals(
                                    published.get(d.getKey()).toString(),
                                    restored(d.getValue()).toString(),
                                    file + " $defs/" + d.getKey() + " is a verbatim copy"));
                }
            }
        }
        Diagnostics diagnostics = new Diagnostics();
        SchemaSet set = load(root, diagnostics);
        assertTrue(errors(diagnostics.sorted()).isEmpty(), () -> text(diagnostics.sorted()));
        assertEquals(31, set.models().size());
        for (ModelDocument m : set.models()) {
            assertEquals("replicate", m.provider());
            assertEquals("text-to-image", m.task());
            assertTrue(m.source().startsWith("Cog OpenAPI schema "), m.source());
            assertEquals(Dialect.OPENAPI_3_0, m.dialect(), "Cog's golden schemas say openapi 3.0.2");
        }
    }

    @Test
    void theDialectIsTheOneTheOpenApiVersionSays() {
        Path root = root();
        String template = """
                {"openapi": "%s", "components": {"schemas": {
                   "Input": {"type": "object", "properties": {
                     "seed": {"type": "integer", "nullable": true, "x-order": 0}}},
                   "Output": {"type": "string", "format": "uri"}}}}
                """;
        Map<String, Dialect> expected = Map.of("3.0.2", Dialect.OPENAPI_3_0, "3.1.0", Dialect.OPENAPI_3_1);
        for (Entry<String, Dialect> e : expected.entrySet()) {
            String model = "acme/v" + e.getKey().replace('.', '-');
            Path file = write(inputs, e.getKey() + ".json", template.formatted(e.getKey()));
            ImportResult result = run(cog(root, model, file));
            assertFalse(result.failed(), () -> text(result.problems()));
            JsonNode doc = tree(root.resolve("replicate/" + model + "/2026-01-26.json"));
            assertEquals(e.getValue().uri(), doc.get("dialect").asText(), e.getKey());
        }
        Diagnostics diagnostics = new Diagnostics();
        SchemaSet set = load(root, diagnostics);
        ModelDocument oas30 = set.models().stream()
                .filter(m -> m.model().equals("acme/v3-0-2"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of(),
                validate(new ReferenceValidator(), oas30, "{\"seed\": null}"),
                "OpenAPI 3.0's nullable admits null");
        ImportResult refused = run(cog(root, "acme/v3-2", write(inputs, "3.2.json", template.formatted("3.2.0"))));
        assertTrue(refused.failed());
        assertEquals("/openapi", refused.problems().get(0).pointer());
    }

    @Test
    void choicesResolveThroughAllOfAndRef() {
        Path root = root();
        Path choices = cogData().resolve("choices.json");
        ImportResult result = run(cog(root, "cog-tests/choices", choices));
        assertFalse(result.failed(), () -> text(result.problems()));
        JsonNode input = tree(root.resolve(documentOf(choices))).get("input");
        assertEquals("#/$defs/i", input.at("/properties/i/allOf/0/$ref").asText());
        assertEquals("#/$defs/s_wd", input.at("/properties/s_wd/allOf/0/$ref").asText());
        assertEquals(0, input.at("/properties/i_wd/default").asInt());
        assertEquals(0, input.at("/properties/i/x-order").asInt(-1), "x-order kept");
        List<String> defs = new ArrayList<>();
        input.get("$defs").fieldNames().forEachRemaining(defs::add);
        assertEquals(List.of("i", "i_wd", "s", "s_wd"), defs);
        assertEquals("[0,1,2]", input.at("/$defs/i/enum").toString());
        assertEquals(
                List.of("properties", "type", "required", "title", "$defs"),
                names(input),
                "the published members in their order, then $defs");
        String source = tree(root.resolve(documentOf(choices))).get("source").asText();
        assertTrue(
                source.contains("the component schemas they reference (i, i_wd, s, s_wd) are copied into their "
                        + "$defs and each $ref to #/components/schemas/NAME is rewritten to #/$defs/NAME."),
                source);

        // The references resolve: a reference validator applies the enums.
        Diagnostics diagnostics = new Diagnostics();
        ModelDocument model = load(root, diagnostics).models().get(0);
        assertTrue(errors(diagnostics.sorted()).isEmpty(), () -> text(diagnostics.sorted()));
        ReferenceValidator validator = new ReferenceValidator();
        assertEquals(List.of(), validate(validator, model, "{\"i\": 2, \"s\": \"bar\"}"));
        List<Violation> wrong = validate(validator, model, "{\"i\": 3, \"s\": \"baz\", \"s_wd\": \"qux\"}");
        assertEquals(
                List.of("/i", "/s", "/s_wd"),
                wrong.stream().map(Violation::pointer).distinct().toList(),
                wrong::toString);
    }

    @Test
    void secretsKeepTheirCogExtensions() {
        Path root = root();
        Path secret = cogData().resolve("secret.json");
        run(cog(root, "cog-tests/secret", secret));
        JsonNode doc = tree(root.resolve(documentOf(secret)));
        JsonNode published = tree(secret).at("/components/schemas");
        assertEquals(published.get("Input").toString(), doc.get("input").toString(), "no reference: verbatim");
        assertEquals(published.get("Output").toString(), doc.get("output").toString());
        assertTrue(doc.at("/input/properties/s1/x-cog-secret").asBoolean());
        assertTrue(doc.at("/input/properties/ss/items/x-cog-secret").asBoolean());
        assertEquals("password", doc.at("/input/properties/s2/format").asText());
        assertTrue(doc.at("/output/items/writeOnly").asBoolean());

        Path iterator = cogData().resolve("output_concat_iter.json");
        run(cog(root, "cog-tests/concat", iterator));
        JsonNode output =
                tree(root.resolve("replicate/cog-tests/concat/2026-01-26.json")).get("output");
        assertEquals("iterator", output.get("x-cog-array-type").asText());
        assertEquals("concatenate", output.get("x-cog-array-display").asText());
    }

    @Test
    void providerVersionSnapshotAndNoteAreRecorded() {
        Path root = root();
        Path file = cogData().resolve("range.json");
        ImportOptions options = new ImportOptions(
                ImportFormat.REPLICATE,
                List.of(file),
                root,
                "5c7d5dc6dd8bf75c",
                "2026-01-26",
                "acme/ranged",
                "image-to-image",
                "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
                "From github.com/replicate/cog at 245a841.",
                false);
        ImportResult result = run(options);
        assertFalse(result.failed(), () -> text(result.problems()));
        JsonNode doc = tree(root.resolve("replicate/acme/ranged/5c7d5dc6dd8bf75c.json"));
        List<String> keys = names(doc);
        assertEquals(
                List.of(
                        "provider",
                        "model",
                        "version",
                        "snapshot",
                        "providerVersion",
                        "task",
                        "origin",
                        "source",
                        "dialect",
                        "input",
                        "output"),
                keys);
        assertEquals(
                "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
                doc.get("providerVersion").asText());
        assertEquals("2026-01-26", doc.get("snapshot").asText());
        assertEquals("image-to-image", doc.get("task").asText());
        assertEquals(
                "Cog OpenAPI schema range.json of Replicate model acme/ranged version "
                        + "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa (openapi 3.0.2, info Cog 0.1.0): "
                        + "input and output are components.schemas.Input and components.schemas.Output, verbatim. The schema "
                        + "carries no capture date; the snapshot date 2026-01-26 was given on import. From "
                        + "github.com/replicate/cog at 245a841.",
                doc.get("source").asText());
    }

    @Test
    void whatACogSchemaDoesNotCarryMustBeGiven() {
        Path root = root();
        Path choices = cogData().resolve("choices.json");
        List<Path> files = List.of(choices);
        Map<String, String> missing = Map.of(
                "model", "a Cog schema does not name its model",
                "task", "a Cog schema does not say what the model does",
                "version", "a Cog schema carries no version");
        for (Entry<String, String> m : missing.entrySet()) {
            ImportResult result = run(new ImportOptions(
                    ImportFormat.REPLICATE,
                    files,
                    root,
                    m.getKey().equals("version") ? null : "2026-01-26",
                    null,
                    m.getKey().equals("model") ? null : "a/b",
                    m.getKey().equals("task") ? null : "text-to-image",
                    null,
                    null,
                    false));
            assertTrue(result.failed(), m.getKey());
            Diagnostic d = result.problems().get(0);
            assertEquals("import.option-needed", d.code(), d.toText());
            assertEquals(m.getValue(), d.message(), d.toText());
            assertEquals(1, d.location().line(), "located at the document");
        }
        ImportResult noSnapshot = run(new ImportOptions(
                ImportFormat.REPLICATE, files, root, "0123abcd", null, "a/b", "t", null, null, false));
        assertEquals(
                "version \"0123abcd\" is not a date, and a Cog schema carries no capture date",
                noSnapshot.problems().get(0).message());
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> new ImportOptions(
                                ImportFormat.REPLICATE,
                                files,
                                root,
                                "2026-01-26",
                                null,
                                "a/../b",
                                "t",
                                null,
                                null,
                                false))
                .getMessage()
                .contains("is not a Replicate model id"));
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> new ImportOptions(
                                ImportFormat.REPLICATE,
                                files,
                                root,
                                "2026-01-26",
                                null,
                                "a/b",
                                "Text to Image",
                                null,
                                null,
                                false))
                .getMessage()
                .contains("is not a task id"));
    }

    @Test
    void aModelObjectCarriesItsIdVersionAndDate() {
        Path root = root();
        Path file = ImportFixture.replicateModelFile("black-forest-labs_flux-schnell");
        ImportResult result = run(ImportFixture.replicateModel(root, List.of(file)));
        assertFalse(result.failed(), () -> text(result.problems()));
        String path = "replicate/black-forest-labs/flux-schnell/2024-10-02.json";
        assertEquals(path, result.documents().get(0).documentPath());
        JsonNode doc = tree(root.resolve(path));
        JsonNode served = tree(file);
        assertEquals("black-forest-labs/flux-schnell", doc.get("model").asText());
        assertEquals("2024-10-02", doc.get("snapshot").asText());
        assertEquals(
                served.at("/latest_version/id").asText(),
                doc.get("providerVersion").asText());
        assertEquals("text-to-image", doc.get("task").asText());
        assertEquals(served.get("description").asText(), doc.get("description").asText());
        assertEquals(Dialect.OPENAPI_3_0.uri(), doc.get("dialect").asText());
        assertEquals(
                served.at("/latest_version/openapi_schema/components/schemas/Input/properties/prompt")
                        .toString(),
                doc.at("/input/properties/prompt").toString());
        String source = doc.get("source").asText();
        assertTrue(
                source.startsWith("Replicate model object black-forest-labs_flux-schnell.replicate-model.json (GET "
                        + "/v1/models/black-forest-labs/flux-schnell) with latest_version "
                        + served.at("/latest_version/id").asText() + ", created 2024-10-02T01:37:54.199755+00:00"),
                source);
        assertTrue(source.contains("The snapshot date 2024-10-02 is the UTC day of latest_version.created_at"), source);
        assertTrue(
                source.contains("The task text-to-image is inferred: the output is image files, the input has a "
                        + "prompt (prompt) and requires no image."),
                source);
        assertTrue(result.problems().isEmpty(), () -> text(result.problems()));
    }

    @Test
    void optionsWinOverWhatAModelObjectSays() {
        Path root = root();
        Path file = ImportFixture.replicateModelFile("cjwbw_supir");
        ImportResult result = run(new ImportOptions(
                ImportFormat.REPLICATE,
                List.of(file),
                root,
                "v1",
                "2026-01-26",
                "acme/supir",
                "upscaling",
                "abc",
                null,
                false));
        assertFalse(result.failed(), () -> text(result.problems()));
        JsonNode doc = tree(root.resolve("replicate/acme/supir/v1.json"));
        assertEquals("upscaling", doc.get("task").asText());
        assertEquals("2026-01-26", doc.get("snapshot").asText());
        assertEquals("abc", doc.get("providerVersion").asText());
        assertTrue(doc.get("source").asText().contains(", imported as model acme/supir as given"));
        assertFalse(doc.get("source").asText().contains("is inferred"));
    }

    @Test
    void tasksAreInferredWhereTheObjectSaysEnough() {
        Path root = root();
        Map<String, String> expected = Map.of(
                "cjwbw_supir", "image-to-image",
                "omniedgeio_face-swap", "image-to-image",
                "stability-ai_sdxl", "text-to-image",
                "salesforce_blip", "image-to-text",
                "meta_meta-llama-3.1-405b-instruct", "text-generation",
                "suno-ai_bark", "text-to-speech");
        List<Path> files = expected.keySet().stream()
                .sorted()
                .map(ImportFixture::replicateModelFile)
                .toList();
        ImportResult result = run(ImportFixture.replicateModel(root, files));
        assertFalse(result.failed(), () -> text(result.problems()));
        for (ImportResult.ImportedDocument d : result.documents()) {
            String name = Path.of(d.file()).getFileName().toString().replace(".replicate-model.json", "");
            assertEquals(
                    expected.get(name),
                    tree(root.resolve(d.documentPath())).get("task").asText(),
                    name);
        }

        String object = """
                {"owner": "acme", "name": "probe", "latest_version": {"id": "v1", "created_at": "2024-01-02T10:00:00Z",
                 "openapi_schema": {"openapi": "3.0.2", "components": {"schemas": {
                   "Input": {"type": "object", "properties": {"prompt": {"type": "string"}}},
                   "Output": {"type": "object", "properties": {"score": {"type": "number"}}}}}}}}
                """;
        ImportResult probe = run(ImportFixture.replicateModel(root, List.of(write(inputs, "probe.json", object))));
        assertTrue(probe.failed());
        Diagnostic d = probe.problems().get(0);
        assertEquals("import.option-needed", d.code());
        assertEquals("/latest_version/openapi_schema/components/schemas/Output", d.pointer());
        assertEquals(
                "the task of acme/probe cannot be inferred: its output is not a string, a file or a list of them",
                d.message());

        String video = """
                {"owner": "acme", "name": "t2v", "latest_version": {"id": "v1", "created_at": "2024-01-02T23:30:00-02:00",
                 "openapi_schema": {"openapi": "3.0.2", "components": {"schemas": {
                   "Input": {"type": "object", "properties": {"prompt": {"type": "string"}}},
                   "Output": {"type": "string", "format": "uri"}}}}},
                 "default_example": {"output": "https://replicate.delivery/x/out.mp4"}}
                """;
        ImportResult mp4 = run(ImportFixture.replicateModel(root, List.of(write(inputs, "t2v.json", video))));
        assertTrue(mp4.failed());
        assertTrue(
                mp4.problems()
                        .get(0)
                        .message()
                        .endsWith("its output is a file, and its example output "
                                + "https://replicate.delivery/x/out.mp4 is not an image"),
                mp4.problems().get(0).message());
        ImportResult given = run(new ImportOptions(
                ImportFormat.REPLICATE,
                List.of(inputs.resolve("t2v.json")),
                root,
                null,
                null,
                null,
                "text-to-video",
                null,
                null,
                false));
        assertFalse(given.failed(), () -> text(given.problems()));
        assertEquals(
                "replicate/acme/t2v/2024-01-03.json", given.documents().get(0).documentPath(), "the UTC day");
    }

    @Test
    void aBrokenModelObjectIsReportedWhereItIsWrong() {
        Path root = root();
        Map<String, String> cases = Map.of(
                "{\"owner\": \"acme\", \"name\": \"x\", \"latest_version\": null}",
                "import.member-invalid /latest_version latest_version is a null, not an object (the model has no "
                        + "version to import)",
                "{\"owner\": \"acme\", \"latest_version\": {\"id\": \"v\", \"created_at\": \"2024-01-02T00:00:00Z\","
                        + " \"openapi_schema\": {}}}",
                "import.member-missing  the Replicate model object has no name (the model's name)",
                "{\"owner\": \"acme\", \"name\": \"x\", \"latest_version\": {\"id\": \"v\", \"created_at\": \"yesterday\","
                        + " \"openapi_schema\": {}}}",
                "import.member-invalid /latest_version/created_at created_at \"yesterday\" is not a date and time "
                        + "with an offset (2024-04-10T14:54:34.535852+00:00)",
                "{\"owner\": \"acme\", \"name\": \"x\", \"latest_version\": {\"id\": \"v\", \"created_at\": "
                        + "\"2024-01-02T00:00:00Z\", \"openapi_schema\": {\"info\": {}}}}",
                "import.not-a-cog-schema /latest_version/openapi_schema not a Cog OpenAPI schema: it has no "
                        + "\"openapi\" version member");
        int n = 0;
        for (Entry<String, String> c : cases.entrySet()) {
            Path file = write(inputs, "broken" + n++ + ".json", c.getKey());
            ImportResult result = run(ImportFixture.replicateModel(root, List.of(file)));
            assertTrue(result.failed(), c.getKey());
            Diagnostic d = result.problems().get(0);
            assertEquals(c.getValue(), d.code() + " " + d.pointer() + " " + d.message(), d.toText());
        }
    }

    @Test
    void filesThatAreNotCogModelSchemasAreRefused() {
        Path root = root();
        Map<String, String> before = snapshot(root);
        Path template = cogData().resolve("_base_openapi_template.json");
        Path catalog = ImportFixture.cloudflareData().resolve("flux-1-schnell.json");
        Path swagger = write(inputs, "swagger.json", "{\"openapi\": \"2.0\", \"components\": {}}");
        for (Path file : List.of(template, catalog, swagger)) {
            ImportResult result = run(cog(root, "acme/x", file));
            assertTrue(result.failed(), file::toString);
            Diagnostic d = result.problems().get(0);
            if (file == template) {
                assertEquals(
                        List.of("import.member-missing", "import.member-missing"),
                        result.problems().stream().map(Diagnostic::code).toList());
                assertTrue(d.message().startsWith("the OpenAPI document has no components.schemas.Input"), d.toText());
                assertEquals("/components/schemas", d.pointer());
            } else if (file == catalog) {
                assertEquals("import.not-a-cog-schema", d.code());
                assertTrue(d.hint().contains("import cloudflare"), d.toText());
            } else {
                assertEquals("import.not-a-cog-schema", d.code());
                assertEquals("/openapi", d.pointer());
            }
        }
        assertEquals(before, snapshot(root));
    }

    @Test
    void transitiveReferencesAreCopiedAndDanglingOnesReported() {
        String document = """
                {"openapi": "3.0.2", "info": {"title": "Cog", "version": "0.1.0"}, "paths": {},
                 "components": {"schemas": {
                   "Input": {"type": "object", "title": "Input", "properties": {
                     "size": {"allOf": [{"$ref": "#/components/schemas/size"}], "default": "1024x1024", "x-order": 0},
                     "style": {"$ref": "#/components/schemas/Style", "x-order": 1},
                     "examples_only": {"type": "string", "default": "#/components/schemas/size",
                                       "enum": ["#/components/schemas/size"], "x-order": 2},
                     "ghost": {"$ref": "#/components/schemas/Ghost", "x-order": 3}
                   }},
                   "Output": {"type": "array", "items": {"$ref": "#/components/schemas/Image"}, "title": "Output"},
                   "Image": {"type": "string", "format": "uri"},
                   "Style": {"type": "object", "properties": {"preset": {"$ref": "#/components/schemas/Preset"}}},
                   "Preset": {"type": "string", "enum": ["photo", "anime"], "title": "Preset"},
                   "size": {"type": "string", "enum": ["512x512", "1024x1024"], "title": "size"},
                   "Unused": {"type": "integer"}
                 }}}
                """;
        Path root = root();
        Path file = write(inputs, "refs.json", document);
        ImportResult result = run(cog(root, "acme/refs", file));
        assertFalse(result.failed(), () -> text(result.problems()));
        JsonNode doc = tree(root.resolve("replicate/acme/refs/2026-01-26.json"));
        assertEquals(List.of("Style", "Preset", "size"), names(doc.at("/input/$defs")), "in the components' order");
        assertEquals(
                "#/$defs/Preset",
                doc.at("/input/$defs/Style/properties/preset/$ref").asText());
        assertEquals(
                "#/components/schemas/size",
                doc.at("/input/properties/examples_only/default").asText(),
                "only $ref is rewritten, never data that looks like one");
        assertEquals(
                "#/components/schemas/size",
                doc.at("/input/properties/examples_only/enum/0").asText());
        assertEquals(
                "#/components/schemas/Ghost",
                doc.at("/input/properties/ghost/$ref").asText(),
                "a reference to nothing is left as written");
        assertEquals(List.of("Image"), names(doc.at("/output/$defs")));
        assertEquals("#/$defs/Image", doc.at("/output/items/$ref").asText());
        // Imported, not fixed: the loader reports the dangling reference.
        assertEquals(
                List.of("ref.unresolved /input/properties/ghost/$ref"),
                result.findings().stream()
                        .filter(d -> d.code().startsWith("ref."))
                        .map(d -> d.code() + " " + d.pointer())
                        .toList(),
                text(result.findings()));
    }

    @Test
    void aSchemaWithItsOwnDefsIsNotEdited() {
        String document = """
                {"openapi": "3.0.2", "components": {"schemas": {
                   "Input": {"type": "object", "properties": {"s": {"$ref": "#/components/schemas/s"}},
                             "$defs": {"x": {"type": "string"}}},
                   "Output": {"type": "string"},
                   "s": {"type": "string", "enum": ["a"]}}}}
                """;
        Path root = root();
        ImportResult result = run(cog(root, "acme/defs", write(inputs, "defs.json", document)));
        assertEquals(
                List.of("import.defs-conflict"),
                result.problems().stream().map(Diagnostic::code).toList());
        assertTrue(result.documents().isEmpty());
    }

    @Test
    void oneModelFromTwoSchemasIsADuplicate() {
        Path root = root();
        Map<String, String> before = snapshot(root);
        Path a = cogData().resolve("floats.json");
        Path b = cogData().resolve("primitives.json");
        ImportOptions options = new ImportOptions(
                ImportFormat.REPLICATE,
                List.of(a, b),
                root,
                "2026-01-26",
                null,
                "acme/model",
                "text-to-image",
                null,
                null,
                false);
        ImportResult result = run(options);
        assertEquals(
                List.of("import.duplicate-model"),
                result.problems().stream().map(Diagnostic::code).toList());
        assertTrue(
                result.problems()
                        .get(0)
                        .message()
                        .endsWith(" would both become " + "replicate/acme/model/2026-01-26.json"),
                result.problems().get(0).message());
        assertEquals(before, snapshot(root));
    }

    @Test
    void importedTextIsStable() {
        Path one = ImportFixture.root(dir.resolve("one"), "replicate");
        Path two = ImportFixture.root(dir.resolve("two"), "replicate");
        Path file = cogData().resolve("enums.json");
        run(cog(one, "acme/enums", file));
        run(cog(two, "acme/enums", file));
        assertEquals(
                read(one.resolve("replicate/acme/enums/2026-01-26.json")),
                read(two.resolve("replicate/acme/enums/2026-01-26.json")));
    }

    /** The published form of an imported schema: $defs removed, #/$defs/ references back to #/components/schemas/. */
    private static JsonNode restored(JsonNode schema) {
        JsonNode copy = schema.deepCopy();
        if (copy instanceof ObjectNode o) {
            o.remove("$defs");
        }
        unrewrite(copy);
        return copy;
    }

    private static void unrewrite(JsonNode node) {
        if (node instanceof ObjectNode o) {
            for (Entry<String, JsonNode> e : List.copyOf(o.properties())) {
                if (e.getKey().equals("$ref") && e.getValue().asText().startsWith("#/$defs/")) {
                    o.set(
                            "$ref",
                            new TextNode("#/components/schemas/"
                                    + e.getValue().asText().substring(8)));
                } else {
                    unrewrite(e.getValue());
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(CogImportTest::unrewrite);
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<Violation> validate(ReferenceValidator validator, ModelDocument model, String instance) {
        try {
            return validator.validate(
                    model.effectiveInput().toJackson(),
                    model.dialect(),
                    model.file(),
                    ImportFixture.JSON.readTree(instance));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
