package dev.pictor.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The result of one model call made by the client ({@code dev.pictor.runtime.client.PictorClient}).
 *
 * @param model    the model version that answered
 * @param output   the model's result, as its adapter decoded it (a generated response record, or an
 *                 {@link ImageResult} for a model that answers with the image itself)
 * @param images   every image of the result, decoded or downloaded, in the order the result lists them
 * @param attempts how many times the model request itself was sent (1 without a retry)
 * @param requests every HTTP request of the call: the attempts, status polls, downloads and cancellations
 * @param elapsed  from the start of the call (after validation) to the last image
 * @param <O>      the result type
 */
public record Generation<O>(
        ModelId model, O output, List<ImageResult> images, int attempts, int requests, Duration elapsed) {

    public Generation {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(output, "output");
        images = List.copyOf(images);
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /**
     * The first image.
     *
     * @throws IllegalStateException when the result holds no image
     */
    public ImageResult image() {
        if (images.isEmpty()) {
            throw new IllegalStateException(model.model() + " answered without an image");
        }
        return images.get(0);
    }
}
