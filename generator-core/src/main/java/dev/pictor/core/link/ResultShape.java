package dev.pictor.core.link;

/** What a model answers with, as its output schema says. */
public sealed interface ResultShape {

    /** Image bytes in the body, of the media type the schema states (Cloudflare's {@code contentType}). */
    record BinaryImage(String mediaType) implements ResultShape {}

    /** A JSON body, read into a generated response record (a record around the value when it is not an object). */
    record Json(JavaType type) implements ResultShape {}
}
