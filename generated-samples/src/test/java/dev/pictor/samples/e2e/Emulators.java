package dev.pictor.samples.e2e;

import dev.pictor.emulator.ProviderEmulator;
import dev.pictor.runtime.client.PictorClient;
import dev.pictor.runtime.client.RetryPolicy;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Starting the emulator and pointing a client at it, with the canary credential. */
final class Emulators {

    private Emulators() {}

    /** An emulator that accepts only the canary token, with fast jobs and short fault timings. */
    static ProviderEmulator start() {
        return start(Duration.ofMillis(20));
    }

    static ProviderEmulator start(Duration jobStep) {
        return ProviderEmulator.builder()
                .expectedToken(Canary.TOKEN)
                .jobStep(jobStep)
                .retryAfter(Duration.ofSeconds(1))
                .slowDelay(Duration.ofMillis(1500))
                .start();
    }

    /**
     * The environment a client reads credentials and placeholders from (no real environment variable is read): the
     * canary for every provider's token, the emulator's account and endpoint ids.
     */
    static Map<String, String> environment() {
        return Map.of(
                "CLOUDFLARE_API_TOKEN", Canary.TOKEN,
                "CLOUDFLARE_ACCOUNT_ID", "emulator-account",
                "REPLICATE_API_TOKEN", Canary.TOKEN,
                "RUNPOD_API_KEY", Canary.TOKEN,
                "RUNPOD_ENDPOINT_ID", "runpod-workers-worker-sdxl",
                "COMFYUI_GATEWAY_TOKEN", Canary.TOKEN);
    }

    /**
     * A client of every seed model (the generated adapters, found as services), against {@code emulator}: base URLs
     * overridden, credentials and placeholders from {@link #environment()}.
     */
    static PictorClient.Builder client(ProviderEmulator emulator) {
        return PictorClient.builder()
                .environment(environment()::get)
                .baseUrl("cloudflare-workers-ai", emulator.baseUrlTemplate("cloudflare-workers-ai"))
                .baseUrl("replicate", emulator.baseUrl("replicate"))
                .baseUrl("runpod", emulator.baseUrlTemplate("runpod"))
                .baseUrl("comfyui-gateway", emulator.baseUrl("comfyui-gateway"))
                .pollInterval(Duration.ofMillis(10), Duration.ofMillis(50))
                .callTimeout(Duration.ofSeconds(20))
                .overallTimeout(Duration.ofSeconds(60))
                .retryPolicy(RetryPolicy.builder()
                        .maxAttempts(3)
                        .baseBackoff(Duration.ofMillis(20))
                        .maxBackoff(Duration.ofMillis(200))
                        .build());
    }

    /** Names of live threads that start with one of {@code prefixes}. */
    static List<String> threads(String... prefixes) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(n -> Arrays.stream(prefixes).anyMatch(n::startsWith))
                .sorted()
                .toList();
    }

    /** Waits up to {@code millis} for no live thread to start with one of {@code prefixes}; those left. */
    static List<String> awaitNoThreads(long millis, String... prefixes) throws InterruptedException {
        long until = System.nanoTime() + millis * 1_000_000;
        List<String> left = threads(prefixes);
        while (!left.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(10);
            left = threads(prefixes);
        }
        return left;
    }

    /** The threads a client makes ({@code pictor-call-N}, {@code pictor-http-N}) still alive after up to 2 s. */
    static List<String> clientThreadsLeft() throws InterruptedException {
        return awaitNoThreads(2000, "pictor-call-", "pictor-http-");
    }

    /** Threads other than the caller running the runtime's code (its client or transports). */
    static List<String> threadsInRuntime() {
        Thread self = Thread.currentThread();
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey() != self && e.getKey().isAlive())
                .filter(e -> Arrays.stream(e.getValue())
                        .anyMatch(f -> f.getClassName().startsWith("dev.pictor.runtime")))
                .map(e -> e.getKey().getName())
                .sorted()
                .toList();
    }

    /** Waits up to {@code millis} for no other thread to run the runtime's code; those still doing so. */
    static List<String> awaitNoThreadInRuntime(long millis) throws InterruptedException {
        long until = System.nanoTime() + millis * 1_000_000;
        List<String> left = threadsInRuntime();
        while (!left.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(10);
            left = threadsInRuntime();
        }
        return left;
    }
}
