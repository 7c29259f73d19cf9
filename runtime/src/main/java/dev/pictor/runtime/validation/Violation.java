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

    // The pointer's last token, kept apart from its parent: the pointer a generated validator builds for a member
    // is then read here and dropped, and the JIT need not allocate it at all.
    private final Pointer parent;
    private final String name;
    private final int index;
    private final String keyword;

    private Violation(Pointer at, String keyword) {
        this.parent = at.parent;
        this.name = at.name;
        this.index = at.index;
        this.keyword = Objects.requireNonNull(keyword, "keyword");
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
        return new Written(at, keyword, Objects.requireNonNull(message, "message"));
    }

    /** The JSON Pointer of the value, as text. */
    public final String pointer() {
        return at().toString();
    }

    /** The JSON Pointer of the value. */
    public final Pointer at() {
        return Pointer.of(parent, name, index);
    }

    /** The JSON Schema keyword that failed. */
    public final String keyword() {
        return keyword;
    }

    /** What is wrong with the value. */
    public abstract String message();

    @Override
    public final boolean equals(Object o) {
        return o instanceof Violation other && pointer().equals(other.pointer()) && keyword.equals(other.keyword)
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

    /** {@code value relation bound} for integers: {@code 30 is above the maximum 20}. */
    static final class Longs extends Violation {
        private final long value;
        private final String relation;
        private final long bound;

        Longs(Pointer at, String keyword, long value, String relation, long bound) {
            super(at, keyword);
            this.value = value;
            this.relation = relation;
            this.bound = bound;
        }

        @Override
        public String message() {
            return Render.number(value) + relation + Render.number(bound);
        }
    }

    /** {@code value relation bound} for doubles: {@code 11.5 is above the maximum 10}. */
    static final class Doubles extends Violation {
        private final double value;
        private final String relation;
        private final double bound;

        Doubles(Pointer at, String keyword, double value, String relation, double bound) {
            super(at, keyword);
            this.value = value;
            this.relation = relation;
            this.bound = bound;
        }

        @Override
        public String message() {
            return Render.number(value) + relation + Render.number(bound);
        }
    }

    /**
     * {@code value relation bound} for values rendered as JSON ({@link Render#value}); a {@code null} value starts
     * the message with the relation: {@code missing required property "prompt"}.
     */
    static final class Values extends Violation {
        private final Object value;
        private final String relation;
        private final Object bound;

        Values(Pointer at, String keyword, Object value, String relation, Object bound) {
            super(at, keyword);
            this.value = value;
            this.relation = relation;
            this.bound = bound;
        }

        @Override
        public String message() {
            return (value == null ? "" : Render.value(value)) + relation + Render.value(bound);
        }
    }

    /** A string against a length bound: {@code "aaa…" (5000 characters) is longer than the maximum length 4000}. */
    static final class Length extends Violation {
        private final String value;
        private final String relation;
        private final int bound;

        Length(Pointer at, String keyword, String value, String relation, int bound) {
            super(at, keyword);
            this.value = value;
            this.relation = relation;
            this.bound = bound;
        }

        @Override
        public String message() {
            String shown = Render.string(value);
            if (Render.isCut(value)) {
                shown += " (" + value.codePointCount(0, value.length()) + " characters)";
            }
            return shown + relation + bound;
        }
    }

    /** An item count against a bound: {@code 5 items are more than the maximum 4}. */
    static final class Count extends Violation {
        private final int count;
        private final String relation;
        private final int bound;

        Count(Pointer at, String keyword, int count, String relation, int bound) {
            super(at, keyword);
            this.count = count;
            this.relation = relation;
            this.bound = bound;
        }

        @Override
        public String message() {
            return (count == 1 ? "1 item is" : count + " items are") + relation + bound;
        }
    }
}
