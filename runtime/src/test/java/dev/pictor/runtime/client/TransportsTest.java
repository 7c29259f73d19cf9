package dev.pictor.runtime.client;

import static dev.pictor.runtime.client.CancellationTest.prediction;
import static dev.pictor.runtime.client.ScriptedServer.bytes;
import static dev.pictor.runtime.client.ScriptedServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.runtime.Generation;
import dev.pictor.runtime.ImageResult;
import dev.pictor.runtime.client.TestModels.Base64Out;
import dev.pictor.runtime.client.TestModels.Caption;
import dev.pictor.runtime.client.TestModels.DataUrisOut;
import dev.pictor.runtime.client.TestModels.GatewayPrompt;
import dev.pictor.runtime.client.TestModels.PredictionPrompt;
import dev.pictor.runtime.client.TestModels.Prompt;
import dev.pictor.runtime.client.TestModels.UrlsOut;
import dev.pictor.runtime.client.TestModels.WorkerPrompt;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each transport's wire protocol, against a scripted loopback server. */
class TransportsTest {

    private static final String RUN = "/cf/accounts/acct-1/ai/run/@cf/test/painter";
    private static final String JSON_RUN = "/cf/accounts/acct-1/ai/run/@cf/test/json-painter";
    private static final byte[] PNG = TestModels.png(3, 2);
    private static final byte[] JPEG = TestModels.jpeg(3, 2);

    private ScriptedServer server;
    private PictorClient client;

    @BeforeEach
    void start() throws IOException {
        server = new ScriptedServer();
        client = TestModels.client(server)
                .adapter(TestModels.cfBinary())
                .adapter(TestModels.cfJson())
                .adapter(TestModels.runpod())
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private ModelHandle<Prompt, ImageResult> painter() {
        return client.model("@cf/test/painter");
    }

    // ---- Cloudflare

    @Test
    void cloudflareBinaryImageMustBeWhatItsContentTypeSays() {
        server.on("POST", RUN, bytes(200, "image/png", JPEG));
        MalformedResponseException e =
                assertThrows(MalformedResponseException.class, () -> painter().run(Prompt.of("x")));
        assertTrue(e.getMessage().contains("declared image/png but its bytes are JPEG"), e.getMessage());
    }

    @Test
    void cloudflareAJpegWhereThePngModelWantsAPngIsRefusedByTheAdapter() {
        server.on("POST", RUN, bytes(200, "image/jpeg", JPEG));
        MalformedResponseException e =
                assertThrows(MalformedResponseException.class, () -> painter().run(Prompt.of("x")));
        assertTrue(e.getMessage().contains("expected an image/png body"), e.getMessage());
    }

    @Test
    void cloudflareAnHtmlPageIsMalformedAndNotRetried() {
        server.on("POST", RUN, bytes(200, "text/html; charset=utf-8", "<html>proxy</html>".getBytes()));
        MalformedResponseException e =
                assertThrows(MalformedResponseException.class, () -> painter().run(Prompt.of("x")));
        assertTrue(e.getMessage().contains("content type text/html"), e.getMessage());
        assertEquals(1, server.requests().size());
    }

    @Test
    void cloudflareJsonComesOutOfItsEnvelope() {
        server.on(
                "POST",
                JSON_RUN,
                json(
                        200,
                        "{\"result\":{\"image\":\"" + TestModels.base64(PNG)
                                + "\"},\"success\":true,\"errors\":[],\"messages\":[]}"));
        Generation<Base64Out> g = client.run(new Caption("x"));
        assertEquals(TestModels.bytes(PNG), g.image().bytes());
    }

    @Test
    void cloudflareAnEnvelopeSayingFailureIsARejection() {
        server.on(
                "POST",
                JSON_RUN,
                json(
                        200,
                        "{\"result\":null,\"success\":false,\"errors\":[{\"code\":5006,"
                                + "\"message\":\"AiError: Bad input\"}],\"messages\":[]}"));
        ProviderRejectedException e = assertThrows(ProviderRejectedException.class, () -> client.run(new Caption("x")));
        assertEquals("5006: AiError: Bad input", e.providerMessage());
    }

    @Test
    void cloudflareBadJsonIsMalformed() {
        server.on("POST", JSON_RUN, json(200, "{\"result\": {\"image\": "));
        assertThrows(MalformedResponseException.class, () -> client.run(new Caption("x")));
    }

    // ---- Replicate

    @Test
    void replicateCreatesPollsAndDownloadsTheOutputFiles() throws IOException {
        String out = server.url("/files/p1/out-0.png");
        try (ScriptedServer other = new ScriptedServer()) {
            String foreign = other.url("/cdn/out-1.png");
            other.on("GET", "/cdn/out-1.png", bytes(200, "image/png", PNG));
            server.on("POST", "/replicate/v1/predictions", json(201, prediction("p1", "starting")))
                    .on(
                            "GET",
                            "/replicate/v1/predictions/p1",
                            json(200, prediction("p1", "processing")),
                            json(
                                    200,
                                    "{\"id\":\"p1\",\"status\":\"succeeded\",\"output\":[\"" + out + "\",\"" + foreign
                                            + "\"]}"))
                    .on("GET", "/files/p1/out-0.png", bytes(200, "image/png", PNG));
            try (PictorClient c = TestModels.client(server)
                    .adapter(TestModels.replicate("abc123"))
                    .build()) {
                Generation<UrlsOut> g = c.run(PredictionPrompt.of("a lighthouse"));
                assertEquals(2, g.images().size());
                assertEquals(1, g.attempts());
                assertEquals(5, g.requests(), "create, two polls, two downloads");
            }
            assertEquals(
                    "{\"version\":\"abc123\",\"input\":{\"prompt\":\"a lighthouse\"}}",
                    new String(server.requests().get(0).body()));
            assertTrue(server.requests().stream()
                    .filter(r -> !r.path().startsWith("/files/"))
                    .allMatch(r -> r.hasCredential(TestModels.TOKEN)));
            assertEquals(
                    null,
                    server.requests().get(3).authorization(),
                    "an output file is fetched without the credential, even on the provider's origin");
            assertFalse(other.requests().get(0).hasCredential(TestModels.TOKEN), "no credential to another origin");
            assertEquals(null, other.requests().get(0).authorization());
        }
    }

    @Test
    void replicateAnOwnerNameModelUsesTheModelsEndpointAndPreferWait() {
        server.on(
                "POST",
                "/replicate/v1/models/acme/painter/predictions",
                json(201, "{\"id\":\"p9\",\"status\":\"succeeded\",\"output\":[]}"));
        try (PictorClient c = TestModels.client(server)
                .adapter(TestModels.replicate("acme/painter"))
                .waitForResult(true)
                .build()) {
            assertEquals(List.of(), c.run(PredictionPrompt.of("x")).images());
        }
        assertEquals(
                "{\"input\":{\"prompt\":\"x\"}}",
                new String(server.requests().get(0).body()));
        assertTrue(
                server.requests().get(0).prefer().matches("wait=\\d+"),
                server.requests().get(0).prefer());
    }

    @Test
    void replicateAFailedPredictionCarriesItsError() {
        server.on(
                "POST",
                "/replicate/v1/predictions",
                json(201, "{\"id\":\"p3\",\"status\":\"failed\"," + "\"error\":\"CUDA out of memory\"}"));
        try (PictorClient c =
                TestModels.client(server).adapter(TestModels.replicate("abc")).build()) {
            JobFailedException e = assertThrows(JobFailedException.class, () -> c.run(PredictionPrompt.of("x")));
            assertEquals("p3", e.jobId());
            assertEquals("failed", e.jobStatus());
            assertEquals("CUDA out of memory", e.providerMessage());
        }
    }

    @Test
    void replicateAnUnknownStatusIsMalformedAndThePredictionCancelled() {
        server.on("POST", "/replicate/v1/predictions", json(201, prediction("p4", "starting")))
                .on("GET", "/replicate/v1/predictions/p4", json(200, prediction("p4", "exploded")))
                .on("POST", "/replicate/v1/predictions/p4/cancel", json(200, prediction("p4", "canceled")));
        try (PictorClient c =
                TestModels.client(server).adapter(TestModels.replicate("abc")).build()) {
            assertThrows(MalformedResponseException.class, () -> c.run(PredictionPrompt.of("x")));
        }
        assertEquals(1, server.count("POST", "/replicate/v1/predictions/p4/cancel"));
    }

    @Test
    void replicateAPredictionCanceledAtTheProviderEndsCancelled() {
        server.on("POST", "/replicate/v1/predictions", json(201, prediction("p5", "canceled")));
        try (PictorClient c =
                TestModels.client(server).adapter(TestModels.replicate("abc")).build()) {
            assertThrows(CallCancelledException.class, () -> c.run(PredictionPrompt.of("x")));
        }
    }

    // ---- RunPod

    @Test
    void runpodRunsThenPollsTheStatus() {
        String output = "{\"images\":[\"data:image/png;base64," + TestModels.base64(PNG) + "\"]}";
        server.on("POST", "/runpod/v2/ep-1/run", json(200, "{\"id\":\"j-1\",\"status\":\"IN_QUEUE\"}"))
                .on(
                        "GET",
                        "/runpod/v2/ep-1/status/j-1",
                        json(200, "{\"id\":\"j-1\",\"status\":\"IN_PROGRESS\"}"),
                        json(200, "{\"id\":\"j-1\",\"status\":\"COMPLETED\",\"output\":" + output + "}"));
        ModelHandle<WorkerPrompt, DataUrisOut> m = client.model("test/worker");
        Generation<DataUrisOut> g = m.run(WorkerPrompt.of("x"));
        assertEquals(TestModels.bytes(PNG), g.image().bytes());
        assertEquals(
                "{\"input\":{\"prompt\":\"x\"}}",
                new String(server.requests().get(0).body()));
        assertEquals(3, g.requests());
    }

    @Test
    void runpodRunsyncWhenAskedAndAFailedJobIsAJobFailure() {
        server.on(
                "POST",
                "/runpod/v2/ep-1/runsync",
                json(
                        200,
                        "{\"id\":\"j-2\",\"status\":\"FAILED\","
                                + "\"error\":\"Input validation failed: /width: 7 is not a multiple of 8\"}"));
        try (PictorClient c = TestModels.client(server)
                .adapter(TestModels.runpod())
                .waitForResult(true)
                .build()) {
            JobFailedException e = assertThrows(JobFailedException.class, () -> c.run(WorkerPrompt.of("x")));
            assertEquals("Input validation failed: /width: 7 is not a multiple of 8", e.providerMessage());
            assertEquals("FAILED", e.jobStatus());
        }
    }

    // ---- JSON gateway

    @Test
    void theGatewayPostsTheInputToTheModelPath() {
        server.on("POST", "/gw/img2img", json(200, "{\"image\":\"" + TestModels.base64(PNG) + "\"}"));
        try (PictorClient c =
                TestModels.client(server).adapter(TestModels.gateway()).build()) {
            assertEquals(
                    TestModels.bytes(PNG), c.run(GatewayPrompt.of("x")).image().bytes());
        }
        assertTrue(server.requests().get(0).hasCredential(TestModels.TOKEN));
    }

    @Test
    void theGatewaysErrorBodyBecomesTheMessage() {
        server.on(
                "POST",
                "/gw/img2img",
                json(
                        400,
                        "{\"error\":\"invalid input\",\"violations\":[{\"pointer\":"
                                + "\"/steps\",\"keyword\":\"maximum\",\"message\":\"too many\"}]}"));
        try (PictorClient c =
                TestModels.client(server).adapter(TestModels.gateway()).build()) {
            ProviderRejectedException e =
                    assertThrows(ProviderRejectedException.class, () -> c.run(GatewayPrompt.of("x")));
            assertEquals("invalid input", e.providerMessage());
        }
    }
}
