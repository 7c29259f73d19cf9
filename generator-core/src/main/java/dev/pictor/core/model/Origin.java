package dev.pictor.core.model;

/** Whether a document's schema is the provider's own (kept verbatim) or written by this project from prose. */
public enum Origin {
    PUBLISHED,
    AUTHORED
}
