package dev.pictor.core.validate;

/**
 * One way a JSON instance fails a schema, as the reference validator sees it.
 *
 * @param pointer JSON Pointer into the instance
 * @param keyword the schema keyword that failed
 * @param schemaPointer JSON Pointer of the failing keyword inside the validated schema; empty when the keyword lies in
 *     another document (a shared schema reached through {@code $ref}) or is not known
 */
public record Violation(String pointer, String keyword, String message, String schemaPointer) {

    /** A violation whose keyword's place in the schema is not known. */
    public Violation(String pointer, String keyword, String message) {
        this(pointer, keyword, message, "");
    }
}
