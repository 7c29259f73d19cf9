package dev.pictor.runtime.validation;

import java.util.Objects;

/**
 * One way a value breaks its schema: where ({@link #pointer()}), which rule ({@link #keyword()}) and a readable
 * {@link #message()}.
 *
 * <p>The pointer is a JSON Pointer (RFC 6901) into the request as it would be sent: {@code ""} for the request
 * itself, {@code "/num_steps"} for a member, {@code "/images/2"} for an array item. As in JSON Schema's output
 * format, a missing required member is reported at the object that lacks it, with keyword {@code required}. The
 * keyword is the JSON Schema keyword that failed ({@code maximum}, {@code pattern}, {@code type}, ...). The message
 * says what is wrong with the value, rendering values as JSON and cutting long ones
 * ({@code 30 is above the maximum 20}).
 *
 * <p>{@link Checks} keep the values and render pointer and message only when they are read, so finding a violation
 * costs one small object. Immutable; two violations are equal when pointer, keyword and message are.
 * {@link #toString()} is {@code pointer: message}, with the root pointer {@code ""} shown as {@code /}:
 * {@code /num_steps: 30 is above the maximum 20}, {@code /: missing required property "prompt"}. (A member whose
 * name is the empty string, pointer {@code "/"}, prints the same; {@link #pointer()} tells them apart.)
 */
public abstract class Violation {

    // The pointer's parent and last token (a member name, or an item index as an Integer), kept apart: the pointer a
    // generated validator builds for a member is then read here and dropped, and the JIT need not allocate it.
    private final Pointer parent;
    private final Object token;
    private final String keyword;

    /** {@code keyword} is never {@code null}: {@link #of} checks it, {@link Checks} pass constants. */
    private Violation(Pointer at, String keyword) {
        this.parent = at.parent;
        this.token = at.name != null ? at.name : Integer.valueOf(at.index);
        this.keyword = keyword;
    }

    /**
     * A violation with a message written out.
     *
     * @throws IllegalArgumentException when {@code pointer} is not a JSON Pointer
     */
    public static Violation of(String pointer, String keyword, String message) {
        return of(Pointer.parse(pointer), keyword, message);
    }

    /** A violation at {@code at} with a message written out. */
    public static Violation of(Pointer at, String keyword, String message) {
        return new Written(
                Objects.requireNonNull(at, "at"),
                Objects.requireNonNull(keyword, "keyword"),
                Objects.requireNonNull(message, "message"));
    }

    /** The JSON Pointer of the value, as text. */
    public final String pointer() {
        return at().toString();
    }

    /** The JSON Pointer of the value. */
    public final Pointer at() {
        if (parent == null) {
            return Pointer.ROOT;
        }
        return token instanceof String name ? parent.member(name) : parent.item((Integer) token);
    }

    /** The JSON Schema keyword that failed. */
    public final String keyword() {
        return keyword;
    }

    /** What is wrong with the value. */
    public abstract String message();

    @Override
    public final boolean equals(Object o) {
        return o instanceof Violation other
                && pointer().equals(other.pointer())
                && keyword.equals(other.keyword)
                && message().equals(other.message());
    }

    @Override
    public final int hashCode() {
        return Objects.hash(pointer(), keyword, message());
    }

    /** {@code pointer: message}, the root shown as {@code /}. */
    @Override
    public final String toString() {
        String pointer = pointer();
        return (pointer.isEmpty() ? "/" : pointer) + ": " + message();
    }

    /**
     * The words between value and bound in the message of a violation of {@code keyword}: one place for the wording of
     * every message that {@link Checks} leave to be rendered.
     */
    private static String relation(String keyword) {
        switch (keyword) {
            case "required":
                return "missing required property ";
            case "minimum":
                return " is below the minimum ";
            case "maximum":
                return " is above the maximum ";
            case "exclusiveMinimum":
                return " is not above the exclusive minimum ";
            case "exclusiveMaximum":
                return " is not below the exclusive maximum ";
            case "multipleOf":
                return " is not a multiple of ";
            case "minLength":
                return " is shorter than the minimum length ";
            case "maxLength":
                return " is longer than the maximum length ";
            case "pattern":
                return " does not match the pattern ";
            case "format":
                return " is not of the format ";
            case "minItems", "minProperties":
                return " fewer than the minimum ";
            case "maxItems", "maxProperties":
                return " more than the maximum ";
            default:
                throw new IllegalStateException("no message for keyword " + keyword);
        }
    }

    /** A message written out when the violation was found. */
    private static final class Written extends Violation {
        private final String message;

        Written(Pointer at, String keyword, String message) {
            super(at, keyword);
            this.message = message;
        }

        @Override
        public String message() {
            return message;
        }
    }

    /** {@code value, words, bound} for integers: {@code 30 is above the maximum 20}. */
    static final class Longs extends Violation {
        private final long value;
        private final long bound;

        Longs(Pointer at, String keyword, long value, long bound) {
            super(at, keyword);
            this.value = value;
            this.bound = bound;
        }

        @Override
        public String message() {
            return Render.number(value) + relation(keyword()) + Render.number(bound);
        }
    }

    /** {@code value, words, bound} for doubles: {@code 11.5 is above the maximum 10}. */
    static final class Doubles extends Violation {
        private final double value;
        private final double bound;

        Doubles(Pointer at, String keyword, double value, double bound) {
            super(at, keyword);
            this.value = value;
            this.bound = bound;
        }

        @Override
        public String message() {
            return Render.number(value) + relation(keyword()) + Render.number(bound);
        }
    }

    /**
     * {@code value, words, bound} for values rendered as JSON ({@link Render#value}); a {@code null} value starts
     * the message with the words: {@code missing required property "prompt"}.
     */
    static final class Values extends Violation {
        private final Object value;
        private final Object bound;

        Values(Pointer at, String keyword, Object value, Object bound) {
            super(at, keyword);
            this.value = value;
            this.bound = bound;
        }

        @Override
        public String message() {
            return (value == null ? "" : Render.value(value)) + relation(keyword()) + Render.value(bound);
        }
    }

    /** A string against a length bound: {@code "aaa…" (5000 characters) is longer than the maximum length 4000}. */
    static final class Length extends Violation {
        private final String value;
        private final int bound;

        Length(Pointer at, String keyword, String value, int bound) {
            super(at, keyword);
            this.value = value;
            this.bound = bound;
        }

        @Override
        public String message() {
            String shown = Render.string(value);
            if (Render.isCut(value)) {
                shown += " (" + value.codePointCount(0, value.length()) + " characters)";
            }
            return shown + relation(keyword()) + bound;
        }
    }

    /**
     * An item (or member) count against a bound: {@code 5 items are more than the maximum 4},
     * {@code 1 property is fewer than the minimum 2}.
     */
    static final class Count extends Violation {
        private final int count;
        private final int bound;

        Count(Pointer at, String keyword, int count, int bound) {
            super(at, keyword);
            this.count = count;
            this.bound = bound;
        }

        @Override
        public String message() {
            boolean members = keyword().endsWith("Properties");
            String counted = count == 1
                    ? (members ? "1 property is" : "1 item is")
                    : count + (members ? " properties are" : " items are");
            return counted + relation(keyword()) + bound;
        }
    }
}
