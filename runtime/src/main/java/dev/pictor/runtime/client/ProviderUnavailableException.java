package dev.pictor.runtime.client;

import dev.pictor.runtime.ModelId;
import java.util.OptionalInt;

/**
 * The provider answered with a 5xx (after the retries the policy allows where they are safe), or did not answer at
 * all: connection refused, reset, closed before the answer ({@link #status()} empty, the cause attached).
 */
public class ProviderUnavailableException extends PictorException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String providerMessage;

    public ProviderUnavailableException(ModelId model, int status, String providerMessage, Throwable cause) {
        super(
                prefix(model)
                        + (status > 0 ? "the provider failed (" + status + "): " : "no answer from the provider: ")
                        + providerMessage,
                model,
                cause);
        this.status = status;
        this.providerMessage = providerMessage;
    }

    /** The HTTP status, or empty when no answer came. */
    public OptionalInt status() {
        return status > 0 ? OptionalInt.of(status) : OptionalInt.empty();
    }

    public String providerMessage() {
        return providerMessage;
    }
}
