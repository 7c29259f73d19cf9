package dev.pictor.runtime.transport;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a provider's operations run as asynchronous jobs, as the {@code job} member of its provider document says;
 * carried by {@link ProviderInfo#job()} and run by {@link OpenApiTransport}, so that no provider's job flow is Java of
 * its own. The submit answer names the job (its id at {@link #id()}, and a URL to poll at {@link #pollingUrl()} where
 * the provider gives one, else the {@link #poll()} request), each poll answer has a status at {@link #status()}, and
 * the status values say whether the job still runs, succeeded (its result at {@link #result()} is the model's output),
 * failed or was cancelled.
 *
 * <p>Generated code builds one as {@code JobFlow.of("/id", "/status", "/result").withPollingUrl(...)...}.
 *
 * @param id         JSON Pointer to the job's id in the submit answer
 * @param pollingUrl JSON Pointer to the absolute URL to poll, in the submit answer
 * @param poll       the request that polls when the submit answer has no polling URL
 * @param status     JSON Pointer to the status in a poll answer
 * @param running    status values of a job still running
 * @param succeeded  status values of a job whose result is at {@code result}
 * @param failed     status values of a job that failed
 * @param cancelled  status values of a job cancelled at the provider
 * @param result     JSON Pointer to the result in the answer of a succeeded job
 * @param error      JSON Pointer to the failure's explanation in the answer of a failed job
 * @param backoff    the waits between polls; empty: the client's poll settings
 * @param cancel     the request that cancels a running job when the call ends early; empty: none is sent
 */
public record JobFlow(
        String id,
        Optional<String> pollingUrl,
        Optional<Poll> poll,
        String status,
        List<String> running,
        List<String> succeeded,
        List<String> failed,
        List<String> cancelled,
        String result,
        Optional<String> error,
        Optional<Backoff> backoff,
        Optional<Cancel> cancel) {

    public JobFlow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pollingUrl, "pollingUrl");
        Objects.requireNonNull(poll, "poll");
        Objects.requireNonNull(status, "status");
        running = List.copyOf(running);
        succeeded = List.copyOf(succeeded);
        failed = List.copyOf(failed);
        cancelled = List.copyOf(cancelled);
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(cancel, "cancel");
    }

    /**
     * A poll: {@code GET} of {@code path} relative to the base URL, with {@code query}; every {@code {id}} in either is
     * the job's id.
     *
     * @param path  the path, starting with {@code /}
     * @param query query parameters, in the document's order
     */
    public record Poll(String path, Map<String, String> query) {

        public Poll {
            Objects.requireNonNull(path, "path");
            query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
        }
    }

    /**
     * The waits between polls: {@code initial} before the first, times {@code factor} after each, at most {@code max}.
     *
     * @param initial the wait before the first poll
     * @param max     the longest wait
     * @param factor  how much each wait grows (1 or more)
     */
    public record Backoff(Duration initial, Duration max, double factor) {

        public Backoff {
            Objects.requireNonNull(initial, "initial");
            Objects.requireNonNull(max, "max");
            if (initial.isNegative() || max.compareTo(initial) < 0 || !(factor >= 1)) {
                throw new IllegalArgumentException("a backoff needs 0 <= initial <= max and a factor of 1 or more: "
                        + initial + ", " + max + ", " + factor);
            }
        }

        /** The wait before poll number {@code poll} (0 for the first). */
        public Duration before(int poll) {
            double nanos = initial.toNanos();
            for (int i = 0; i < poll && nanos < max.toNanos(); i++) {
                nanos *= factor;
            }
            return Duration.ofNanos((long) Math.min(nanos, max.toNanos()));
        }
    }

    /**
     * A cancellation: {@code method} of {@code path} relative to the base URL, {@code {id}} the job's id.
     *
     * @param method the HTTP method, upper case
     * @param path   the path, starting with {@code /}
     */
    public record Cancel(String method, String path) {

        public Cancel {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
        }
    }

    /** What a job's status value means. */
    public enum State {
        /** The job still runs: poll again. */
        RUNNING,
        /** The job succeeded: its result is at {@link JobFlow#result()}. */
        SUCCEEDED,
        /** The job failed: its explanation is at {@link JobFlow#error()}. */
        FAILED,
        /** The job was cancelled at the provider. */
        CANCELLED
    }

    /**
     * A flow with the id, status and result at these JSON Pointers, to be completed with the {@code with...} methods:
     * no polling URL and no poll request yet, no status values, no error pointer, the client's poll settings, no
     * cancellation.
     */
    public static JobFlow of(String id, String status, String result) {
        return new JobFlow(
                id,
                Optional.empty(),
                Optional.empty(),
                status,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                result,
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /** This flow, polling the absolute URL at JSON Pointer {@code pointer} of the submit answer. */
    public JobFlow withPollingUrl(String pointer) {
        return new JobFlow(
                id,
                Optional.of(pointer),
                poll,
                status,
                running,
                succeeded,
                failed,
                cancelled,
                result,
                error,
                backoff,
                cancel);
    }

    /**
     * This flow, polling with {@code GET path} (relative to the base URL) and the query parameters {@code query}:
     * name, value, name, value, ..., each {@code {id}} the job's id.
     */
    public JobFlow withPoll(String path, String... query) {
        if (query.length % 2 != 0) {
            throw new IllegalArgumentException("query parameters come in pairs of name and value");
        }
        Map<String, String> q = new LinkedHashMap<>();
        for (int i = 0; i < query.length; i += 2) {
            q.put(query[i], query[i + 1]);
        }
        return new JobFlow(
                id,
                pollingUrl,
                Optional.of(new Poll(path, q)),
                status,
                running,
                succeeded,
                failed,
                cancelled,
                result,
                error,
                backoff,
                cancel);
    }

    /** This flow, with {@code values} the status values of a job still running. */
    public JobFlow withRunning(String... values) {
        return new JobFlow(
                id,
                pollingUrl,
                poll,
                status,
                List.of(values),
                succeeded,
                failed,
                cancelled,
                result,
                error,
                backoff,
                cancel);
    }

    /** This flow, with {@code values} the status values of a job that succeeded. */
    public JobFlow withSucceeded(String... values) {
        return new JobFlow(
                id,
                pollingUrl,
                poll,
                status,
                running,
                List.of(values),
                failed,
                cancelled,
                result,
                error,
                backoff,
                cancel);
    }

    /** This flow, with {@code values} the status values of a job that failed. */
    public JobFlow withFailed(String... values) {
        return new JobFlow(
                id,
                pollingUrl,
                poll,
                status,
                running,
                succeeded,
                List.of(values),
                cancelled,
                result,
                error,
                backoff,
                cancel);
    }

    /** This flow, with {@code values} the status values of a job cancelled at the provider. */
    public JobFlow withCancelled(String... values) {
        return new JobFlow(
                id,
                pollingUrl,
                poll,
                status,
                running,
                succeeded,
                failed,
                List.of(values),
                result,
                error,
                backoff,
                cancel);
    }

    /** This flow, with the explanation of a failed job at JSON Pointer {@code pointer}. */
    public JobFlow withError(String pointer) {
        return new JobFlow(
                id,
                pollingUrl,
                poll,
                status,
                running,
                succeeded,
                failed,
                cancelled,
                result,
                Optional.of(pointer),
                backoff,
                cancel);
    }

    /** This flow, waiting {@code initialMillis} before the first poll, times {@code factor} after each, at most {@code maxMillis}. */
    public JobFlow withBackoff(long initialMillis, long maxMillis, double factor) {
        return new JobFlow(
                id,
                pollingUrl,
                poll,
                status,
                running,
                succeeded,
                failed,
                cancelled,
                result,
                error,
                Optional.of(new Backoff(Duration.ofMillis(initialMillis), Duration.ofMillis(maxMillis), factor)),
                cancel);
    }

    /** This flow, cancelling a running job with {@code method path} (relative to the base URL, {@code {id}} the id). */
    public JobFlow withCancel(String method, String path) {
        return new JobFlow(
                id,
                pollingUrl,
                poll,
                status,
                running,
                succeeded,
                failed,
                cancelled,
                result,
                error,
                backoff,
                Optional.of(new Cancel(method, path)));
    }

    /** What status value {@code value} means; empty when no list names it. */
    public Optional<State> state(String value) {
        if (running.contains(value)) {
            return Optional.of(State.RUNNING);
        }
        if (succeeded.contains(value)) {
            return Optional.of(State.SUCCEEDED);
        }
        if (failed.contains(value)) {
            return Optional.of(State.FAILED);
        }
        return cancelled.contains(value) ? Optional.of(State.CANCELLED) : Optional.empty();
    }
}
