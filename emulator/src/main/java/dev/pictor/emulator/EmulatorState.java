package dev.pictor.emulator;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/** What the router and the control endpoints share: settings, the fault queue, counters and the request record. */
final class EmulatorState {

    /** The record keeps the last requests only. */
    static final int RECORD_CAPACITY = 10_000;

    private final long maxBodyBytes;
    private final Duration slowDelay;
    private final Duration retryAfter;
    private final FaultQueue faults = new FaultQueue();
    private final AtomicLong total = new AtomicLong();
    private final Map<String, LongAdder> byProvider = new ConcurrentHashMap<>();
    private final Deque<RecordedRequest> recorded = new ArrayDeque<>();
    private final AtomicReference<RuntimeException> internalError = new AtomicReference<>();
    private volatile String expectedToken;
    private volatile String origin = "";

    EmulatorState(long maxBodyBytes, Duration slowDelay, Duration retryAfter, String expectedToken) {
        this.maxBodyBytes = maxBodyBytes;
        this.slowDelay = slowDelay;
        this.retryAfter = retryAfter;
        this.expectedToken = expectedToken;
    }

    long maxBodyBytes() {
        return maxBodyBytes;
    }

    Duration slowDelay() {
        return slowDelay;
    }

    Duration retryAfter() {
        return retryAfter;
    }

    FaultQueue faults() {
        return faults;
    }

    String expectedToken() {
        return expectedToken;
    }

    void expectedToken(String token) {
        this.expectedToken = token;
    }

    String origin() {
        return origin;
    }

    void origin(String value) {
        this.origin = value;
    }

    /** Counts a request as it arrives, before anything is answered. */
    void arrived(String providerId) {
        total.incrementAndGet();
        if (providerId != null) {
            byProvider.computeIfAbsent(providerId, id -> new LongAdder()).increment();
        }
    }

    long total() {
        return total.get();
    }

    long count(String providerId) {
        LongAdder adder = byProvider.get(providerId);
        return adder == null ? 0 : adder.sum();
    }

    Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        byProvider.forEach((id, adder) -> counts.put(id, adder.sum()));
        return counts;
    }

    synchronized void record(RecordedRequest request) {
        recorded.addLast(request);
        while (recorded.size() > RECORD_CAPACITY) {
            recorded.removeFirst();
        }
    }

    synchronized List<RecordedRequest> recorded() {
        return new ArrayList<>(recorded);
    }

    void internalError(RuntimeException e) {
        internalError.compareAndSet(null, e);
    }

    /** The first exception an API threw (an emulator bug, answered as the provider's 500), if any. */
    RuntimeException firstInternalError() {
        return internalError.get();
    }

    synchronized void reset() {
        total.set(0);
        byProvider.clear();
        recorded.clear();
        faults.clear();
        internalError.set(null);
    }
}
