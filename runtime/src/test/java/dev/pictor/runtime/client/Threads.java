package dev.pictor.runtime.client;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Finds threads still running the runtime's code. */
final class Threads {

    private Threads() {}

    /** Threads other than the caller with a frame of {@code dev.pictor.runtime} (test classes excluded). */
    static List<String> inRuntime() {
        Thread self = Thread.currentThread();
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey() != self && e.getKey().isAlive())
                .filter(e -> Arrays.stream(e.getValue())
                        .anyMatch(f -> f.getClassName().startsWith("dev.pictor.runtime")
                                && !f.getClassName().endsWith("Test")
                                && !f.getClassName().contains("Test$")
                                && !f.getClassName().contains("ScriptedServer")))
                .map(Map.Entry::getKey)
                .map(Thread::getName)
                .toList();
    }

    /** Waits up to {@code millis} for no thread to run the runtime's code; returns those still doing so. */
    static List<String> awaitNoneInRuntime(long millis) throws InterruptedException {
        long until = System.nanoTime() + millis * 1_000_000;
        List<String> left = inRuntime();
        while (!left.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(10);
            left = inRuntime();
        }
        return left;
    }

    static List<String> awaitNone(String prefix, long millis) throws InterruptedException {
        long until = System.nanoTime() + millis * 1_000_000;
        List<String> left = named(prefix);
        while (!left.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(10);
            left = named(prefix);
        }
        return left;
    }

    static List<String> named(String prefix) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(n -> n.startsWith(prefix))
                .toList();
    }
}
