package dev.pictor.runtime.transport;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pictor.runtime.ModelId;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * What the client gives a {@link Transport} for one call: a {@link CallContext} with what an API with asynchronous
 * jobs needs besides, made by the client (one per call, used by one thread at a time).
 *
 * <p>Every method that waits returns early with a {@link dev.pictor.runtime.client.CallTimedOutException} at the call's
 * overall deadline, and with a {@link dev.pictor.runtime.client.CallCancelledException} (or an
 * {@link InterruptedException}) when the call is cancelled.
 */
public interface TransportContext extends CallContext {

    /** The model version this call is for (for messages and exceptions). */
    ModelId model();

    /**
     * Sends one HTTP exchange, as {@link #exchange(HttpRequest.Builder)} does, saying whether it may be sent twice:
     * an exchange that is not idempotent (one that creates a job) is retried only on an answer that says it was not
     * processed (429, 503) or when the connection could not be opened.
     *
     * @return a 2xx response; any other status ends in the runtime's typed exception after the retries
     */
    HttpResponse<byte[]> exchange(HttpRequest.Builder request, boolean idempotent)
            throws IOException, InterruptedException;

    /**
     * Asks the provider to cancel a job, best effort: sent once, even when the call was cancelled or timed out, within
     * a short bounded time; a failure is logged, never thrown.
     */
    void cancelJob(HttpRequest.Builder request);

    /**
     * Waits before poll number {@code poll} (0 for the first) of a job's status: the client's poll interval, growing
     * by half each poll up to its maximum, and never past the deadline.
     */
    void awaitNextPoll(int poll) throws InterruptedException;

    /**
     * Waits {@code wait} before the next poll of a job, as its provider describes the waits ({@link JobFlow#backoff()}):
     * woken by a cancellation, and never past the deadline (a wait that does not fit ends the call timed out).
     */
    void awaitPoll(Duration wait) throws InterruptedException;

    /** The time left before the call's overall timeout (zero or more). */
    Duration remaining();

    /** Whether the client asks providers to answer with the finished job (Replicate's {@code Prefer: wait}, RunPod's {@code /runsync}). */
    boolean waitForResult();

    /**
     * Reads a response body as JSON.
     *
     * @throws dev.pictor.runtime.client.MalformedResponseException when the content type is not JSON or the body
     *         does not parse
     */
    JsonNode json(HttpResponse<byte[]> response);

    /** {@code text} with every credential the client holds replaced, for text a provider sent back. */
    String scrub(String text);

    /** Downloads images by URL with the client's limits, never with the credential. */
    ImageFetcher fetcher();
}
