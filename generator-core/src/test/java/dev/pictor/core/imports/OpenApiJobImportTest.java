package dev.pictor.core.imports;

import static dev.pictor.core.imports.ImportFixture.errors;
import static dev.pictor.core.imports.ImportFixture.load;
import static dev.pictor.core.imports.ImportFixture.read;
import static dev.pictor.core.imports.ImportFixture.run;
import static dev.pictor.core.imports.ImportFixture.text;
import static dev.pictor.core.imports.ImportFixture.tree;
import static dev.pictor.core.imports.ImportFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.generate.GenerateOptions;
import dev.pictor.core.generate.GenerateResult;
import dev.pictor.core.generate.Generator;
import dev.pictor.core.imports.OpenApiDocuments.Api;
import dev.pictor.core.model.SchemaSet;
import dev.pictor.core.testing.CompilerHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing the operations of a provider whose provider document (written by hand before the import) describes a job:
 * each is written job-shaped (its submit answers without a schema, its output the job's result), and the provider
 * document, its job and credential hosts included, is kept byte for byte.
 */
class OpenApiJobImportTest {

    @TempDir
    Path dir;

    @TempDir
    Path inputs;

    /** BFL's provider document as a user completes it: what the import writes, and the job and hosts it cannot. */
    static final String BFL_PROVIDER = """
            {
              "provider": "bfl",
              "name": "BFL API",
              "transport": "openapi",
              "baseUrl": "https://api.bfl.ai",
              "placeholders": {},
              "auth": {
                "scheme": "api-key",
                "header": "x-key",
                "tokenEnv": "BFL_API_KEY",
                "hosts": ["api.bfl.ai", "*.bfl.ai"]
              },
              "job": {
                "id": "/id",
                "pollingUrl": "/polling_url",
                "poll": {"path": "/v1/get_result", "query": {"id": "{id}"}},
                "status": "/status",
                "running": ["Pending"],
                "succeeded": ["Ready"],
                "failed": ["Error", "Content Moderated", "Request Moderated", "Task not found"],
                "result": "/result",
                "error": "/details"
              },
              "vendorKeywords": [],
              "source": "test: pictor import openapi, then the job and hosts from BFL's documentation"
            }
            """;

    private static final String FLUX = "flux_pro_1_1_v1_flux_pro_1_1_post";

    private static ImportOptions bfl(Path root, boolean force) {
        Api api = OpenApiDocuments.BFL;
        return new ImportOptions(
                ImportFormat.OPENAPI,
                List.of(api.path()),
                root,
                "2026-12-01",
                null,
                "flux-pro-1.1",
                "text-to-image",
                null,
                null,
                force,
                new OpenApiSelection(api.provider(), List.of(FLUX), List.of(), false, null));
    }

    @Test
    void bflsSubmitAnswerHasNoSchemaAndItsOutputIsTheResultOfGetResultWithANote() throws Exception {
        Path root = OpenApiImportTest.folder(dir.resolve("schemas"));
        Path provider = write(root, "bfl/provider.json", BFL_PROVIDER);
        ImportResult result = run(bfl(root, false));
        assertFalse(result.failed(), () -> text(result.problems()));
        assertEquals(BFL_PROVIDER, read(provider), "the job and the credential hosts are kept");
        List<Diagnostic> notes = result.problems().stream()
                .filter(d -> d.code().equals("import.job-result-untyped"))
                .toList();
        assertEquals(1, notes.size(), () -> text(result.problems()));
        assertEquals(
                List.of(),
                result.problems().stream()
                        .filter(d -> d.code().equals("import.provider-kept"))
                        .toList(),
                "the user's hosts and job are no difference from the OpenAPI document");
        Diagnostic note = notes.get(0);
        assertEquals(
                "bfl.openapi.json",
                Path.of(note.location().file()).getFileName().toString());
        assertEquals(
                "POST /v1/flux-pro-1.1 runs as a job of the provider document: its output is the job's result, and"
                        + " its result is the schema at /result of the answer of GET /v1/get_result, which says"
                        + " nothing of its shape",
                note.message());
        assertTrue(note.hint().contains("\"path\": \"/output\""), note::toText);

        JsonNode doc = tree(root.resolve("bfl/flux-pro-1.1/2026-12-01.json"));
        assertEquals(
                tree("[{\"status\": \"200\", \"mediaType\": \"application/json\"}]"), doc.at("/operation/responses"));
        assertEquals(tree("{\"anyOf\": [{}, {\"type\": \"null\"}], \"title\": \"Result\"}"), doc.get("output"));
        assertTrue(
                doc.get("source")
                        .asText()
                        .contains("it runs as a job of the provider document, so its answer (200"
                                + " application/json) is the submitted job, and the output is the job's result: the schema at"
                                + " /result of the answer 200 application/json of GET /v1/get_result."),
                () -> doc.get("source").asText());

        Diagnostics diagnostics = new Diagnostics();
        SchemaSet set = load(root, diagnostics);
        assertEquals(List.of(), errors(diagnostics.sorted()), () -> text(diagnostics.sorted()));
        assertEquals(
                List.of("api.bfl.ai", "*.bfl.ai"),
                set.provider("bfl").orElseThrow().credentialHosts());
        assertEquals(
                Optional.empty(),
                set.models().get(0).operation().orElseThrow().responses().get(0).schema());

        ImportResult again = run(bfl(root, true));
        assertFalse(again.failed(), () -> text(again.problems()));
        assertEquals(BFL_PROVIDER, read(provider), "re-importing, even with --force, never drops them");
        assertEquals(1, again.count(ImportResult.Status.UNCHANGED));
    }

    @Test
    void aRefinementTypesTheResultAndTheModelGeneratesAndCompiles() throws Exception {
        Path root = OpenApiImportTest.folder(dir.resolve("schemas"));
        write(root, "bfl/provider.json", BFL_PROVIDER);
        assertFalse(run(bfl(root, false)).failed());
        Path model = root.resolve("bfl/flux-pro-1.1/2026-12-01.json");
        String text = read(model);
        Files.writeString(
                model,
                text.substring(0, text.lastIndexOf('}')).stripTrailing()
                        + ",\n  \"refinements\": [{\"path\": \"/output\", \"value\": {\"type\": \"object\","
                        + " \"properties\": {\"sample\": {\"type\": \"string\", \"format\": \"uri\"}},"
                        + " \"required\": [\"sample\"]}, \"why\": \"BFL's documentation: a Ready result holds the"
                        + " image's signed URL in sample.\"}]\n}\n");
        List<Diagnostic> lint = ImportFixture.lint(root);
        assertEquals(List.of(), errors(lint), () -> text(lint));
        Path out = dir.resolve("out");
        GenerateResult generated =
                Generator.standard().run(GenerateOptions.of(root, out.resolve("java"), out.resolve("resources")));
        assertFalse(generated.failed(), () -> text(generated.diagnostics()));
        ClassLoader loader = CompilerHarness.compileTree(out.resolve("java"));
        Class<?> response =
                Class.forName("dev.pictor.generated.bfl.flux_pro_1_1.v2026_12_01.FluxPro1_1Response", false, loader);
        assertTrue(response.isRecord());
        assertEquals(
                List.of("sample"),
                List.of(response.getRecordComponents()).stream()
                        .map(c -> c.getName())
                        .toList());
    }

    @Test
    void runwaysResultIsFoundInTheSucceededBranchOfItsTaskAnswer() {
        Path root = OpenApiImportTest.folder(dir.resolve("schemas"));
        write(
                root,
                "runway/provider.json",
                tasksProvider("\"poll\": {\"path\": \"/v1/tasks/{id}\"}", "/output")
                        .replace("\"acme\"", "\"runway\"")
                        .replace("ACME_API_KEY", "RUNWAY_API_KEY"));
        Api api = OpenApiDocuments.RUNWAY;
        ImportResult result =
                run(OpenApiImportTest.openapi(root, api, "2026-12-01", null, null, List.of("POST /v1/text_to_image")));
        assertFalse(result.failed(), () -> text(result.problems()));
        assertTrue(
                result.problems().stream().noneMatch(d -> d.code().equals("import.job-result-untyped")),
                () -> text(result.problems()));
        JsonNode doc = tree(root.resolve("runway/post-v1-text-to-image/2026-12-01.json"));
        assertEquals("array", doc.at("/output/type").asText(), "the oneOf branch of a succeeded task holds output");
        assertEquals("uri", doc.at("/output/items/format").asText(), doc.get("output")::toString);
        assertTrue(doc.at("/operation/responses/0/schema").isMissingNode());
    }

    /** A small job provider's document: submit answers a task id, GET /tasks/{task_id} answers the task. */
    static final String TASKS = """
            {"openapi": "3.1.0", "info": {"title": "Acme Tasks", "version": "1.0"},
             "servers": [{"url": "https://api.acme.test"}],
             "components": {"schemas": {
               "Submitted": {"type": "object", "properties": {"id": {"type": "string"}}},
               "Artifact": {"type": "string", "format": "uri"},
               "Task": {"type": "object", "allOf": [
                 {"properties": {"id": {"type": "string"}, "status": {"type": "string"}}},
                 {"properties": {"output": {"type": "array", "items": {"$ref": "#/components/schemas/Artifact"}}}}]}}},
             "paths": {
               "/v1/text_to_image": {"post": {
                 "requestBody": {"required": true, "content": {"application/json": {"schema": {
                   "type": "object", "properties": {"promptText": {"type": "string"}}}}}},
                 "responses": {"200": {"description": "the task", "content": {"application/json": {
                   "schema": {"$ref": "#/components/schemas/Submitted"}}}}}}},
               "/v1/tasks/{task_id}": {"get": {
                 "parameters": [{"name": "task_id", "in": "path", "required": true, "schema": {"type": "string"}}],
                 "responses": {"200": {"description": "the task", "content": {"application/json": {
                   "schema": {"$ref": "#/components/schemas/Task"}}}}}}}}}
            """;

    private static String tasksProvider(String poll, String result) {
        return """
                {"provider": "acme", "name": "Acme Tasks", "transport": "openapi", "baseUrl": "https://api.acme.test",
                 "placeholders": {}, "auth": {"scheme": "bearer", "tokenEnv": "ACME_API_KEY"},
                 "job": {"id": "/id", %s, "status": "/status", "running": ["RUNNING"],
                         "succeeded": ["SUCCEEDED"], "failed": ["FAILED"], "result": "%s"},
                 "vendorKeywords": [], "source": "test"}
                """.formatted(poll, result);
    }

    private ImportResult tasks(Path root) {
        Path file = write(inputs, "acme.json", TASKS);
        return run(new ImportOptions(
                ImportFormat.OPENAPI,
                List.of(file),
                root,
                "2026-12-01",
                null,
                null,
                null,
                null,
                null,
                true,
                new OpenApiSelection("acme", List.of("POST /v1/text_to_image"), List.of(), false, null)));
    }

    @Test
    void aTypedResultIsCopiedWithItsComponentsAndTheSubmitAnswersAreNot() {
        Path root = OpenApiImportTest.folder(dir.resolve("schemas"));
        write(root, "acme/provider.json", tasksProvider("\"poll\": {\"path\": \"/v1/tasks/{id}\"}", "/output"));
        ImportResult result = tasks(root);
        assertFalse(result.failed(), () -> text(result.problems()));
        assertTrue(
                result.problems().stream().noneMatch(d -> d.code().equals("import.job-result-untyped")),
                () -> text(result.problems()));
        JsonNode doc = tree(root.resolve("acme/post-v1-text-to-image/2026-12-01.json"));
        assertEquals(
                tree("{\"type\": \"array\", \"items\": {\"$ref\": \"#/$defs/Artifact\"}, \"$defs\": {\"Artifact\":"
                        + " {\"type\": \"string\", \"format\": \"uri\"}}}"),
                doc.get("output"),
                "the path's parameter is named otherwise; Submitted is not copied");
        Diagnostics diagnostics = new Diagnostics();
        load(root, diagnostics);
        assertEquals(List.of(), errors(diagnostics.sorted()), () -> text(diagnostics.sorted()));
    }

    @Test
    void aResultTheDocumentDoesNotDescribeIsAnEmptySchemaWithANote() {
        Path root = OpenApiImportTest.folder(dir.resolve("schemas"));
        List<String[]> cases = List.of(
                new String[] {
                    "\"pollingUrl\": \"/url\"",
                    "/output",
                    "the job is polled at the URL its submit answer gives, which this document does not describe, so"
                            + " nothing says what its result (/output) is"
                },
                new String[] {
                    "\"poll\": {\"path\": \"/v1/jobs/{id}\"}",
                    "/output",
                    "the job is polled at /v1/jobs/{id}, which is no GET operation of this document, so nothing says"
                            + " what its result (/output) is"
                },
                new String[] {
                    "\"poll\": {\"path\": \"/v1/tasks/{id}\"}",
                    "/artifacts/0",
                    "the schema of GET /v1/tasks/{task_id}'s answer 200 application/json has nothing at"
                            + " /artifacts/0, so nothing says what the job's result is"
                });
        for (String[] c : cases) {
            write(root, "acme/provider.json", tasksProvider(c[0], c[1]));
            ImportResult result = tasks(root);
            assertFalse(result.failed(), () -> text(result.problems()));
            List<String> notes = result.problems().stream()
                    .filter(d -> d.code().equals("import.job-result-untyped"))
                    .map(Diagnostic::message)
                    .toList();
            assertEquals(
                    List.of("POST /v1/text_to_image runs as a job of the provider document: its output is the job's"
                            + " result, and " + c[2]),
                    notes);
            JsonNode doc = tree(root.resolve("acme/post-v1-text-to-image/2026-12-01.json"));
            assertEquals(tree("{}"), doc.get("output"), c[0]);
            Diagnostics diagnostics = new Diagnostics();
            load(root, diagnostics);
            assertEquals(List.of(), errors(diagnostics.sorted()), () -> text(diagnostics.sorted()));
        }
    }
}
