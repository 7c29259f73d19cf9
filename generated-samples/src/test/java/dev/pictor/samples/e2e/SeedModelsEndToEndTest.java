package dev.pictor.samples.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.emulator.ProviderEmulator;
import dev.pictor.emulator.RecordedRequest;
import dev.pictor.runtime.Generation;
import dev.pictor.runtime.ModelId;
import dev.pictor.runtime.PictorRequest;
import dev.pictor.runtime.client.ModelHandle;
import dev.pictor.runtime.client.PictorClient;
import dev.pictor.samples.SeedRequests;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every seed model, through its adapter and the runtime's client, against the emulator over HTTP: the images decode
 * with ImageIO at the requested size, in the model's media type, as many as asked for.
 */
class SeedModelsEndToEndTest {

    private static ProviderEmulator emulator;
    private static PictorClient client;

    @BeforeAll
    static void start() {
        emulator = Emulators.start();
        client = Emulators.client(emulator).build();
        Canary.observe(client);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        client.close();
        emulator.close();
        assertEquals(List.of(), Emulators.clientThreadsLeft(), "the client's threads ended");
        assertEquals(List.of(), Emulators.awaitNoThreadInRuntime(2000), "nothing runs the runtime's code");
    }

    @BeforeEach
    void reset() {
        emulator.reset();
    }

    static Stream<SeedRequests.Case> cases() {
        return SeedRequests.all().stream();
    }

    @Test
    void theClientRunsEverySeedModel() {
        List<String> models =
                client.models().stream().map(ModelId::model).distinct().sorted().toList();
        assertEquals(
                SeedRequests.all().stream()
                        .map(SeedRequests.Case::model)
                        .sorted()
                        .toList(),
                models);
        assertEquals(
                client.models(),
                SeedAdapters.generated().stream().map(a -> a.id()).toList(),
                "the client runs the generated adapters, found as services");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everySeedModelAnswersWithImagesOfTheRequestedSize(SeedRequests.Case c) {
        Generation<?> g = client.run(c.request());
        Canary.observe(g, g.output());
        Images.check(c, g, c.width(), c.height());
        assertEquals(1, g.attempts());
        for (RecordedRequest r : emulator.requests()) {
            boolean download = r.path().contains("/files/");
            assertEquals(
                    !download,
                    r.credentialSent(),
                    () -> r + ": the credential goes with every call to the provider, never with a result's download");
        }
        assertTrue(
                emulator.requests().stream().allMatch(r -> r.status() < 300),
                () -> emulator.requests().toString());
        assertEquals(emulator.requestCount(), g.requests(), "every request of the call reached the emulator");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aModelPinnedByIdAndVersionRunsAsynchronously(SeedRequests.Case c) throws Exception {
        CompletableFuture<? extends Generation<?>> f = runPinned(c.model(), c.request());
        Generation<?> g = f.get(30, TimeUnit.SECONDS);
        Images.check(c, g, c.width(), c.height());
    }

    /**
     * Runs {@code request} through a handle pinned by model id and version. Its request type is the interface the
     * request implements, of the request's own result type: what code that holds requests of several models can name.
     */
    private <O> CompletableFuture<Generation<O>> runPinned(String model, PictorRequest<O> request) {
        ModelHandle<PictorRequest<O>, O> handle = client.model(model, "2025-11-20");
        Canary.observe(handle);
        return handle.runAsync(request);
    }

    @Test
    void theSameRequestGivesTheSameImages() {
        SeedRequests.Case c = SeedRequests.of("@cf/lykon/dreamshaper-8-lcm");
        Generation<?> a = client.run(c.request());
        Generation<?> b = client.run(c.request());
        assertEquals(a.images(), b.images());
    }

    @Test
    void asynchronousJobsCanBeAskedToAnswerFinished() throws Exception {
        try (PictorClient waiting =
                Emulators.client(emulator).waitForResult(true).build()) {
            for (String model : List.of("stability-ai/stable-diffusion", "runpod-workers/worker-sdxl")) {
                SeedRequests.Case c = SeedRequests.of(model);
                emulator.reset();
                Generation<?> g = waiting.run(c.request());
                Images.check(c, g, c.width(), c.height());
                long polls = emulator.requests().stream()
                        .filter(r -> r.method().equals("GET")
                                && (r.path().contains("/predictions/")
                                        || r.path().contains("/status/")))
                        .count();
                assertEquals(0, polls, model + ": answered finished, no poll: " + emulator.requests());
            }
        }
    }

    @Test
    void aSlowJobIsPolledUntilItFinishes() {
        try (ProviderEmulator slowJobs = Emulators.start(Duration.ofMillis(150));
                PictorClient c = Emulators.client(slowJobs).build()) {
            SeedRequests.Case replicate = SeedRequests.of("stability-ai/stable-diffusion");
            Generation<?> g = c.run(replicate.request());
            Images.check(replicate, g, replicate.width(), replicate.height());
            assertTrue(g.requests() >= 1 + 2 + 2, "create, polls, two downloads: " + g.requests());
            assertTrue(g.elapsed().toMillis() >= 300, g.elapsed().toString());
        }
    }
}
