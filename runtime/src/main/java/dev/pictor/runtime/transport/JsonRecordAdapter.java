package dev.pictor.runtime.transport;

import dev.pictor.runtime.ImageResult;
import dev.pictor.runtime.ModelId;
import dev.pictor.runtime.json.PictorJson;
import dev.pictor.runtime.validation.Violation;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The adapter of a model that answers with JSON (directly, or as the output of an asynchronous job, which its
 * transport waits for): a reply is read into the generated response record, and the images of a result are the
 * places {@link #findImages} names, decoded or downloaded in that order.
 *
 * @param <I> the generated request type
 * @param <O> the generated response record
 */
public abstract class JsonRecordAdapter<I, O> extends GeneratedAdapter<I, O> {

    /**
     * The adapter of one model, from its facts.
     *
     * @param id          the model version
     * @param provider    how the provider is reached
     * @param modelPath   what names the model to its transport ({@link ModelAdapter#modelPath()})
     * @param requestType the generated request type
     * @param resultType  the generated response record
     * @param validator   the generated validator of the request
     */
    protected JsonRecordAdapter(
            ModelId id,
            ProviderInfo provider,
            String modelPath,
            Class<I> requestType,
            Class<O> resultType,
            Function<? super I, List<Violation>> validator) {
        super(id, provider, modelPath, requestType, resultType, validator);
    }

    /**
     * The adapter of one model imported from an OpenAPI operation, from its facts.
     *
     * @param id          the model version
     * @param provider    how the provider is reached
     * @param modelPath   what names the model to its transport ({@link ModelAdapter#modelPath()})
     * @param requestType the generated request type
     * @param resultType  the generated response record
     * @param validator   the generated validator of the request
     * @param operation   how the operation is called ({@link ModelAdapter#operation()})
     */
    protected JsonRecordAdapter(
            ModelId id,
            ProviderInfo provider,
            String modelPath,
            Class<I> requestType,
            Class<O> resultType,
            Function<? super I, List<Violation>> validator,
            OperationInfo operation) {
        super(id, provider, modelPath, requestType, resultType, validator, Optional.of(operation));
    }

    /**
     * The result of a reply: its JSON payload read into the response record with the runtime's own Jackson
     * configuration (no coercion of scalars; unknown members ignored unless the schema is closed).
     *
     * @throws IOException when the reply is image bytes or JSON {@code null}, or its JSON does not fit the response
     *                     schema
     */
    @Override
    public O decode(Reply reply) throws IOException {
        Objects.requireNonNull(reply, "reply");
        if (!(reply instanceof Reply.Json json)) {
            throw new IOException(id().model() + " answers with JSON, but the reply is "
                    + ((Reply.Binary) reply).mediaType() + " bytes");
        }
        O result = PictorJson.reader().forType(resultType()).readValue(json.payload());
        if (result == null) {
            throw new IOException(id().model() + " answered JSON null");
        }
        return result;
    }

    /**
     * Every image of a result, in the order {@link #findImages} finds them: base64 images and data URIs decoded, URLs
     * downloaded with {@code fetcher}.
     *
     * @throws IllegalArgumentException when an image is not valid base64
     */
    @Override
    public final List<ImageResult> images(O result, ImageFetcher fetcher) throws IOException, InterruptedException {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(fetcher, "fetcher");
        FoundImages found = new FoundImages();
        findImages(result, found);
        return found.resolve(fetcher);
    }

    /**
     * Names every image of {@code result} to {@code found}, in the order of the response schema; the generated
     * adapter knows where its schema puts them. None unless overridden.
     *
     * @param result a decoded result
     * @param found  where the images are named
     */
    protected void findImages(O result, FoundImages found) {
        // a response schema without an image (no base64 image, data URI or URL)
    }
}
