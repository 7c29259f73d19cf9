package dev.pictor.core.link;

/** What a model answers with, as its output schema says. */
public sealed interface ResultShape {

    /** Image bytes in the body, of the media type the schema states (Cloudflare's {@code contentType}). */
    record BinaryImage(String mediaType) implements ResultShape {
    }

    /** A JSON body, held as the given type (a generated response record, a list, ...). */
    record Json(JavaType type) implements ResultShape {
    }
}
