package dev.pictor.emulator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * The jobs of one provider, by id ({@link Job}s, or an API's own record of one). Ids come from a counter (deterministic, never random); the oldest jobs are dropped
 * past {@link #CAPACITY}, so a long-running standalone emulator does not grow without bound. Thread-safe.
 */
final class JobStore<J> {

    static final int CAPACITY = 10_000;

    private final AtomicLong counter = new AtomicLong();
    private final LongFunction<String> idFormat;
    private final Map<String, J> jobs = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, J> eldest) {
            return size() > CAPACITY;
        }
    };

    JobStore(LongFunction<String> idFormat) {
        this.idFormat = idFormat;
    }

    String nextId() {
        return idFormat.apply(counter.incrementAndGet());
    }

    synchronized void put(String id, J job) {
        jobs.put(id, job);
    }

    synchronized Optional<J> get(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** Forgets every job and starts the ids again. */
    synchronized void clear() {
        jobs.clear();
        counter.set(0);
    }
}
