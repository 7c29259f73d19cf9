package dev.pictor.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pictor.core.model.ModelDocument;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Replicate's prediction states and RunPod's job states, advanced by a clock the test moves. */
class JobStatesTest {

    private static final Duration STEP = Duration.ofSeconds(2);

    private final ManualClock clock = new ManualClock();
    private ProviderEmulator emulator;

    @BeforeEach
    void start() {
        emulator = ProviderEmulator.builder()
                .schemas(Http.schemas())
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

    private ObjectNode replicateRequest() {
        ModelDocument model = SeedModels.model("stability-ai/stable-diffusion");
        ObjectNode request = Http.JSON.createObjectNode();
        request.put("version", model.providerVersion().orElseThrow());
        request.set("input", SeedModels.validRequest(model));
        return request;
    }

    private ObjectNode runpodRequest() {
        ObjectNode request = Http.JSON.createObjectNode();
        request.set("input", SeedModels.validRequest(SeedModels.model("runpod-workers/worker-sdxl")));
        return request;
    }

    @Test
    void replicatePredictionGoesStartingProcessingSucceeded() {
        HttpResponse<byte[]> created =
                Http.postWithToken(emulator.baseUrl("replicate") + "/predictions", replicateRequest());
        assertEquals(201, created.statusCode());
        JsonNode prediction = Http.json(created);
        assertEquals("starting", prediction.get("status").asText());
        assertTrue(prediction.get("output").isNull());
        assertTrue(prediction.get("error").isNull());
        assertEquals("2025-11-20T12:00:00Z", prediction.get("created_at").asText());
        assertFalse(prediction.has("completed_at"));
        String get = prediction.get("urls").get("get").asText();
        assertEquals(
                emulator.baseUrl("replicate") + "/predictions/"
                        + prediction.get("id").asText(),
                get);
        assertEquals(get + "/cancel", prediction.get("urls").get("cancel").asText());

        assertEquals("starting", status(Http.getWithToken(get)));
        clock.advance(STEP);
        JsonNode processing = Http.json(Http.getWithToken(get));
        assertEquals("processing", processing.get("status").asText());
        assertEquals("2025-11-20T12:00:02Z", processing.get("started_at").asText());
        assertTrue(processing.get("output").isNull());

        clock.advance(STEP);
        JsonNode succeeded = Http.json(Http.getWithToken(get));
        assertEquals("succeeded", succeeded.get("status").asText());
        assertEquals("2025-11-20T12:00:04Z", succeeded.get("completed_at").asText());
        assertEquals(2.0, succeeded.get("metrics").get("predict_time").asDouble());
        assertEquals(2, succeeded.get("output").size());
        for (JsonNode url : succeeded.get("output")) {
            HttpResponse<byte[]> file = Http.get(url.asText());
            assertEquals(200, file.statusCode());
            Http.assertImage(file.body(), "image/png", SeedModels.WIDTH, SeedModels.HEIGHT);
        }
        clock.advance(STEP.multipliedBy(10));
        assertEquals("succeeded", status(Http.getWithToken(get)), "a finished prediction stays finished");
    }

    @Test
    void replicateOutputFilesAreNotServedBeforeSuccess() {
        JsonNode prediction =
                Http.json(Http.postWithToken(emulator.baseUrl("replicate") + "/predictions", replicateRequest()));
        String id = prediction.get("id").asText();
        String file = emulator.origin() + "/replicate/files/" + id + "/out-0.png";
        assertEquals(404, Http.get(file).statusCode());
        clock.advance(STEP.multipliedBy(2));
        assertEquals(200, Http.get(file).statusCode());
    }

    @Test
    void replicatePreferWaitAnswersWithTheFinishedPrediction() {
        HttpResponse<byte[]> r = Http.postWithToken(
                emulator.baseUrl("replicate") + "/predictions", replicateRequest(), "Prefer", "wait=5");
        assertEquals(201, r.statusCode());
        assertEquals("succeeded", Http.json(r).get("status").asText());
    }

    @Test
    void replicateModelsEndpointAndVersionForms() {
        ObjectNode request = replicateRequest();
        String hash = request.get("version").asText();
        request.put("version", "stability-ai/stable-diffusion:" + hash);
        assertEquals(
                201,
                Http.postWithToken(emulator.baseUrl("replicate") + "/predictions", request)
                        .statusCode());
        request.remove("version");
        HttpResponse<byte[]> byModel = Http.postWithToken(
                emulator.baseUrl("replicate") + "/models/stability-ai/stable-diffusion/predictions", request);
        assertEquals(201, byModel.statusCode());
        assertEquals(hash, Http.json(byModel).get("version").asText());
        request.put("version", "0".repeat(64));
        HttpResponse<byte[]> unknown = Http.postWithToken(emulator.baseUrl("replicate") + "/predictions", request);
        assertEquals(422, unknown.statusCode());
        assertEquals(
                "Invalid version or not permitted",
                Http.json(unknown).get("title").asText());
    }

    @Test
    void replicateRefusesAnEnvelopeWithoutInputOrWithUnknownMembers() {
        ObjectNode request = replicateRequest();
        request.remove("input");
        request.put("extra", true);
        HttpResponse<byte[]> r = Http.postWithToken(emulator.baseUrl("replicate") + "/predictions", request);
        assertEquals(422, r.statusCode());
        JsonNode fields = Http.json(r).get("invalid_fields");
        assertTrue(fields.findValuesAsText("field").contains("input"), fields::toString);
        assertTrue(fields.findValuesAsText("field").contains("extra"), fields::toString);
    }

    @Test
    void replicateCancelStopsARunningPrediction() {
        JsonNode prediction =
                Http.json(Http.postWithToken(emulator.baseUrl("replicate") + "/predictions", replicateRequest()));
        clock.advance(STEP);
        HttpResponse<byte[]> cancelled =
                Http.postWithToken(prediction.get("urls").get("cancel").asText(), "");
        assertEquals(200, cancelled.statusCode());
        assertEquals("canceled", status(cancelled));
        clock.advance(STEP.multipliedBy(5));
        JsonNode later =
                Http.json(Http.getWithToken(prediction.get("urls").get("get").asText()));
        assertEquals("canceled", later.get("status").asText());
        assertTrue(later.get("output").isNull());
    }

    @Test
    void replicateJobFailureFaultEndsFailed() {
        emulator.inject(Fault.jobFailed().forProvider("replicate"));
        JsonNode prediction =
                Http.json(Http.postWithToken(emulator.baseUrl("replicate") + "/predictions", replicateRequest()));
        clock.advance(STEP.multipliedBy(2));
        JsonNode failed =
                Http.json(Http.getWithToken(prediction.get("urls").get("get").asText()));
        assertEquals("failed", failed.get("status").asText());
        assertTrue(failed.get("error").asText().contains("emulated"));
        assertTrue(failed.get("output").isNull());
        assertTrue(emulator.pendingFaults().isEmpty());
    }

    @Test
    void unknownPredictionIsNotFound() {
        HttpResponse<byte[]> r = Http.getWithToken(emulator.baseUrl("replicate") + "/predictions/nope");
        assertEquals(404, r.statusCode());
        assertEquals("application/problem+json", Http.contentType(r));
    }

    @Test
    void runpodJobGoesInQueueInProgressCompleted() {
        String base = emulator.baseUrl("runpod");
        HttpResponse<byte[]> run = Http.postWithToken(base + "/run", runpodRequest());
        assertEquals(200, run.statusCode());
        JsonNode queued = Http.json(run);
        assertEquals("IN_QUEUE", queued.get("status").asText());
        String id = queued.get("id").asText();
        assertEquals("00000000-0000-4000-8000-000000000001-e1", id, "ids come from a counter");

        assertEquals("IN_QUEUE", status(Http.getWithToken(base + "/status/" + id)));
        clock.advance(STEP);
        JsonNode running = Http.json(Http.getWithToken(base + "/status/" + id));
        assertEquals("IN_PROGRESS", running.get("status").asText());
        assertEquals(2000, running.get("delayTime").asLong());
        assertFalse(running.has("output"));
        clock.advance(STEP);
        JsonNode completed = Http.json(Http.postWithToken(base + "/status/" + id, ""));
        assertEquals("COMPLETED", completed.get("status").asText());
        assertEquals(2000, completed.get("executionTime").asLong());
        assertEquals(RunPodApi.WORKER_ID, completed.get("workerId").asText());
        JsonNode output = completed.get("output");
        assertEquals(2, output.get("images").size());
        assertEquals(42, output.get("seed").asInt(), "the README request's seed");
        for (JsonNode image : output.get("images")) {
            Http.assertImage(ProviderCalls.dataUri(image.asText()), "image/png", SeedModels.WIDTH, SeedModels.HEIGHT);
        }
    }

    @Test
    void runpodRunsyncAnswersCompleted() {
        HttpResponse<byte[]> r = Http.postWithToken(emulator.baseUrl("runpod") + "/runsync", runpodRequest());
        assertEquals(200, r.statusCode());
        JsonNode job = Http.json(r);
        assertEquals("COMPLETED", job.get("status").asText());
        assertTrue(job.get("output").get("image_url").asText().startsWith("data:image/png;base64,"));
    }

    @Test
    void runpodInvalidInputIsQueuedThenFails() {
        ObjectNode request = runpodRequest();
        ((ObjectNode) request.get("input")).put("num_images", 3);
        String base = emulator.baseUrl("runpod");
        JsonNode queued = Http.json(Http.postWithToken(base + "/run", request));
        assertEquals("IN_QUEUE", queued.get("status").asText());
        clock.advance(STEP.multipliedBy(2));
        JsonNode failed =
                Http.json(Http.getWithToken(base + "/status/" + queued.get("id").asText()));
        assertEquals("FAILED", failed.get("status").asText());
        assertTrue(failed.get("error").asText().contains("/num_images"), failed::toString);
    }

    @Test
    void runpodEnvelopeWithoutInputIsRefusedAtOnce() {
        HttpResponse<byte[]> r = Http.postWithToken(emulator.baseUrl("runpod") + "/run", "{\"prompt\": \"x\"}");
        assertEquals(400, r.statusCode());
        assertTrue(Http.json(r).get("error").isTextual());
    }

    @Test
    void runpodCancelAndUnknownJob() {
        String base = emulator.baseUrl("runpod");
        String id = Http.json(Http.postWithToken(base + "/run", runpodRequest()))
                .get("id")
                .asText();
        assertEquals("CANCELLED", status(Http.postWithToken(base + "/cancel/" + id, "")));
        clock.advance(STEP.multipliedBy(3));
        assertEquals("CANCELLED", status(Http.getWithToken(base + "/status/" + id)));
        HttpResponse<byte[]> unknown = Http.getWithToken(base + "/status/nope");
        assertEquals(404, unknown.statusCode());
        assertTrue(Http.json(unknown).get("error").isTextual());
    }

    @Test
    void runpodJobFailureFault() {
        emulator.inject(Fault.jobFailed());
        JsonNode job = Http.json(Http.postWithToken(emulator.baseUrl("runpod") + "/runsync", runpodRequest()));
        assertEquals("FAILED", job.get("status").asText());
        assertTrue(job.get("error").asText().contains("emulated"));
    }

    @Test
    void zeroStepFinishesAJobWhenItIsFirstRead() {
        try (ProviderEmulator fast = ProviderEmulator.builder()
                .schemas(Http.schemas())
                .jobStep(Duration.ZERO)
                .start()) {
            JsonNode created =
                    Http.json(Http.postWithToken(fast.baseUrl("replicate") + "/predictions", replicateRequest()));
            assertEquals("starting", created.get("status").asText());
            assertEquals(
                    "succeeded",
                    status(Http.getWithToken(created.get("urls").get("get").asText())));
        }
    }

    @Test
    void realClockAdvancesJobsByItself() throws InterruptedException {
        try (ProviderEmulator live = ProviderEmulator.builder()
                .schemas(Http.schemas())
                .jobStep(Duration.ofMillis(20))
                .start()) {
            String base = live.baseUrl("runpod");
            String id = Http.json(Http.postWithToken(base + "/run", runpodRequest()))
                    .get("id")
                    .asText();
            String status = "IN_QUEUE";
            for (int i = 0; i < 100 && !status.equals("COMPLETED"); i++) {
                Thread.sleep(10);
                status = status(Http.getWithToken(base + "/status/" + id));
            }
            assertEquals("COMPLETED", status);
        }
    }

    private static String status(HttpResponse<byte[]> response) {
        assertEquals(200, response.statusCode(), () -> new String(response.body()));
        return Http.json(response).get("status").asText();
    }
}
