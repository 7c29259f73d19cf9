package dev.pictor.runtime.transport;

import java.io.IOException;

/**
 * An adapter for a provider whose transport kind the runtime does not know: the generator leaves it abstract, with
 * {@link #send} the one method a user implements; the client calls it instead of a built-in transport.
 */
public interface SelfTransport {

    /**
     * Sends an encoded request to the provider and returns its payload, as the provider's API needs.
     *
     * <p>Send {@code body} (in the provider's envelope, if it has one) to the model's endpoint under
     * {@code context.baseUrl()}, the base URL with its placeholders filled in, through
     * {@link CallContext#exchange context.exchange(...)}, which adds the credential header and applies the client's
     * timeouts, response size cap and retries, and turns error statuses into the runtime's exceptions. Return the
     * payload with the provider's envelope taken off: a {@link Reply.Json} of the JSON result, or a
     * {@link Reply.Binary} of image bytes with their media type; the adapter's {@link ModelAdapter#decode} reads it.
     *
     * @param body    the request as {@link ModelAdapter#encode} wrote it
     * @param context the resolved base URL and the client's HTTP settings for this call
     * @return the provider's payload, without its envelope
     * @throws IOException          when the exchange fails
     * @throws InterruptedException when the thread is interrupted while it waits for the provider
     */
    Reply send(byte[] body, CallContext context) throws IOException, InterruptedException;
}
