package dev.pictor.runtime.client;

import dev.pictor.runtime.ModelId;
import java.time.Duration;
import java.util.Optional;

/**
 * 429 after the retries the policy allows, or with a {@code Retry-After} longer than the policy waits or than the
 * time left before the overall timeout.
 */
public class RateLimitedException extends PictorException {

    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;
    private final int attempts;
    private final String providerMessage;

    public RateLimitedException(ModelId model, Duration retryAfter, int attempts, String providerMessage) {
        super(
                prefix(model) + "rate limited (429) after " + attempts + (attempts == 1 ? " attempt" : " attempts")
                        + (retryAfter == null ? "" : ", Retry-After " + retryAfter.toMillis() + " ms") + ": "
                        + providerMessage,
                model);
        this.retryAfter = retryAfter;
        this.attempts = attempts;
        this.providerMessage = providerMessage;
    }

    /** The provider's last {@code Retry-After}, when it sent one that could be read. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public int attempts() {
        return attempts;
    }

    public String providerMessage() {
        return providerMessage;
    }
}
