package dev.pictor.runtime.validation;

import java.util.Objects;

/**
 * One way a value breaks its schema: where ({@code pointer}), which rule ({@code keyword}) and a readable
 * {@code message}.
 *
 * <p>{@code pointer} is a JSON Pointer (RFC 6901) into the request as it would be sent: {@code ""} for the request
 * itself, {@code "/num_steps"} for a member, {@code "/images/2"} for an array item; build one with {@link Pointers}.
 * As in JSON Schema's output format, a missing required member is reported at the object that lacks it, with keyword
 * {@code required}. {@code keyword} is the JSON Schema keyword that failed ({@code maximum}, {@code pattern},
 * {@code type}, ...). {@code message} says what is wrong with the value, rendering values as JSON and cutting long
 * ones ({@code 30 is above the maximum 20}).
 *
 * <p>{@link #toString()} is {@code pointer: message}, with the root pointer {@code ""} shown as {@code /}:
 * {@code /num_steps: 30 is above the maximum 20}, {@code /: missing required property "prompt"}. (A member whose
 * name is the empty string, pointer {@code "/"}, prints the same; {@link #pointer()} tells them apart.)
 */
public record Violation(String pointer, String keyword, String message) {

    public Violation {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(message, "message");
        if (!pointer.isEmpty() && pointer.charAt(0) != '/') {
            throw new IllegalArgumentException("not a JSON Pointer (must be empty or start with '/'): " + pointer);
        }
    }

    /** {@code pointer: message}, the root shown as {@code /}. */
    @Override
    public String toString() {
        return (pointer.isEmpty() ? "/" : pointer) + ": " + message;
    }
}
