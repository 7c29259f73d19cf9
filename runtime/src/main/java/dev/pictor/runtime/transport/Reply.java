package dev.pictor.runtime.transport;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pictor.runtime.ImageBytes;

/**
 * What a transport hands an adapter to decode: the provider's payload with its envelope already taken off (the
 * {@code result} of Cloudflare's REST envelope, the {@code output} of a Replicate prediction or a RunPod job).
 */
public sealed interface Reply {

    /** A body of image bytes, with the media type the response declared. */
    record Binary(String mediaType, ImageBytes bytes) implements Reply {}

    /** A JSON payload. */
    record Json(JsonNode payload) implements Reply {}
}
