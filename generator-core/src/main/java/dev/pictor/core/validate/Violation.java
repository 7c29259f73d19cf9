package dev.pictor.core.validate;

/**
 * One way a JSON instance fails a schema, as the reference validator sees it.
 *
 * @param pointer JSON Pointer into the instance
 * @param keyword the schema keyword that failed
 */
public record Violation(String pointer, String keyword, String message) {}
