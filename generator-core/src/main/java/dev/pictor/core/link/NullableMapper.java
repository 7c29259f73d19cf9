package dev.pictor.core.link;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pictor.core.link.SchemaParser.Draft;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Decides which schemas hold a nullable value: {@code type: [X, "null"]}; an {@code anyOf} or {@code oneOf} (with
 * nothing but annotations beside it) of exactly one null-only branch ({@code {type: "null"}}) and the rest; and so
 * OpenAPI 3.0's {@code nullable: true}, which the parser writes as {@code anyOf [{type: "null"}, the schema]}. The
 * schema without its {@code null} is mapped by the {@link TypeMapper} as any other, and what it becomes is wrapped in
 * {@link JavaType.Nullable}; a passthrough value (which holds a JSON {@code null} itself) or image bytes stay as they
 * are.
 *
 * <p>The generated validator checks the value against the whole schema, {@code null} branch included, so no
 * keyword is lost by stripping it here.
 */
final class NullableMapper {

    private final Map<String, Draft> drafts;

    NullableMapper(Map<String, Draft> drafts) {
        this.drafts = drafts;
    }

    /**
     * The nullable type of {@code d}, or empty when its schema is not one of the shapes above.
     *
     * @param withoutNull maps {@code d} as if it did not admit {@code null} (called while {@code d}'s
     *     {@code null} is taken out of it)
     * @param branch maps the one branch left beside the null-only one
     */
    Optional<JavaType> map(Draft d, Supplier<JavaType> withoutNull, Function<String, JavaType> branch) {
        if (d.alwaysFalse) {
            return Optional.empty();
        }
        if (d.types.size() == 2 && d.types.contains(JsonType.NULL) && admitsNull(d)) {
            // Mapped as the same draft, so records and enums keep its id and name; the null (of the type and of an
            // enum that lists it) is put back at once.
            Optional<List<JsonNode>> values = d.enumValues;
            d.types.remove(JsonType.NULL);
            d.enumValues = values.map(v -> v.stream().filter(n -> !n.isNull()).toList());
            try {
                return wrap(withoutNull.get());
            } finally {
                d.types.add(JsonType.NULL);
                d.enumValues = values;
            }
        }
        boolean oneOf = !d.oneOf.isEmpty();
        List<String> ids = oneOf ? d.oneOf : d.anyOf;
        if (!d.types.isEmpty()
                || !besideAdmitsEveryShape(d)
                || !d.allOf.isEmpty()
                || d.oneOf.isEmpty() == d.anyOf.isEmpty()
                || d.ref.isPresent()) {
            return Optional.empty();
        }
        List<String> nulls =
                ids.stream().filter(id -> isOnlyNull(drafts.get(id))).toList();
        if (nulls.size() != 1 || ids.size() < 2) {
            return Optional.empty();
        }
        String onlyNull = nulls.get(0);
        if (ids.size() == 2) {
            return wrap(branch.apply(ids.get(ids.get(0).equals(onlyNull) ? 1 : 0)));
        }
        // Several branches beside null: what they make together (a union), as the same draft.
        int at = ids.indexOf(onlyNull);
        ids.remove(at);
        try {
            return wrap(withoutNull.get());
        } finally {
            ids.add(at, onlyNull);
        }
    }

    /**
     * Whether the keywords beside an {@code anyOf}/{@code oneOf} leave every shape of value its branches allow: bounds,
     * lengths, a pattern and item counts only narrow the values of one JSON type (never {@code null}), and the
     * generated validator checks them on the whole schema; an {@code enum}, a {@code const} or object and array
     * members would change what the value's type must hold.
     */
    private static boolean besideAdmitsEveryShape(Draft d) {
        return d.enumValues.isEmpty()
                && d.constValue.isEmpty()
                && d.items.isEmpty()
                && d.required.isEmpty()
                && d.properties.isEmpty()
                && d.additionalProperties.isEmpty()
                && d.patternProperties.isEmpty()
                && d.prefixItems.isEmpty()
                && !d.usesLaterFamilies();
    }

    /**
     * Whether a schema whose {@code type} admits {@code null} keeps admitting it: no branch, {@code enum},
     * {@code const}, {@code not} or {@code if} that could refuse it. (Where one does, the value is not made nullable:
     * that would offer a {@code null} that is never valid.)
     */
    private static boolean admitsNull(Draft d) {
        return !d.hasCombinators()
                && d.conditionals().isEmpty()
                && d.constValue.isEmpty()
                && d.enumValues
                        .map(values -> values.stream().anyMatch(JsonNode::isNull))
                        .orElse(true);
    }

    /** The value type held nullable; a passthrough or bytes stays itself, a nullable is not wrapped twice. */
    private static Optional<JavaType> wrap(JavaType value) {
        if (value instanceof JavaType.Passthrough || value instanceof JavaType.Bytes) {
            return Optional.empty();
        }
        return Optional.of(value instanceof JavaType.Nullable ? value : new JavaType.Nullable(value));
    }

    /** Whether a schema is {@code {type: "null"}}, with annotations at most. */
    static boolean isOnlyNull(Draft b) {
        return !b.alwaysFalse
                && b.types.equals(Set.of(JsonType.NULL))
                && TypeMapper.noValueKeywords(b)
                && !b.hasCombinators()
                && b.ref.isEmpty();
    }

    /** The value type of a type that may be nullable: what a {@code Nullable} holds, else the type itself. */
    static JavaType valueOf(JavaType type) {
        return type instanceof JavaType.Nullable n ? n.value() : type;
    }
}
