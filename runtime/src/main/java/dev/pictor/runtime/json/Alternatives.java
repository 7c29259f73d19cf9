package dev.pictor.runtime.json;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a generated sealed interface: its implementations are the alternatives of a {@code oneOf} or {@code anyOf} of
 * closed objects, read by {@link AlternativesDeserializer}. Lists them in the schema's order, each with the members
 * the schema requires of it and the members that are always one string (tags).
 *
 * <p>Generated code:
 * <pre>{@code
 * @JsonDeserialize(using = AlternativesDeserializer.class)
 * @Alternatives(rule = Alternatives.Rule.ONE_OF, value = {
 *         @Alternatives.Alternative(type = ImageUrl.class, required = "url"),
 *         @Alternatives.Alternative(type = InlineImage.class, required = "base64")})
 * public sealed interface Image permits ImageUrl, InlineImage {
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Alternatives {

    /** How many alternatives a value may match. */
    Rule rule();

    /** The alternatives, in the order they are tried (the schema's). */
    Alternative[] value();

    /** How many alternatives a value may match. */
    enum Rule {
        /** {@code oneOf}: exactly one. */
        ONE_OF,
        /** {@code anyOf}: one or more; the first holds the value. */
        ANY_OF
    }

    /** One alternative: a record implementing the interface. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({})
    @interface Alternative {

        /** The record. */
        Class<?> type();

        /**
         * The members a JSON object must have to be this alternative, as the schema's {@code required} says: the
         * record binds an absent member as {@code null}, so binding alone would not tell.
         */
        String[] required() default {};

        /**
         * The members that are always one string in this alternative ({@code "type": {"const": "url"}}): a JSON
         * object whose member has another value is not this alternative, whatever else it holds.
         */
        Tag[] tags() default {};
    }

    /** A member of an alternative that is always the string {@link #value()}. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({})
    @interface Tag {

        /** The member's wire name. */
        String member();

        /** The string it always holds. */
        String value();
    }
}
