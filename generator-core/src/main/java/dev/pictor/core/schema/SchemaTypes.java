package dev.pictor.core.schema;

import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Which JSON types a schema allows, as its {@code type} keyword says, and how to name them in messages. */
public final class SchemaTypes {

    private SchemaTypes() {}

    /**
     * The types named by the schema's {@code type}, in the order written; empty when the schema has no {@code type}
     * or one that is not a string or an array of strings (the meta-schema check reports that).
     */
    public static Optional<Set<String>> declared(LocatedObject schema) {
        Optional<LocatedNode> type = schema.get("type");
        if (type.isEmpty()) {
            return Optional.empty();
        }
        Set<String> types = new LinkedHashSet<>();
        if (type.get() instanceof LocatedNode.LocatedString s) {
            types.add(s.value());
        } else if (type.get() instanceof LocatedNode.LocatedArray a) {
            for (LocatedNode item : a.items()) {
                if (item.asText().isEmpty()) {
                    return Optional.empty();
                }
                types.add(item.asText().get());
            }
        } else {
            return Optional.empty();
        }
        return types.isEmpty() ? Optional.empty() : Optional.of(types);
    }

    /**
     * Whether a value of the given JSON type (as {@link LocatedNode#jsonType()} names it) is allowed by these types;
     * an integer is a number, as JSON Schema has it.
     */
    public static boolean allows(Set<String> types, String jsonType) {
        return types.contains(jsonType) || (jsonType.equals("integer") && types.contains("number"));
    }

    /** Whether the types admit any number (integer or number). */
    public static boolean allowsNumbers(Set<String> types) {
        return types.contains("number") || types.contains("integer");
    }

    /** {@code integer}, {@code integer or null}, {@code string, integer or null}. */
    public static String describe(Set<String> types) {
        List<String> list = List.copyOf(types);
        if (list.size() == 1) {
            return list.get(0);
        }
        return String.join(", ", list.subList(0, list.size() - 1)) + " or " + list.get(list.size() - 1);
    }

    /** A JSON type with its article, for prose: {@code a string}, {@code an integer}, {@code null}. */
    public static String withArticle(String jsonType) {
        return switch (jsonType) {
            case "null" -> "null";
            case "integer", "array", "object" -> "an " + jsonType;
            default -> "a " + jsonType;
        };
    }
}
