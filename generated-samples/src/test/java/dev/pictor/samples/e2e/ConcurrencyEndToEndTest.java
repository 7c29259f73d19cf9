package dev.pictor.samples.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pictor.emulator.ProviderEmulator;
import dev.pictor.runtime.Generation;
import dev.pictor.runtime.ImageBytes;
import dev.pictor.runtime.ImageResult;
import dev.pictor.runtime.client.PictorClient;
import dev.pictor.samples.SeedRequests;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * 200 calls across 32 threads against the emulator, every seed model in turn, each with its own prompt, seed and
 * size: none lost, none failed, and each result is exactly what the same call made alone answers (the emulator's
 * images are a function of model, prompt, seed and size), so no response went to the wrong caller.
 */
class ConcurrencyEndToEndTest {

    private static final int CALLS = 200;
    private static final int THREADS = 32;

    /** Call {@code i}: a seed model, a prompt and seed of its own, one of four sizes. */
    private static SeedRequests.Case call(int i) {
        List<SeedRequests.Case> cases = SeedRequests.all("call " + i + " of " + CALLS, 1000 + i);
        return cases.get(i % cases.size());
    }

    @Test
    void twoHundredCallsOnThirtyTwoThreadsGetTheirOwnAnswers() throws Exception {
        Set<String> threadNames = ConcurrentHashMap.newKeySet();
        List<List<ImageBytes>> concurrent = new ArrayList<>();
        long concurrentMillis;
        try (ProviderEmulator emulator = Emulators.start(Duration.ofMillis(10));
                PictorClient client = Emulators.client(emulator).build()) {
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Generation<?>>> futures = new ArrayList<>();
                for (int i = 0; i < CALLS; i++) {
                    SeedRequests.Case c = call(i);
                    futures.add(pool.submit(() -> {
                        go.await();
                        threadNames.add(Thread.currentThread().getName());
                        return client.run(c.request());
                    }));
                }
                long t0 = System.nanoTime();
                go.countDown();
                for (int i = 0; i < CALLS; i++) {
                    Generation<?> g = futures.get(i).get(60, TimeUnit.SECONDS);
                    SeedRequests.Case c = call(i);
                    Images.check(c, g, c.width(), c.height());
                    concurrent.add(g.images().stream().map(ImageResult::bytes).toList());
                }
                concurrentMillis = (System.nanoTime() - t0) / 1_000_000;
            } finally {
                pool.shutdownNow();
                assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
            }
            assertTrue(threadNames.size() > 1, "calls ran on " + threadNames.size() + " threads");

            // Each call again, alone: the same images, byte for byte.
            long t1 = System.nanoTime();
            for (int i = 0; i < CALLS; i++) {
                Generation<?> alone = client.run(call(i).request());
                assertEquals(
                        concurrent.get(i),
                        alone.images().stream().map(ImageResult::bytes).toList(),
                        "call " + i + " (" + call(i).model() + ") got another call's answer");
            }
            long sequentialMillis = (System.nanoTime() - t1) / 1_000_000;
            System.out.println(CALLS + " calls on " + THREADS + " threads: " + concurrentMillis + " ms; one by one: "
                    + sequentialMillis + " ms; " + emulator.requestCount() + " HTTP requests in all");
        }
        // Each call its own images: no two calls share one (a call may list one image twice: RunPod's image_url).
        Set<ImageBytes> distinct = new HashSet<>();
        concurrent.forEach(distinct::addAll);
        int perCall = concurrent.stream()
                .mapToInt(images -> new HashSet<>(images).size())
                .sum();
        assertEquals(perCall, distinct.size(), "images shared between calls");
        assertEquals(List.of(), Emulators.awaitNoThreadInRuntime(3000));
        assertEquals(List.of(), Emulators.clientThreadsLeft());
    }
}
