package dev.pictor.runtime.client;

import dev.pictor.runtime.ModelId;
import java.time.Duration;

/**
 * A timeout passed: the client's overall timeout of one call ({@link #overall()}), or the per-exchange timeout of one
 * HTTP exchange that could not be retried. An asynchronous job still running at that point was cancelled.
 */
public class CallTimedOutException extends PictorException {

    private static final long serialVersionUID = 1L;

    private final transient Duration timeout;
    private final boolean overall;

    public CallTimedOutException(ModelId model, Duration timeout, boolean overall, String what) {
        super(
                prefix(model) + (overall ? "the overall timeout of " : "the per-exchange timeout of ")
                        + timeout.toMillis() + " ms passed" + (what == null || what.isEmpty() ? "" : " (" + what + ")"),
                model);
        this.timeout = timeout;
        this.overall = overall;
    }

    public Duration timeout() {
        return timeout;
    }

    /** True for the overall timeout of the call, false for the timeout of one exchange. */
    public boolean overall() {
        return overall;
    }
}
