package dev.pictor.core.link;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A generated sealed interface for a {@code oneOf}, an {@code anyOf} or a {@code type} list whose alternatives JSON
 * can tell apart: a value is one of the {@link #alternatives()}, each a record that implements the interface. An
 * object alternative is a record of members; any other is a record around one value ({@link RecordDecl#wrapper()}),
 * read and written as the bare JSON value. Reading JSON picks the alternatives of the value's JSON type, then (for an
 * object) the one the {@link #discriminator()} names, else tries them in order; the generated validator still checks
 * the value against the whole schema.
 *
 * @param nodeId        the schema holding the {@code oneOf}/{@code anyOf}/{@code type} list
 * @param alternatives  simple names of the alternative records, in the order of the schema's branches
 * @param keyword       which keyword the alternatives come from, and so how many of them a value may bind to
 * @param tags          the required members whose schema is a string constant ({@code "type": {"const": "url"}}), per
 *                      alternative in schema order: a value whose member has another string is not that alternative
 * @param values        the alternatives around one value, with the JSON type of that value (never {@code object} or
 *                      {@code null}); an alternative not listed is an object
 * @param discriminator the OpenAPI {@code discriminator} that names the object alternatives, if one is given
 */
public record UnionDecl(
        String simpleName,
        String nodeId,
        List<String> alternatives,
        Keyword keyword,
        Docs docs,
        List<Tag> tags,
        Map<String, JsonType> values,
        Optional<Discriminator> discriminator) {

    public UnionDecl {
        alternatives = List.copyOf(alternatives);
        tags = List.copyOf(tags);
        values = Map.copyOf(values);
    }

    /** A union of object alternatives only, without a discriminator. */
    public UnionDecl(
            String simpleName, String nodeId, List<String> alternatives, Keyword keyword, Docs docs, List<Tag> tags) {
        this(simpleName, nodeId, alternatives, keyword, docs, tags, Map.of(), Optional.empty());
    }

    /** Member {@code member} of alternative {@code alternative} is always the string {@code value}. */
    public record Tag(String alternative, String member, String value) {}

    /**
     * OpenAPI's {@code discriminator}: the string of member {@code member} names the object alternative that holds a
     * value.
     *
     * @param values each string that names an alternative, as a {@link Tag} of the member, in schema order
     */
    public record Discriminator(String member, List<Tag> values) {

        public Discriminator {
            values = List.copyOf(values);
        }

        /** The strings that name alternative {@code alternative}, in schema order. */
        public List<String> valuesOf(String alternative) {
            return values.stream()
                    .filter(t -> t.alternative().equals(alternative))
                    .map(Tag::value)
                    .toList();
        }
    }

    /** The tags of one alternative, in schema order. */
    public List<Tag> tagsOf(String alternative) {
        return tags.stream().filter(t -> t.alternative().equals(alternative)).toList();
    }

    /** The keyword of the alternatives. */
    public enum Keyword {
        /** Exactly one alternative may match a value. */
        ONE_OF("oneOf"),
        /** The first alternative that matches a value holds it. */
        ANY_OF("anyOf"),
        /** A {@code type} list: a value has exactly one of the JSON types, so exactly one alternative matches. */
        TYPE("type");

        private final String schemaName;

        Keyword(String schemaName) {
            this.schemaName = schemaName;
        }

        /** The keyword as JSON Schema spells it. */
        public String schemaName() {
            return schemaName;
        }
    }
}
