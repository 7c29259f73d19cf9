package dev.pictor.core.concurrent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs one piece of work per item on a fixed pool of threads and returns the results in the items' order, whatever
 * order the threads finish in: the caller then merges them sequentially, exactly as a loop would have. The work must
 * not share mutable state (each item gets its own findings collector); an exception or error of the work is thrown
 * to the caller as it was thrown, that of the first failing item in input order.
 *
 * <p>With one thread (or one item) the work runs in the calling thread, as a plain loop.
 */
public final class InOrder {

    /** A plain loop in the calling thread. */
    public static final InOrder SEQUENTIAL = new InOrder(1, 0, false);

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final int threads;
    private final long seed;
    private final boolean shuffled;

    private InOrder(int threads, long seed, boolean shuffled) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.threads = threads;
        this.seed = seed;
        this.shuffled = shuffled;
    }

    /** One thread per available processor (a plain loop on a one-processor machine). */
    public static InOrder availableProcessors() {
        return threads(Runtime.getRuntime().availableProcessors());
    }

    /** A pool of {@code threads} threads. */
    public static InOrder threads(int threads) {
        return new InOrder(threads, 0, false);
    }

    /**
     * A pool of {@code threads} threads that starts the items in an order shuffled by {@code seed}, not in input
     * order: for tests that show a result does not depend on the order the work runs in.
     */
    public static InOrder shuffled(int threads, long seed) {
        return new InOrder(threads, seed, true);
    }

    /** How many threads the work runs on. */
    public int threads() {
        return threads;
    }

    /**
     * {@code work} applied to each item, the results in the items' order.
     *
     * @throws RuntimeException or {@link Error} the first (in input order) that {@code work} threw
     */
    public <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> work) {
        if ((threads == 1 && !shuffled) || items.size() < 2) {
            List<R> results = new ArrayList<>(items.size());
            for (T item : items) {
                results.add(work.apply(item));
            }
            return results;
        }
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            starts.add(i);
        }
        if (shuffled) {
            Collections.shuffle(starts, new Random(seed));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()), daemons());
        try {
            List<Future<R>> futures = new ArrayList<>(Collections.nCopies(items.size(), null));
            for (int i : starts) {
                T item = items.get(i);
                futures.set(i, pool.submit(() -> work.apply(item)));
            }
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> future : futures) {
                results.add(result(future));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The future's value, or what the work threw, as it was thrown. */
    private static <R> R result(Future<R> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause); // work is a Function: it throws nothing checked
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the work of other threads", e);
        }
    }

    /** Daemon threads, so that a pool never keeps a JVM (a Maven build, the command line) alive. */
    private static ThreadFactory daemons() {
        int pool = POOLS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, "pictor-" + pool + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
