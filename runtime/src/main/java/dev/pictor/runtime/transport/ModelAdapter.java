package dev.pictor.runtime.transport;

import dev.pictor.runtime.ImageResult;
import dev.pictor.runtime.ModelBinding;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * A generated model binding that knows its provider's API: which endpoint, how a request is written and how a reply
 * is read. The transport of {@link ProviderInfo#transport()} does the HTTP; an adapter holds no connection and no
 * credential, and is immutable and thread-safe.
 *
 * @param <I> the generated request type
 * @param <O> the result type
 */
public interface ModelAdapter<I, O> extends ModelBinding<I, O> {

    /** The provider: transport kind, base URL template, placeholders, authentication. */
    ProviderInfo provider();

    /**
     * What names the model to its transport: Cloudflare's model id ({@code @cf/...}, appended to the base URL),
     * Replicate's version id, or empty where the endpoint itself is the model (RunPod).
     */
    String modelPath();

    /**
     * How the model's OpenAPI operation is called, for the transport of kind {@code openapi}; empty for a model of
     * another kind.
     */
    default Optional<OperationInfo> operation() {
        return Optional.empty();
    }

    /** The request as the provider's JSON input (without the transport's envelope). */
    byte[] encode(I request);

    /** The result, from the payload of a successful reply. */
    O decode(Reply reply) throws IOException;

    /**
     * Every image of a result, decoded or downloaded: a binary body, base64 fields, data URIs, URLs (fetched with
     * {@code fetcher}).
     */
    List<ImageResult> images(O result, ImageFetcher fetcher) throws IOException, InterruptedException;
}
