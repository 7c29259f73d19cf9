package dev.pictor.runtime.client;

import dev.pictor.runtime.ModelId;
import dev.pictor.runtime.transport.Bodies;
import dev.pictor.runtime.transport.ProviderMessages;
import dev.pictor.runtime.transport.Urls;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The table of what a failed attempt means: for each HTTP status, and for each way an exchange can break without a
 * usable answer, the {@link PictorException} the call ends in and whether another attempt may be sent. The
 * {@link RetryPolicy} bounds how often and how long a call retries; this class decides what is retried at all:
 *
 * <ul>
 *   <li>429 and 503, on every step: the provider says it did not process the request;</li>
 *   <li>502 and 504, a per-exchange timeout, a connection reset or a body cut short, only on an idempotent step
 *       (Cloudflare's and the gateway's run, reading a job's status, downloading an image): the request may have
 *       reached the provider, so a step that creates something (a Replicate prediction, a RunPod job) is never sent
 *       twice;</li>
 *   <li>a connection that could not be opened, on every step (nothing was sent);</li>
 *   <li>never: 401 and 403, 500 and any other 5xx, any other 4xx, a redirect where none is followed (outside a
 *       download), a response over the size cap, and a timeout that is the call's overall timeout running out.</li>
 * </ul>
 *
 * <p>Text a provider sent back (its message, its body, an exception's message) is scrubbed of credentials here,
 * before any exception quotes it.
 */
final class FailureClassifier {

    /** What may be retried after a failed attempt. */
    enum Retry {
        /** Nothing is retried: the answer will not change, or sending again is no use. */
        NEVER,
        /** Retried only when the request is idempotent: the provider may have acted on it already. */
        IF_IDEMPOTENT,
        /** Retried whatever the request: the provider says, or the failure shows, that nothing was processed. */
        ALWAYS
    }

    /** How an exchange broke without an answer whose status could be read. */
    enum Broken {
        /** No complete answer within the exchange's timeout. */
        TIMEOUT,
        /** The body is over the client's size cap ({@link CappedBody.TooLarge}). */
        TOO_LARGE,
        /** The connection could not be opened: nothing was sent. */
        NOT_CONNECTED,
        /** The status came, then the body broke off before its end. */
        BROKEN_BODY,
        /** The connection failed before a status came. */
        CONNECTION
    }

    /**
     * A failed attempt: the exception it ends in (given the attempts made), whether a retry is allowed, the
     * {@code Retry-After} the provider gave, and a few words for the log.
     */
    record Failure(IntFunction<PictorException> error, Retry retry, Optional<Duration> retryAfter, String summary) {

        /** Whether another attempt of a request of this idempotence may be sent (the policy's bounds aside). */
        boolean retryable(boolean idempotent) {
            return retry == Retry.ALWAYS || retry == Retry.IF_IDEMPOTENT && idempotent;
        }
    }

    private final ModelId model;
    private final ClientSettings settings;

    FailureClassifier(ModelId model, ClientSettings settings) {
        this.model = model;
        this.settings = settings;
    }

    /**
     * Empty for a usable answer (2xx; also 3xx when {@code redirects} are the caller's to follow), else the failure
     * its status means.
     */
    Optional<Failure> ofStatus(HttpResponse<byte[]> r, boolean redirects) {
        int status = r.statusCode();
        if (status >= 200 && status < 300 || redirects && status >= 300 && status < 400) {
            return Optional.empty();
        }
        return Optional.of(failure(r, status));
    }

    private Failure failure(HttpResponse<byte[]> r, int status) {
        String message = scrub(ProviderMessages.describe(r.body(), Bodies.contentType(r)));
        Optional<Duration> retryAfter = settings.retryPolicy()
                .parseRetryAfter(r.headers().firstValue("Retry-After").orElse(null));
        String summary = "status " + status;
        if (status == 401 || status == 403) {
            return new Failure(
                    a -> new AuthenticationException(model, status, message), Retry.NEVER, Optional.empty(), summary);
        }
        if (status == 429) {
            return new Failure(
                    a -> new RateLimitedException(model, retryAfter.orElse(null), a, message),
                    Retry.ALWAYS,
                    retryAfter,
                    summary);
        }
        if (status == 503) {
            return new Failure(
                    a -> new ProviderUnavailableException(model, status, message, null),
                    Retry.ALWAYS,
                    retryAfter,
                    summary);
        }
        if (status == 502 || status == 504) {
            return new Failure(
                    a -> new ProviderUnavailableException(model, status, message, null),
                    Retry.IF_IDEMPOTENT,
                    retryAfter,
                    summary);
        }
        if (status >= 500) {
            return new Failure(
                    a -> new ProviderUnavailableException(model, status, message, null),
                    Retry.NEVER,
                    Optional.empty(),
                    summary);
        }
        if (status >= 400) {
            String body = scrub(ProviderMessages.text(r.body()));
            return new Failure(
                    a -> new ProviderRejectedException(model, status, message, body),
                    Retry.NEVER,
                    Optional.empty(),
                    summary);
        }
        return new Failure(
                a -> new MalformedResponseException(
                        model, "unexpected status " + status + " from " + Urls.forLog(r.uri())),
                Retry.NEVER,
                Optional.empty(),
                summary);
    }

    /**
     * The failure of an exchange that broke.
     *
     * @param status          the status that came before it broke, or -1
     * @param cause           what the HTTP client reported, or null
     * @param boundByDeadline whether the exchange's wait was cut to what was left of the call's overall timeout
     * @param waitNanos       how long the exchange was waited for
     */
    Failure ofBroken(Broken how, int status, Throwable cause, boolean boundByDeadline, long waitNanos) {
        String what = cause == null
                ? how.name().toLowerCase(Locale.ROOT).replace('_', '-')
                : cause.getClass().getSimpleName()
                        + (cause.getMessage() == null ? "" : ": " + scrub(cause.getMessage()));
        return switch (how) {
            case TIMEOUT -> {
                Duration timeout = boundByDeadline ? settings.overallTimeout() : Duration.ofNanos(waitNanos);
                yield new Failure(
                        a -> new CallTimedOutException(model, timeout, boundByDeadline, "no complete answer"),
                        boundByDeadline ? Retry.NEVER : Retry.IF_IDEMPOTENT,
                        Optional.empty(),
                        "timed out after " + timeout.toMillis() + " ms");
            }
            case TOO_LARGE -> {
                boolean declared = cause instanceof CappedBody.TooLarge tooLarge && tooLarge.declared;
                yield new Failure(
                        a -> new ResponseTooLargeException(
                                model, settings.maxResponseBytes(), declared ? "(by its Content-Length)" : "body"),
                        Retry.NEVER,
                        Optional.empty(),
                        "response over " + settings.maxResponseBytes() + " bytes");
            }
            case NOT_CONNECTED ->
                new Failure(
                        a -> new ProviderUnavailableException(model, 0, "could not connect (" + what + ")", cause),
                        Retry.ALWAYS,
                        Optional.empty(),
                        "could not connect");
            case BROKEN_BODY ->
                new Failure(
                        a -> new MalformedResponseException(
                                model,
                                "the body of the " + status + " answer broke off before its end (" + what + ")",
                                cause),
                        Retry.IF_IDEMPOTENT,
                        Optional.empty(),
                        "body of the " + status + " answer broke off");
            case CONNECTION ->
                new Failure(
                        a -> new ProviderUnavailableException(model, 0, "the connection failed (" + what + ")", cause),
                        Retry.IF_IDEMPOTENT,
                        Optional.empty(),
                        "connection failed");
        };
    }

    private String scrub(String text) {
        return settings.redactor().scrub(text);
    }
}
