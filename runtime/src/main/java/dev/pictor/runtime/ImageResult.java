package dev.pictor.runtime;

import java.util.Objects;

/**
 * A model's output that is an image in the response body itself (Cloudflare's {@code contentType: image/png}): the
 * bytes and the media type the response declared ({@code image/png}, {@code image/jpeg}; as sent, parameters
 * included). Its {@code toString} shows the size and media type, never the bytes.
 */
public record ImageResult(ImageBytes bytes, String mediaType) {

    public ImageResult {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(mediaType, "mediaType");
    }
}
