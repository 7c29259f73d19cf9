package dev.pictor.runtime.client;

import dev.pictor.runtime.ModelId;

/**
 * The provider refused the call with a 4xx other than 401, 403 and 429 (400, 404, 413, 422, ...): typically input
 * the provider's own validation rejects. {@link #providerMessage()} is the error body parsed into a message
 * (Cloudflare's {@code errors[].message}, Replicate's problem {@code title}/{@code detail}, RunPod's and the
 * gateway's {@code error}); {@link #errorBody()} the body itself, as text, at most 64 KiB.
 */
public class ProviderRejectedException extends PictorException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String providerMessage;
    private final String errorBody;

    public ProviderRejectedException(ModelId model, int status, String providerMessage, String errorBody) {
        this(
                prefix(model) + "the provider rejected the request (" + status + "): " + providerMessage,
                model,
                status,
                providerMessage,
                errorBody);
    }

    protected ProviderRejectedException(
            String message, ModelId model, int status, String providerMessage, String errorBody) {
        super(message, model);
        this.status = status;
        this.providerMessage = providerMessage;
        this.errorBody = errorBody == null ? "" : errorBody;
    }

    /** The HTTP status of the answer that carried the rejection. */
    public int status() {
        return status;
    }

    public String providerMessage() {
        return providerMessage;
    }

    /** The error body as the provider sent it (decoded as UTF-8, cut at 64 KiB, credentials removed). */
    public String errorBody() {
        return errorBody;
    }
}
