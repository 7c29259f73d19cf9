package dev.pictor.emulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pictor.core.model.ModelDocument;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** 224 calls from 32 threads at once, across every transport: none lost, none answered with another's image. */
class ConcurrencyTest {

    private static final int THREADS = 32;
    private static final int CALLS_PER_THREAD = 7;

    private record Answer(byte[] image, String jobId) {}

    @Test
    void concurrentCallsAreAllAnsweredWithTheirOwnImages() throws Exception {
        try (ProviderEmulator emulator = ProviderEmulator.builder()
                .schemas(Http.schemas())
                .jobStep(Duration.ofMillis(5))
                .start()) {
            Map<Integer, Answer> answers = new ConcurrentHashMap<>();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int thread = t;
                    futures.add(pool.submit(() -> {
                        go.await();
                        for (int c = 0; c < CALLS_PER_THREAD; c++) {
                            int call = thread * CALLS_PER_THREAD + c;
                            answers.put(call, call(emulator, call, false));
                        }
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> f : futures) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            int total = THREADS * CALLS_PER_THREAD;
            assertEquals(total, answers.size());
            assertTrue(emulator.requestCount() >= total);
            assertTrue(
                    emulator.internalError().isEmpty(),
                    () -> emulator.internalError().get().toString());
            Set<String> jobIds = ConcurrentHashMap.newKeySet();
            long jobs = answers.values().stream()
                    .filter(a -> a.jobId() != null)
                    .peek(a -> jobIds.add(a.jobId()))
                    .count();
            assertEquals(jobs, jobIds.size(), "every job has its own id");
            // Each answer is the one its own request gets when asked alone (jobs waited for in one call).
            for (int call = 0; call < total; call++) {
                assertArrayEquals(
                        call(emulator, call, true).image(), answers.get(call).image(), "call " + call);
            }
        }
    }

    /**
     * Call number {@code n}: a transport, a size and a prompt of its own; checks the size of what comes back. Jobs are
     * polled, or with {@code sync} waited for in the creating call ({@code Prefer: wait}, {@code /runsync}).
     */
    private static Answer call(ProviderEmulator emulator, int n, boolean sync) {
        int width = 256 + 64 * (n % 4);
        int height = 256 + 64 * ((n / 4) % 4);
        String prompt = "call " + n;
        return switch (n % 5) {
            case 0 ->
                cloudflare(emulator, "@cf/bytedance/stable-diffusion-xl-lightning", prompt, width, height, "image/png");
            case 1 -> cloudflare(emulator, "@cf/leonardo/phoenix-1.0", prompt, width, height, "image/jpeg");
            case 2 -> replicate(emulator, prompt, width, height, sync);
            case 3 -> runpod(emulator, prompt, width, height, sync);
            default -> gateway(emulator, prompt, width, height);
        };
    }

    private static ObjectNode input(String prompt, int width, int height) {
        return Http.JSON
                .createObjectNode()
                .put("prompt", prompt)
                .put("width", width)
                .put("height", height);
    }

    private static Answer cloudflare(
            ProviderEmulator emulator, String model, String prompt, int width, int height, String mediaType) {
        HttpResponse<byte[]> r = Http.postWithToken(
                emulator.baseUrl("cloudflare-workers-ai") + "/" + model, input(prompt, width, height));
        assertEquals(200, r.statusCode());
        assertEquals(mediaType, Http.contentType(r));
        Http.assertImage(r.body(), mediaType, width, height);
        return new Answer(r.body(), null);
    }

    private static Answer replicate(ProviderEmulator emulator, String prompt, int width, int height, boolean sync) {
        ModelDocument model = SeedModels.model("stability-ai/stable-diffusion");
        ObjectNode request = Http.JSON.createObjectNode();
        request.put("version", model.providerVersion().orElseThrow());
        request.set(
                "input", input(prompt, width, height).put("guidance_scale", 7.5).put("num_inference_steps", 20));
        HttpResponse<byte[]> created = sync
                ? Http.postWithToken(emulator.baseUrl("replicate") + "/predictions", request, "Prefer", "wait")
                : Http.postWithToken(emulator.baseUrl("replicate") + "/predictions", request);
        assertEquals(201, created.statusCode());
        JsonNode prediction = Http.json(created);
        String id = prediction.get("id").asText();
        for (int i = 0; i < 2000 && !prediction.get("status").asText().equals("succeeded"); i++) {
            sleep();
            prediction = Http.json(
                    Http.getWithToken(prediction.get("urls").get("get").asText()));
            assertEquals(id, prediction.get("id").asText());
        }
        assertEquals("succeeded", prediction.get("status").asText());
        assertEquals(prompt, prediction.get("input").get("prompt").asText());
        HttpResponse<byte[]> file = Http.get(prediction.get("output").get(0).asText());
        Http.assertImage(file.body(), "image/png", width, height);
        return new Answer(file.body(), id);
    }

    private static Answer runpod(ProviderEmulator emulator, String prompt, int width, int height, boolean sync) {
        String base = emulator.baseUrl("runpod");
        ObjectNode request = Http.JSON.createObjectNode();
        request.set("input", input(prompt, width, height));
        JsonNode job = Http.json(Http.postWithToken(base + (sync ? "/runsync" : "/run"), request));
        String id = job.get("id").asText();
        for (int i = 0; i < 2000 && !job.get("status").asText().equals("COMPLETED"); i++) {
            sleep();
            job = Http.json(Http.getWithToken(base + "/status/" + id));
            assertEquals(id, job.get("id").asText());
        }
        assertEquals("COMPLETED", job.get("status").asText());
        byte[] image = ProviderCalls.dataUri(job.get("output").get("image_url").asText());
        Http.assertImage(image, "image/png", width, height);
        return new Answer(image, id);
    }

    private static Answer gateway(ProviderEmulator emulator, String prompt, int width, int height) {
        HttpResponse<byte[]> r =
                Http.postWithToken(emulator.baseUrl("comfyui-gateway") + "/img2img", input(prompt, width, height));
        assertEquals(200, r.statusCode());
        byte[] image =
                Base64.getDecoder().decode(Http.json(r).get("images").get(0).asText());
        Http.assertImage(image, "image/png", width, height);
        return new Answer(image, null);
    }

    private static void sleep() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
