package dev.pictor.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a provider's operations run as asynchronous jobs, as the {@code job} member of its provider document says: the
 * submit answer names the job (its id, and a URL to poll where the provider gives one), each poll answer has a status,
 * and the status values say whether the job still runs, succeeded (its result is the model's output), failed or was
 * cancelled. Nothing here is specific to one provider: Black Forest Labs' submit-then-{@code get_result} flow is one
 * such description.
 *
 * @param id         JSON Pointer to the job's id in the submit answer
 * @param pollingUrl JSON Pointer to the absolute URL to poll, in the submit answer
 * @param poll       the request that polls when the submit answer has no polling URL
 * @param status     JSON Pointer to the status in a poll answer
 * @param running    status values of a job still running
 * @param succeeded  status values of a job whose result is at {@link #result()}
 * @param failed     status values of a job that failed
 * @param cancelled  status values of a job cancelled at the provider
 * @param result     JSON Pointer to the result in the answer of a succeeded job
 * @param error      JSON Pointer to the failure's explanation in the answer of a failed job
 * @param backoff    the waits between polls, when the provider document gives them
 * @param cancel     how a running job is cancelled when the call ends early
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
        running = List.copyOf(running);
        succeeded = List.copyOf(succeeded);
        failed = List.copyOf(failed);
        cancelled = List.copyOf(cancelled);
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
            query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
        }
    }

    /**
     * The waits between polls: {@code initialMillis} before the first, times {@code factor} after each, at most
     * {@code maxMillis}.
     */
    public record Backoff(long initialMillis, long maxMillis, double factor) {}

    /** A cancellation: {@code method} of {@code path} relative to the base URL, {@code {id}} the job's id. */
    public record Cancel(String method, String path) {}
}
