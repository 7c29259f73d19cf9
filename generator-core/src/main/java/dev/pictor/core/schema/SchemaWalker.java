package dev.pictor.core.schema;

import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedArray;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.Member;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Visits every subschema of a schema tree in document order, knowing which keyword led to it. {@code $ref} is not
 * followed: each schema is visited where it is written.
 */
public final class SchemaWalker {

    /** Keywords whose value is one subschema. */
    public static final Set<String> SINGLE = Set.of(
            "additionalProperties",
            "items",
            "additionalItems",
            "contains",
            "not",
            "if",
            "then",
            "else",
            "propertyNames",
            "unevaluatedItems",
            "unevaluatedProperties",
            "contentSchema");

    /** Keywords whose value is an array of subschemas. */
    public static final Set<String> LIST = Set.of("allOf", "anyOf", "oneOf", "prefixItems", "items");

    /** Keywords whose value maps names to subschemas. */
    public static final Set<String> MAP =
            Set.of("properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "dependencies");

    /**
     * One subschema.
     *
     * @param keyword  the keyword it sits under ({@code ""} for the root)
     * @param name     the property (or definition) name when it sits under a map keyword, else {@code ""}
     * @param parent   the schema that contains it, or null for the root
     */
    public record SubSchema(LocatedNode node, String keyword, String name, LocatedObject parent) {

        /** True for a schema that describes a named property of an object. */
        public boolean isProperty() {
            return keyword.equals("properties");
        }
    }

    private SchemaWalker() {}

    public static void walk(LocatedNode root, Consumer<SubSchema> visitor) {
        visit(new SubSchema(root, "", "", null), visitor);
    }

    private static void visit(SubSchema schema, Consumer<SubSchema> visitor) {
        visitor.accept(schema);
        if (!(schema.node() instanceof LocatedObject object)) {
            return;
        }
        for (Member m : object.members()) {
            String keyword = m.name();
            LocatedNode value = m.value();
            if (SINGLE.contains(keyword) && isSchema(value)) {
                visit(new SubSchema(value, keyword, "", object), visitor);
            } else if (LIST.contains(keyword) && value instanceof LocatedArray array) {
                array.items().stream()
                        .filter(SchemaWalker::isSchema)
                        .forEach(item -> visit(new SubSchema(item, keyword, "", object), visitor));
            } else if (MAP.contains(keyword) && value instanceof LocatedObject map) {
                for (Member entry : map.members()) {
                    if (isSchema(entry.value())) {
                        visit(new SubSchema(entry.value(), keyword, entry.name(), object), visitor);
                    }
                }
            }
        }
    }

    private static boolean isSchema(LocatedNode node) {
        return node instanceof LocatedObject || node instanceof LocatedNode.LocatedBoolean;
    }
}
