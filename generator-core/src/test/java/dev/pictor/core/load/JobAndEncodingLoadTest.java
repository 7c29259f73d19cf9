package dev.pictor.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.model.JobFlow;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.Operation;
import dev.pictor.core.model.ProviderDocument;
import dev.pictor.core.model.SchemaSet;
import dev.pictor.core.testing.TestRoot;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The members issue 16 added to the documents: a provider's {@code job} and {@code auth.hosts}, an operation's
 * {@code requestBody.encoding}, and the submit answers of a job provider, which have no response schema. Each mistake
 * is a located {@code document.invalid}; a valid description loads into {@link JobFlow}.
 */
class JobAndEncodingLoadTest {

    @TempDir
    Path dir;

    private final Diagnostics diagnostics = new Diagnostics();

    /** Black Forest Labs' flow as schemas/README.md writes it, with a cancel of our own to read every member. */
    private static final String BFL_JOB = """
            "job": {
                "id": "/id",
                "pollingUrl": "/polling_url",
                "poll": {"path": "/v1/get_result", "query": {"id": "{id}"}},
                "status": "/status",
                "running": ["Pending"],
                "succeeded": ["Ready"],
                "failed": ["Error", "Content Moderated", "Request Moderated", "Task not found"],
                "result": "/result",
                "error": "/details",
                "backoff": {"initialMillis": 500, "maxMillis": 4000, "factor": 1.5},
                "cancel": {"method": "DELETE", "path": "/v1/jobs/{id}"}
              }""";

    private static final String HOSTS = ",\n         \"hosts\": [\"api.acme.test\", \"*.acme.test\"]";

    private static String provider(String extra) {
        return """
                {"provider": "acme", "name": "Acme", "transport": "openapi",
                 "baseUrl": "https://api.acme.test",
                 "placeholders": {},
                 "auth": {"scheme": "api-key", "header": "x-key", "tokenEnv": "ACME_API_KEY"%s},
                 "vendorKeywords": [], "source": "test"%s}
                """.formatted(HOSTS, extra.isEmpty() ? "" : ",\n " + extra);
    }

    private static final String INPUT =
            "{\"type\": \"object\", \"properties\": {\"prompt\": {\"type\": \"string\"}}, \"required\": [\"prompt\"]}";

    private static final String RESULT =
            "{\"type\": \"object\", \"properties\": {\"sample\": {\"type\": \"string\", \"format\": \"uri\"}}}";

    /** The operation member of a JSON POST whose one response is {@code response}. */
    private static String operation(String requestBody, String response) {
        return "\"operation\": {\"file\": \"acme.json\", \"infoVersion\": \"1\", \"line\": 3, \"method\": \"POST\","
                + " \"path\": \"/v1/images\", \"requestBody\": " + requestBody + ", \"parameters\": [],"
                + " \"responses\": [" + response + "]}";
    }

    private static final String JSON_BODY = "{\"mediaType\": \"application/json\", \"required\": true}";

    private SchemaSet load() throws SchemaRootException {
        return DocumentLoader.load(dir, diagnostics);
    }

    private List<String> findings() {
        return diagnostics.sorted().stream().map(Diagnostic::toText).toList();
    }

    @Test
    void aValidJobProviderLoadsIntoAJobFlowAndItsSubmitAnswersHaveNoSchema() throws Exception {
        TestRoot.create(dir)
                .write("acme/provider.json", provider(BFL_JOB))
                .model(
                        "flux",
                        "text-to-image",
                        INPUT,
                        RESULT,
                        operation(JSON_BODY, "{\"status\": \"200\", \"mediaType\": \"application/json\"}"));
        SchemaSet set = load();
        assertEquals(List.of(), findings());
        ProviderDocument provider = set.provider("acme").orElseThrow();
        assertEquals(List.of("api.acme.test", "*.acme.test"), provider.credentialHosts());
        assertEquals(
                Optional.of(new JobFlow(
                        "/id",
                        Optional.of("/polling_url"),
                        Optional.of(new JobFlow.Poll("/v1/get_result", Map.of("id", "{id}"))),
                        "/status",
                        List.of("Pending"),
                        List.of("Ready"),
                        List.of("Error", "Content Moderated", "Request Moderated", "Task not found"),
                        List.of(),
                        "/result",
                        Optional.of("/details"),
                        Optional.of(new JobFlow.Backoff(500, 4000, 1.5)),
                        Optional.of(new JobFlow.Cancel("DELETE", "/v1/jobs/{id}")))),
                provider.job());
        ModelDocument model = set.models().get(0);
        assertEquals(
                Optional.empty(),
                model.operation().orElseThrow().responses().get(0).schema(),
                "the submit answer is the job; output is its result");
    }

    @Test
    void aProviderWithoutHostsOrJobSendsTheCredentialToItsBaseUrlOnly() throws Exception {
        TestRoot.create(dir).write("acme/provider.json", provider("").replace(HOSTS, ""));
        SchemaSet set = load();
        assertEquals(List.of(), findings());
        assertEquals(List.of(), set.provider("acme").orElseThrow().credentialHosts());
        assertEquals(Optional.empty(), set.provider("acme").orElseThrow().job());
    }

    @Test
    void aStatusValueInTwoStatesIsLocatedAtItsSecondMention() throws Exception {
        TestRoot.create(dir)
                .write(
                        "acme/provider.json",
                        provider(BFL_JOB.replace("\"Task not found\"]", "\"Task not found\", \"Pending\"]")));
        SchemaSet set = load();
        assertEquals(
                List.of("acme/provider.json:14:85: error: document.invalid: #/job/failed/4: status \"Pending\" is"
                        + " both running and failed (hint: name each status value under one state only)"),
                findings());
        assertEquals(Optional.empty(), set.provider("acme").orElseThrow().job(), "no flow is made of a contradiction");
    }

    @Test
    void aResponseSchemaInAJobProvidersDocumentIsLocated() throws Exception {
        TestRoot.create(dir)
                .write("acme/provider.json", provider(BFL_JOB))
                .model(
                        "flux",
                        "text-to-image",
                        INPUT,
                        RESULT,
                        operation(
                                JSON_BODY,
                                "{\"status\": \"200\", \"mediaType\": \"application/json\", \"schema\": \"/output\"}"));
        SchemaSet set = load();
        assertTrue(set.models().isEmpty());
        assertEquals(
                List.of("acme/flux/2025-01-01.json:12:14: error: document.invalid: #/operation: response 200"
                        + " application/json names a schema, but the provider runs jobs: its answer is the submitted"
                        + " job and output is the job's result (hint: remove the response's schema and describe the"
                        + " job's result as output)"),
                findings());
    }

    @Test
    void aMissingResponseSchemaOutsideAJobProviderIsLocated() throws Exception {
        TestRoot.create(dir)
                .write("acme/provider.json", provider(""))
                .model(
                        "flux",
                        "text-to-image",
                        INPUT,
                        RESULT,
                        operation(JSON_BODY, "{\"status\": \"200\", \"mediaType\": \"application/json\"}"));
        SchemaSet set = load();
        assertTrue(set.models().isEmpty());
        assertEquals(
                List.of("acme/flux/2025-01-01.json:12:14: error: document.invalid: #/operation: response 200"
                        + " application/json names no schema (hint: point it at /output, or at a branch of output's"
                        + " anyOf)"),
                findings());
    }

    @Test
    void anEncodingLoadsForAMultipartBody() throws Exception {
        TestRoot.create(dir)
                .write("acme/provider.json", provider(""))
                .model(
                        "sd",
                        "text-to-image",
                        "{\"type\": \"object\", \"properties\": {\"text_prompts\": {\"type\": \"array\", \"items\":"
                                + " {\"type\": \"object\"}}, \"init_image\": {\"type\": \"string\", \"format\":"
                                + " \"binary\"}}}",
                        "{\"type\": \"string\", \"format\": \"binary\"}",
                        operation(
                                "{\"mediaType\": \"multipart/form-data\", \"required\": true, \"encoding\":"
                                        + " {\"text_prompts\": {\"layout\": \"brackets\"}, \"init_image\":"
                                        + " {\"layout\": \"file\", \"contentType\": \"image/png\"}}}",
                                "{\"status\": \"200\", \"mediaType\": \"image/png\", \"schema\": \"/output\"}"));
        SchemaSet set = load();
        assertEquals(List.of(), findings());
        Operation.RequestBody body =
                set.models().get(0).operation().orElseThrow().requestBody().orElseThrow();
        assertEquals(
                Map.of(
                        "text_prompts",
                        new Operation.PartEncoding(Operation.Layout.BRACKETS, Optional.empty()),
                        "init_image",
                        new Operation.PartEncoding(Operation.Layout.FILE, Optional.of("image/png"))),
                body.encoding());
        assertEquals(
                List.of("text_prompts", "init_image"),
                List.copyOf(body.encoding().keySet()));
    }

    @Test
    void anEncodingOnAJsonBodyIsLocated() throws Exception {
        TestRoot.create(dir)
                .write("acme/provider.json", provider(""))
                .model(
                        "sd",
                        "text-to-image",
                        INPUT,
                        RESULT,
                        operation(
                                "{\"mediaType\": \"application/json\", \"required\": true, \"encoding\":"
                                        + " {\"prompt\": {\"layout\": \"text\"}}}",
                                "{\"status\": \"200\", \"mediaType\": \"application/json\", \"schema\": \"/output\"}"));
        SchemaSet set = load();
        assertTrue(set.models().isEmpty());
        assertEquals(
                List.of(
                        "acme/sd/2025-01-01.json:12:186: error: document.invalid: #/operation/requestBody/encoding: encoding lays out"
                                + " multipart parts, but the body is application/json (hint: remove encoding)"),
                findings());
    }

    @Test
    void anEncodingNamingANonMemberIsLocated() throws Exception {
        TestRoot.create(dir)
                .write("acme/provider.json", provider(""))
                .model(
                        "sd",
                        "text-to-image",
                        INPUT,
                        RESULT,
                        operation(
                                "{\"mediaType\": \"multipart/form-data\", \"required\": true, \"encoding\":"
                                        + " {\"promt\": {\"layout\": \"text\"}}}",
                                "{\"status\": \"200\", \"mediaType\": \"application/json\", \"schema\": \"/output\"}"));
        SchemaSet set = load();
        assertTrue(set.models().isEmpty());
        assertEquals(
                List.of(
                        "acme/sd/2025-01-01.json:12:189: error: document.invalid: #/operation/requestBody/encoding: encoding names"
                                + " \"promt\", which is not a property of the request body (hint: name a member of the body,"
                                + " or remove the entry)"),
                findings());
    }
}
