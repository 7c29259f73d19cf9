package dev.pictor.runtime.client;

/** No installed model adapter matches the model id (and version) or the request type asked for. */
public class ModelNotFoundException extends PictorException {

    private static final long serialVersionUID = 1L;

    public ModelNotFoundException(String message) {
        super(message, null);
    }
}
