package dev.pictor.runtime.client;

import dev.pictor.runtime.ModelId;

/**
 * An answer was larger than the client's response size cap: reading stopped at the cap (or before reading, when the
 * declared {@code Content-Length} was over it). Never retried.
 */
public class ResponseTooLargeException extends PictorException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    public ResponseTooLargeException(ModelId model, long limit, String what) {
        super(prefix(model) + "the response " + what + " is over the limit of " + limit + " bytes", model);
        this.limit = limit;
    }

    /** The cap, in bytes. */
    public long limit() {
        return limit;
    }
}
