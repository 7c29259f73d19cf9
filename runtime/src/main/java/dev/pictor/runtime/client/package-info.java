/**
 * The client that calls models: {@link PictorClient} finds the installed model adapters, validates a request before
 * anything is sent, and runs it through the transport of the provider's kind with the client's credentials, timeouts,
 * response size cap and {@link RetryPolicy}. Every failure is a subclass of {@link PictorException} that says what
 * went wrong (an invalid request, a refused credential, a rate limit, a provider error, a timeout, a cancellation); a
 * {@link Secret} never shows up in a log line, a message or a {@code toString}.
 */
package dev.pictor.runtime.client;
