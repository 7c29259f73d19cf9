package dev.pictor.runtime.transport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** What the client gives a transport (or a {@link SelfTransport}) for one call. */
public interface CallContext {

    /** The provider's base URL with every placeholder filled in. */
    URI baseUrl();

    /**
     * Sends one HTTP exchange with the client's settings: the credential header added, the per-call timeout, the
     * response size cap, retries where they are safe, cancellation. Error statuses come back as the typed exceptions
     * of the runtime, after the retries.
     */
    HttpResponse<byte[]> exchange(HttpRequest.Builder request) throws IOException, InterruptedException;
}
