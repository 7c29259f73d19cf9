package dev.pictor.core.link;

import java.util.List;

/**
 * A generated sealed interface for a {@code oneOf} or {@code anyOf} whose branches are all closed records
 * ({@code additionalProperties: false}): a value is one of the {@link #alternatives()}, each a record that implements
 * the interface. Reading JSON tries the alternatives in order; the generated validator still checks the value against
 * the whole schema.
 *
 * @param nodeId       the schema holding the {@code oneOf}/{@code anyOf}
 * @param alternatives simple names of the alternative records, in the order of the schema's branches
 * @param keyword      which keyword the alternatives come from, and so how many of them a value may bind to
 * @param tags         the required members whose schema is a string constant ({@code "type": {"const": "url"}}), per
 *                     alternative in schema order: a value whose member has another string is not that alternative
 */
public record UnionDecl(
        String simpleName, String nodeId, List<String> alternatives, Keyword keyword, Docs docs, List<Tag> tags) {

    public UnionDecl {
        alternatives = List.copyOf(alternatives);
        tags = List.copyOf(tags);
    }

    /** Member {@code member} of alternative {@code alternative} is always the string {@code value}. */
    public record Tag(String alternative, String member, String value) {}

    /** The tags of one alternative, in schema order. */
    public List<Tag> tagsOf(String alternative) {
        return tags.stream().filter(t -> t.alternative().equals(alternative)).toList();
    }

    /** The keyword of the alternatives. */
    public enum Keyword {
        /** Exactly one alternative may match a value. */
        ONE_OF("oneOf"),
        /** The first alternative that matches a value holds it. */
        ANY_OF("anyOf");

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
