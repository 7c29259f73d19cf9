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

/**
 * What the router, the APIs and the control endpoints share: settings, the fault and job-script queues, the host names
 * polling and file URLs are given, counters and the request record.
 */
final class EmulatorState {

    /** The emulator's own host: where it listens, and the host of every base URL. */
    static final String OWN_HOST = "127.0.0.1";

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
    private final java.util.LinkedList<JobScript> jobScripts = new java.util.LinkedList<>();
    private volatile String pollingHost = OWN_HOST;
    private volatile String fileHost = OWN_HOST;

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

    /**
     * The origin with another host name: {@code http://localhost:PORT} reaches the same server as
     * {@code http://127.0.0.1:PORT}, but a client scoping credentials by host sees another host.
     */
    String originOn(String host) {
        int colon = origin.lastIndexOf(':');
        return "http://" + host + origin.substring(colon);
    }

    /** The host polling URLs name (127.0.0.1 unless set). */
    String pollingHost() {
        return pollingHost;
    }

    void pollingHost(String host) {
        this.pollingHost = checkHost(host);
    }

    /** The host the URLs of result images name (127.0.0.1 unless set). */
    String fileHost() {
        return fileHost;
    }

    void fileHost(String host) {
        this.fileHost = checkHost(host);
    }

    /** A host name that reaches this server: 127.0.0.1, localhost, or another name for the loopback. */
    private static String checkHost(String host) {
        if (host == null || !host.matches("[A-Za-z0-9]([A-Za-z0-9.-]{0,252})")) {
            throw new IllegalArgumentException("not a host name: " + host);
        }
        return host.toLowerCase(java.util.Locale.ROOT);
    }

    synchronized void addJobScripts(List<JobScript> scripts) {
        jobScripts.addAll(scripts);
    }

    /** Takes the first job script that applies to this provider. */
    synchronized java.util.Optional<JobScript> takeJobScript(String providerId) {
        for (java.util.Iterator<JobScript> it = jobScripts.iterator(); it.hasNext(); ) {
            JobScript script = it.next();
            if (script.appliesTo(providerId)) {
                it.remove();
                return java.util.Optional.of(script);
            }
        }
        return java.util.Optional.empty();
    }

    synchronized List<JobScript> jobScripts() {
        return new ArrayList<>(jobScripts);
    }

    synchronized void clearJobScripts() {
        jobScripts.clear();
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
        jobScripts.clear();
        pollingHost = OWN_HOST;
        fileHost = OWN_HOST;
        internalError.set(null);
    }
}
