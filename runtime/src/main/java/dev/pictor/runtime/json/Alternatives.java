package dev.pictor.runtime.json;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a generated sealed interface: its implementations are the alternatives of a {@code oneOf}, an {@code anyOf} or a
 * {@code type} list, read by {@link AlternativesDeserializer}. Lists them in the schema's order, each with the JSON
 * type it is read from (an alternative that is not an object is a record around one value, read from the bare JSON
 * value), the members the schema requires of an object alternative, the members that are always one string (tags),
 * and the values of the OpenAPI {@code discriminator} member that name it.
 *
 * <p>Generated code:
 * <pre>{@code
 * @JsonDeserialize(using = AlternativesDeserializer.class)
 * @Alternatives(rule = Alternatives.Rule.ONE_OF, value = {
 *         @Alternatives.Alternative(type = ImageUrl.class, required = "url"),
 *         @Alternatives.Alternative(type = InlineImage.class, required = "base64")})
 * public sealed interface Image permits ImageUrl, InlineImage {
 * }
 *
 * @Alternatives(rule = Alternatives.Rule.ONE_OF, value = {
 *         @Alternatives.Alternative(type = PromptText.class, kind = Alternatives.Kind.STRING),
 *         @Alternatives.Alternative(type = PromptList.class, kind = Alternatives.Kind.ARRAY)})
 * public sealed interface Prompt permits PromptText, PromptList {
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

    /**
     * The OpenAPI {@code discriminator}'s {@code propertyName}, or empty for none: a JSON object is the object
     * alternative whose {@link Alternative#discriminatorValues()} hold this member's string.
     */
    String discriminator() default "";

    /** The JSON type of a value, as its first token shows it. */
    enum Kind {
        /** A JSON object. */
        OBJECT,
        /** A JSON array. */
        ARRAY,
        /** A JSON string. */
        STRING,
        /** A JSON number, integer or not. */
        NUMBER,
        /** {@code true} or {@code false}. */
        BOOLEAN
    }

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
         * The JSON type of this alternative's values: {@link Kind#OBJECT} for a record of members, any other for a
         * record around one value, read from the bare JSON value.
         */
        Kind kind() default Kind.OBJECT;

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

        /**
         * The members that other object alternatives declare and this one, an open object, does not: its record
         * would drop them, and with them what tells the alternatives apart, so a JSON object with one of them is not
         * this alternative.
         */
        String[] foreign() default {};

        /** The strings of the interface's {@link Alternatives#discriminator()} member that name this alternative. */
        String[] discriminatorValues() default {};
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
