package dev.pictor.runtime.client;

import dev.pictor.runtime.ModelId;

/**
 * The call was cancelled ({@code Future.cancel}), its thread interrupted (the interrupt flag is set again when this
 * is thrown), the client closed, or the provider cancelled the job itself (a Replicate prediction {@code canceled} or
 * {@code aborted}, a RunPod job {@code CANCELLED}). A job the client had started was cancelled at the provider.
 */
public class CallCancelledException extends PictorException {

    private static final long serialVersionUID = 1L;

    public CallCancelledException(ModelId model, String what, Throwable cause) {
        super(prefix(model) + what, model, cause);
    }

    public CallCancelledException(ModelId model, String what) {
        this(model, what, null);
    }
}
