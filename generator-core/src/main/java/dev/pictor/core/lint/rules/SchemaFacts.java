package dev.pictor.core.lint.rules;

import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.schema.SchemaTypes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Small questions the group B rules ask of a schema object, and the wording they share. */
final class SchemaFacts {

    private SchemaFacts() {}

    /** The names in {@code type}; empty when there is no usable type. */
    static Set<String> types(LocatedObject schema) {
        return SchemaTypes.declared(schema).orElse(Set.of());
    }

    /** True when the schema's type admits numbers (integer or number). */
    static boolean isNumeric(LocatedObject schema) {
        return SchemaTypes.allowsNumbers(types(schema));
    }

    /** The schema's description, when it has a non-blank one. */
    static Optional<String> description(LocatedObject schema) {
        return schema.text("description").filter(d -> !d.isBlank());
    }

    /** The numbers of {@code enum} plus {@code const}, when the schema restricts values that way. */
    static Optional<List<BigDecimal>> allowedNumbers(LocatedObject schema) {
        List<LocatedNode> values = new ArrayList<>();
        schema.array("enum").ifPresent(a -> values.addAll(a.items()));
        schema.get("const").ifPresent(values::add);
        if (!schema.has("enum") && !schema.has("const")) {
            return Optional.empty();
        }
        return Optional.of(values.stream().flatMap(v -> v.asNumber().stream()).toList());
    }

    /** The strings of a {@code required} array (anything else in it is ignored). */
    static List<String> names(Optional<LocatedNode.LocatedArray> required) {
        return required.map(a ->
                        a.items().stream().flatMap(i -> i.asText().stream()).toList())
                .orElse(List.of());
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    static String plain(BigDecimal number) {
        return number.toPlainString();
    }

    /** A JSON value as a message shows it: a number as written, a string quoted. */
    static String shown(LocatedNode value) {
        if (value instanceof LocatedNode.LocatedNumber n) {
            return n.literal();
        }
        return value instanceof LocatedNode.LocatedString s
                ? quoted(s.value())
                : value.toJackson().toString();
    }

    static String quoted(String name) {
        return "\"" + name + "\"";
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}; {@code word} replaces "and". */
    static String join(List<String> parts, String word) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + word + " " + parts.get(parts.size() - 1);
    }
}
