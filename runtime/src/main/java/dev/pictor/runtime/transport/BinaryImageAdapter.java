package dev.pictor.runtime.transport;

import dev.pictor.runtime.ImageResult;
import dev.pictor.runtime.ModelId;
import dev.pictor.runtime.validation.Violation;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The adapter of a model that answers with an image in the response body (Cloudflare's
 * {@code contentType: image/png}): a reply must be image bytes, of the media type the output schema names (case and
 * parameters aside) unless it names {@value #ANY_MEDIA_TYPE}; the result is the image itself.
 *
 * @param <I> the generated request type
 */
public abstract class BinaryImageAdapter<I> extends GeneratedAdapter<I, ImageResult> {

    /** The media type of an output schema that says nothing of the image's format: any reply's is taken. */
    public static final String ANY_MEDIA_TYPE = "application/octet-stream";

    private final String mediaType;

    /**
     * The adapter of one model, from its facts.
     *
     * @param id          the model version
     * @param provider    how the provider is reached
     * @param modelPath   what names the model to its transport ({@link ModelAdapter#modelPath()})
     * @param requestType the generated request type
     * @param validator   the generated validator of the request
     * @param mediaType   the media type of the image, as the output schema says
     */
    protected BinaryImageAdapter(
            ModelId id,
            ProviderInfo provider,
            String modelPath,
            Class<I> requestType,
            Function<? super I, List<Violation>> validator,
            String mediaType) {
        this(id, provider, modelPath, requestType, validator, mediaType, Optional.empty());
    }

    /**
     * The adapter of one model imported from an OpenAPI operation, from its facts.
     *
     * @param id          the model version
     * @param provider    how the provider is reached
     * @param modelPath   what names the model to its transport ({@link ModelAdapter#modelPath()})
     * @param requestType the generated request type
     * @param validator   the generated validator of the request
     * @param mediaType   the media type of the image, as the output schema says
     * @param operation   how the operation is called ({@link ModelAdapter#operation()})
     */
    protected BinaryImageAdapter(
            ModelId id,
            ProviderInfo provider,
            String modelPath,
            Class<I> requestType,
            Function<? super I, List<Violation>> validator,
            String mediaType,
            OperationInfo operation) {
        this(id, provider, modelPath, requestType, validator, mediaType, Optional.of(operation));
    }

    private BinaryImageAdapter(
            ModelId id,
            ProviderInfo provider,
            String modelPath,
            Class<I> requestType,
            Function<? super I, List<Violation>> validator,
            String mediaType,
            Optional<OperationInfo> operation) {
        super(id, provider, modelPath, requestType, ImageResult.class, validator, operation);
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
    }

    /** The media type of the image the model answers with, as its output schema says. */
    public final String mediaType() {
        return mediaType;
    }

    /**
     * The image of a reply: its bytes, with the media type the reply declared (the schema's when it declared none).
     *
     * @throws IOException when the reply is JSON, or an image of another media type than the schema's
     */
    @Override
    public ImageResult decode(Reply reply) throws IOException {
        Objects.requireNonNull(reply, "reply");
        if (!(reply instanceof Reply.Binary binary)) {
            throw new IOException(
                    id().model() + " answers with image bytes (" + mediaType + "), but the reply is JSON");
        }
        if (mediaType.equalsIgnoreCase(ANY_MEDIA_TYPE)) {
            return new ImageResult(binary.bytes(), Objects.requireNonNullElse(binary.mediaType(), mediaType));
        }
        if (binary.mediaType() == null || !Bodies.mediaType(binary.mediaType()).equals(Bodies.mediaType(mediaType))) {
            throw new IOException(
                    id().model() + " answers with " + mediaType + ", but the reply is " + binary.mediaType());
        }
        return new ImageResult(binary.bytes(), binary.mediaType());
    }

    /** The image of a result: the result itself. */
    @Override
    public List<ImageResult> images(ImageResult result, ImageFetcher fetcher) {
        Objects.requireNonNull(result, "result");
        return List.of(result);
    }
}
