package dev.pictor.runtime.client;

import dev.pictor.runtime.ModelId;

/** 401 or 403: the provider refused the credential (or its absence). Never retried. */
public class AuthenticationException extends PictorException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String providerMessage;

    public AuthenticationException(ModelId model, int status, String providerMessage) {
        super(prefix(model) + "the provider refused the credential (" + status + "): " + providerMessage, model);
        this.status = status;
        this.providerMessage = providerMessage;
    }

    public int status() {
        return status;
    }

    /** The provider's error message, parsed from its error body. */
    public String providerMessage() {
        return providerMessage;
    }
}
