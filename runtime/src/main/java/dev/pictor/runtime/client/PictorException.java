package dev.pictor.runtime.client;

import dev.pictor.runtime.ModelId;
import java.util.Optional;

/**
 * The one base class of every failure of a {@link PictorClient} call. Unchecked, as a model call has no failure a
 * caller must handle at every call site; catch this class for all of them, or one of its subclasses:
 *
 * <ul>
 *   <li>{@link InvalidRequestException}: the request breaks the model's schema; caught before any byte was sent;</li>
 *   <li>{@link AuthenticationException}: 401 or 403, a credential the provider refuses;</li>
 *   <li>{@link RateLimitedException}: 429, still after the retries (or a {@code Retry-After} that does not fit);</li>
 *   <li>{@link ProviderRejectedException}: another 4xx, with the provider's error body parsed into a message; its
 *       subclass {@link JobFailedException} is an asynchronous job (Replicate, RunPod) that ended failed;</li>
 *   <li>{@link ProviderUnavailableException}: a 5xx, or no answer at all (connection refused or reset);</li>
 *   <li>{@link CallTimedOutException}: the per-exchange or the overall timeout passed;</li>
 *   <li>{@link ResponseTooLargeException}: an answer over the client's response size cap;</li>
 *   <li>{@link MalformedResponseException}: an answer that is not what the API or the model's schema says (bad JSON,
 *       a truncated body, a {@code text/html} page, an image of another type than declared);</li>
 *   <li>{@link ModelNotFoundException}: no installed adapter for the model id, version or request type;</li>
 *   <li>{@link CallCancelledException}: the call was cancelled or interrupted, or the provider cancelled the job;</li>
 *   <li>{@link ConfigurationException}: a missing credential or placeholder, or a base URL that is refused.</li>
 * </ul>
 *
 * <p>Messages never contain a credential: the client never puts one in a message, and it removes any configured
 * credential from text a provider sent back before quoting it.
 */
public class PictorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ModelId model;

    public PictorException(String message, ModelId model, Throwable cause) {
        super(message, cause);
        this.model = model;
    }

    public PictorException(String message, ModelId model) {
        this(message, model, null);
    }

    /** The model version the call was for, when one was picked. */
    public Optional<ModelId> model() {
        return Optional.ofNullable(model);
    }

    /** {@code @cf/lykon/dreamshaper-8-lcm 2025-11-20: } for message prefixes; empty without a model. */
    static String prefix(ModelId model) {
        return model == null ? "" : model.model() + " " + model.version() + ": ";
    }
}
