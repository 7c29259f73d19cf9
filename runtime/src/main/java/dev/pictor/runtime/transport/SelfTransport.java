package dev.pictor.runtime.transport;

import java.io.IOException;

/**
 * An adapter for a provider whose transport kind the runtime does not know: the generator leaves it abstract, with
 * {@link #send} the one method a user implements; the client calls it instead of a built-in transport.
 */
public interface SelfTransport {

    /**
     * Sends an encoded request to the provider and returns its payload.
     *
     * @param body    the request as {@link ModelAdapter#encode} wrote it
     * @param context the resolved base URL, the credential header and the client's HTTP settings
     */
    Reply send(byte[] body, CallContext context) throws IOException, InterruptedException;
}
