package dev.pictor.runtime.client;

import dev.pictor.runtime.ModelId;

/**
 * An answer that is not what the provider's API or the model's schema says: JSON that does not parse or bind, a body
 * cut short of its {@code Content-Length}, a content type the call does not take (a proxy's {@code text/html} page,
 * an image where JSON was due), image bytes of another format than declared, an unexpected status.
 */
public class MalformedResponseException extends PictorException {

    private static final long serialVersionUID = 1L;

    public MalformedResponseException(ModelId model, String what, Throwable cause) {
        super(prefix(model) + "malformed response: " + what, model, cause);
    }

    public MalformedResponseException(ModelId model, String what) {
        this(model, what, null);
    }
}
