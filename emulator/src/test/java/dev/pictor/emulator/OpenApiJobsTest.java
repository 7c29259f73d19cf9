package dev.pictor.emulator;

import static dev.pictor.emulator.OpenApiFixture.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Jobs served from a provider document's {@code job} description: BFL's submit answer with a polling URL,
 * {@code Pending} then {@code Ready} with the result; Runway's poll by id and {@code DELETE} cancellation; each
 * terminal state, a job that never ends, polls answered 429, the polling URL's host, and the headers each request
 * carried.
 */
class OpenApiJobsTest {

    private static final Duration STEP = Duration.ofSeconds(2);
    private static final String BFL_BODY = "{\"prompt\": \"a fox\", \"width\": 512, \"height\": 384, \"seed\": 5}";
    private static final String RUNWAY_BODY =
            "{\"promptText\": \"a fox\", \"ratio\": \"1024:1024\", \"model\": \"gen4_image\"}";

    private static final String SECRET = "bfl-secret-4f1c9a";

    private final ManualClock clock = new ManualClock();
    private ProviderEmulator emulator;

    @BeforeEach
    void start() {
        emulator = ProviderEmulator.builder()
                .schemas(OpenApiFixture.root())
                .clock(clock)
                .jobStep(STEP)
                .start();
    }

    @AfterEach
    void stop() {
        assertTrue(
                emulator.internalError().isEmpty(),
                () -> emulator.internalError().get().toString());
        emulator.close();
    }

    private JsonNode submitBfl() {
        HttpResponse<byte[]> r = Http.post(emulator.baseUrl("bfl") + "/v1/flux-pro-1.1", BFL_BODY, "x-key", SECRET);
        assertEquals(200, r.statusCode(), () -> body(r));
        return Http.json(r);
    }

    private JsonNode poll(String url, String... headers) {
        HttpResponse<byte[]> r = Http.get(url, headers);
        assertEquals(200, r.statusCode(), () -> body(r));
        return Http.json(r);
    }

    @Test
    void bflJobGoesPendingThenReadyWithAnImageUrlNeedingNoCredential() {
        JsonNode submitted = submitBfl();
        String id = submitted.get("id").asText();
        String pollingUrl = submitted.get("polling_url").asText();
        assertEquals(emulator.baseUrl("bfl") + "/v1/get_result?id=" + id, pollingUrl, "the description's poll");

        assertEquals("Pending", poll(pollingUrl, "x-key", "k").get("status").asText());
        clock.advance(STEP);
        assertEquals("Pending", poll(pollingUrl, "x-key", "k").get("status").asText());
        clock.advance(STEP);
        JsonNode ready = poll(pollingUrl, "x-key", "k");
        assertEquals("Ready", ready.get("status").asText());
        assertEquals(id, ready.get("id").asText());
        String sample = ready.get("result").get("sample").asText();
        assertEquals(5, ready.get("result").get("seed").asInt());

        HttpResponse<byte[]> image = Http.get(sample);
        assertEquals(200, image.statusCode(), () -> body(image));
        assertEquals("image/jpeg", Http.contentType(image), "output_format's default, jpeg");
        Http.assertImage(image.body(), "image/jpeg", 512, 384);

        assertEquals(401, Http.get(pollingUrl).statusCode(), "a poll on the base URL's host needs the credential");
        assertEquals(
                400,
                Http.post(emulator.baseUrl("bfl") + "/v1/flux-pro-1.1", "{\"width\": 7}", "x-key", "k")
                        .statusCode());
    }

    @Test
    void eachTerminalStateIsScripted() {
        emulator.scriptJobs(
                JobScript.fails(),
                JobScript.fails().withStatus("Content Moderated"),
                JobScript.fails().withStatus("Task not found").forProvider("bfl"));
        for (String expected : List.of("Error", "Content Moderated", "Task not found")) {
            String url = submitBfl().get("polling_url").asText();
            clock.advance(STEP.multipliedBy(2));
            JsonNode failed = poll(url, "x-key", "k");
            assertEquals(expected, failed.get("status").asText());
            assertTrue(failed.get("details").asText().contains(expected), failed.toString());
            assertFalse(failed.has("result"));
        }
        emulator.scriptJobs(JobScript.cancelled().forProvider("runway"));
        String id = submitRunway();
        clock.advance(STEP.multipliedBy(2));
        assertEquals("CANCELLED", pollRunway(id).get("status").asText());
    }

    @Test
    void aJobFailedFaultEndsTheNextJobFailed() {
        emulator.inject(Fault.jobFailed().forProvider("bfl"));
        String url = submitBfl().get("polling_url").asText();
        clock.advance(STEP.multipliedBy(2));
        assertEquals("Error", poll(url, "x-key", "k").get("status").asText());
    }

    @Test
    void aJobScriptedNeverToEndStaysRunning() {
        emulator.scriptJobs(JobScript.neverEnds());
        String url = submitBfl().get("polling_url").asText();
        for (int i = 0; i < 5; i++) {
            assertEquals("Pending", poll(url, "x-key", "k").get("status").asText());
            clock.advance(Duration.ofHours(1));
        }
    }

    @Test
    void pollsAnswer429WithRetryAfterThenGoOn() {
        emulator.scriptJobs(JobScript.succeeds().rateLimitedPolls(2, Duration.ofSeconds(3)));
        String url = submitBfl().get("polling_url").asText();
        clock.advance(STEP.multipliedBy(2));
        for (int i = 0; i < 2; i++) {
            HttpResponse<byte[]> limited = Http.get(url, "x-key", "k");
            assertEquals(429, limited.statusCode());
            assertEquals("3", limited.headers().firstValue("Retry-After").orElse(""));
        }
        assertEquals("Ready", poll(url, "x-key", "k").get("status").asText());
    }

    private String submitRunway() {
        HttpResponse<byte[]> r = Http.post(
                emulator.baseUrl("runway") + "/v1/text_to_image",
                RUNWAY_BODY,
                "Authorization",
                "Bearer k",
                "X-Runway-Version",
                "2024-11-06");
        assertEquals(200, r.statusCode(), () -> body(r));
        JsonNode answer = Http.json(r);
        assertFalse(answer.has("polling_url"), "no pollingUrl in this description");
        return answer.get("id").asText();
    }

    private JsonNode pollRunway(String id) {
        return poll(emulator.baseUrl("runway") + "/v1/tasks/" + id, "Authorization", "Bearer k");
    }

    @Test
    void runwayIsPolledByIdThenCancelled() {
        String done = submitRunway();
        assertEquals("PENDING", pollRunway(done).get("status").asText());
        clock.advance(STEP);
        assertEquals("RUNNING", pollRunway(done).get("status").asText(), "the last running value");
        clock.advance(STEP);
        JsonNode succeeded = pollRunway(done);
        assertEquals("SUCCEEDED", succeeded.get("status").asText());
        String url = succeeded.get("output").get(0).asText();
        Http.assertImage(Http.get(url).body(), "image/png", 512, 512);

        String cancelled = submitRunway();
        HttpResponse<byte[]> cancel = OpenApiFixture.delete(
                emulator.baseUrl("runway") + "/v1/tasks/" + cancelled, "Authorization", "Bearer k");
        assertEquals(204, cancel.statusCode());
        clock.advance(STEP.multipliedBy(3));
        assertEquals("CANCELLED", pollRunway(cancelled).get("status").asText());

        HttpResponse<byte[]> noVersion =
                Http.post(emulator.baseUrl("runway") + "/v1/text_to_image", RUNWAY_BODY, "Authorization", "Bearer k");
        assertEquals(400, noVersion.statusCode(), "the required header parameter");
        assertTrue(body(noVersion).contains("X-Runway-Version"), () -> body(noVersion));
        assertEquals(
                404,
                Http.get(emulator.baseUrl("runway") + "/v1/tasks/nope", "Authorization", "Bearer k")
                        .statusCode());
    }

    @Test
    void aPollingUrlOnAnotherHostIsAnsweredWithoutCredentialAndTheHeadersAreRecorded() {
        emulator.pollingHost("localhost");
        emulator.fileHost("localhost");
        JsonNode submitted = submitBfl();
        String pollingUrl = submitted.get("polling_url").asText();
        assertEquals("localhost", URI.create(pollingUrl).getHost());
        assertEquals(emulator.port(), URI.create(pollingUrl).getPort());
        clock.advance(STEP.multipliedBy(2));
        JsonNode ready = poll(pollingUrl); // no x-key: the polling host is not a credential host
        assertEquals(
                "localhost",
                URI.create(ready.get("result").get("sample").asText()).getHost());

        List<RecordedRequest> records = emulator.requests();
        RecordedRequest submit = records.get(0);
        assertEquals("127.0.0.1", submit.host());
        assertEquals(RecordedRequest.REDACTED, submit.header("X-Key").orElseThrow());
        assertTrue(submit.carriedCredential());
        RecordedRequest polled = records.get(1);
        assertEquals("localhost", polled.host());
        assertEquals("/bfl/v1/get_result", polled.path());
        assertEquals("id=" + submitted.get("id").asText(), polled.query());
        assertFalse(polled.carriedCredential(), polled.headers().toString());
        assertFalse(polled.credentialSent());
        assertTrue(polled.header("user-agent").isPresent(), "every header is recorded");

        String control =
                Http.get(emulator.origin() + "/_emulator/records?provider=bfl").body().length > 0
                        ? new String(
                                Http.get(emulator.origin() + "/_emulator/records?provider=bfl")
                                        .body(),
                                StandardCharsets.UTF_8)
                        : "";
        JsonNode listed = Http.json(Http.get(emulator.origin() + "/_emulator/records?provider=bfl"));
        assertEquals(2, listed.get("records").size(), control);
        assertEquals(
                "(redacted)",
                listed.get("records").get(0).get("headers").get("x-key").asText());
        assertEquals("localhost", listed.get("records").get(1).get("host").asText());
        assertFalse(listed.get("records").get(1).get("carriedCredential").asBoolean());
        assertFalse(control.contains(SECRET), "the credential's value is never shown");
        assertFalse(submit.toString().contains(SECRET));
    }

    @Test
    void theControlEndpointScriptsJobsAndSetsHosts() {
        HttpResponse<byte[]> scripted = Http.post(
                emulator.origin() + "/_emulator/jobs",
                "{\"outcome\": \"failed\", \"status\": \"Request Moderated\", \"provider\": \"bfl\","
                        + " \"rateLimitedPolls\": 1, \"retryAfterSeconds\": 2}");
        assertEquals(200, scripted.statusCode(), () -> body(scripted));
        assertEquals(1, Http.json(scripted).get("pending").size());
        HttpResponse<byte[]> hosts = Http.post(emulator.origin() + "/_emulator/hosts", "{\"polling\": \"localhost\"}");
        assertEquals("localhost", Http.json(hosts).get("polling").asText());
        assertEquals("127.0.0.1", Http.json(hosts).get("files").asText());

        String url = submitBfl().get("polling_url").asText();
        assertTrue(url.startsWith("http://localhost:"), url);
        clock.advance(STEP.multipliedBy(2));
        HttpResponse<byte[]> limited = Http.get(url);
        assertEquals(429, limited.statusCode());
        assertEquals("2", limited.headers().firstValue("Retry-After").orElse(""));
        assertEquals("Request Moderated", poll(url).get("status").asText());

        assertEquals(
                400,
                Http.post(emulator.origin() + "/_emulator/jobs", "{\"outcome\": \"later\"}")
                        .statusCode());
        assertEquals(
                400,
                Http.post(emulator.origin() + "/_emulator/hosts", "{\"polling\": \"a b\"}")
                        .statusCode());
        Http.post(emulator.origin() + "/_emulator/reset", "{}");
        assertEquals("127.0.0.1", emulator.pollingHost());
    }
}
