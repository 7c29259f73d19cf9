package dev.pictor.core.link;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pictor.core.link.SchemaParser.Draft;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides which schemas become generated enums, beside the string enums a {@code type: string} schema becomes in the
 * {@link TypeMapper}, and declares them all: enums of integers or numbers ({@code [75, 150, 225]}, {@code [0.5, 1]}),
 * an {@code enum} of strings with no {@code type}, and open enums, an {@code anyOf} of a plain string and an enum of
 * strings (in either order), whose value may be any string, the known ones named.
 */
final class EnumMapper {

    private static final Set<JsonType> STRING_ONLY = Set.of(JsonType.STRING);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private final Map<String, Draft> drafts;
    private final JavaNames names;
    private final JavaNames.Scope typeScope;
    private final List<EnumDecl> enums;

    /** @param enums where declared enums go: the {@link TypeMapper}'s list, in declaration order */
    EnumMapper(Map<String, Draft> drafts, JavaNames names, JavaNames.Scope typeScope, List<EnumDecl> enums) {
        this.drafts = drafts;
        this.names = names;
        this.typeScope = typeScope;
        this.enums = enums;
    }

    /**
     * The enum {@code d} becomes, named {@code name}: an open enum, a number enum or a type-less string enum. Empty
     * for any other schema (a {@code type: string} enum included, which the {@link TypeMapper} declares through
     * {@link #strings}), with nothing declared.
     */
    Optional<JavaType> map(Draft d, String name) {
        Optional<List<JsonNode>> known = openEnumValues(d);
        if (known.isPresent()) {
            return declare(d, name, JsonType.STRING, true, known.get()).map(JavaType.OpenEnumRef::new);
        }
        if (!plainEnum(d)) {
            return Optional.empty();
        }
        List<JsonNode> values = d.enumValues.orElseThrow();
        if (d.types.isEmpty() && values.stream().allMatch(JsonNode::isTextual)) {
            return declare(d, name, JsonType.STRING, false, values).map(JavaType.EnumRef::new);
        }
        if (!values.stream().allMatch(JsonNode::isNumber)
                || !values.stream().map(JsonNode::decimalValue).allMatch(EnumMapper::fitsLong)) {
            return Optional.empty();
        }
        boolean integers = values.stream().map(JsonNode::decimalValue).allMatch(EnumMapper::isIntegral);
        JsonType kind;
        if (d.types.equals(Set.of(JsonType.INTEGER)) || (d.types.isEmpty() && integers)) {
            kind = JsonType.INTEGER;
        } else if (d.types.equals(Set.of(JsonType.NUMBER)) || d.types.isEmpty()) {
            kind = JsonType.NUMBER;
        } else {
            return Optional.empty();
        }
        if (kind == JsonType.INTEGER && !integers) {
            return Optional.empty(); // 2.5 in an integer enum is never valid: the values stay as JSON, checked so
        }
        return declare(d, name, kind, false, values).map(JavaType.EnumRef::new);
    }

    /**
     * The enum a root schema's value becomes, named {@code name} (not the root's own name, which the record around
     * the value keeps): as {@link #map}, and a {@code type: string} enum too.
     */
    Optional<JavaType> root(Draft d, String name) {
        Optional<JavaType> mapped = map(d, name);
        if (mapped.isPresent() || !plainEnum(d) || !d.types.equals(STRING_ONLY)) {
            return mapped;
        }
        return d.enumValues.get().stream().allMatch(JsonNode::isTextual) ? strings(d, name) : Optional.empty();
    }

    /** A {@code type: string} schema's enum of strings, as the {@link TypeMapper} decides it; empty if the name is taken. */
    Optional<JavaType> strings(Draft d, String name) {
        return declare(d, name, JsonType.STRING, false, d.enumValues.orElseThrow())
                .map(JavaType.EnumRef::new);
    }

    /** An {@code enum} with nothing beside it but a {@code type} and annotations (and number bounds, checked later). */
    private static boolean plainEnum(Draft d) {
        return d.enumValues.isPresent()
                && !d.enumValues.get().isEmpty()
                && d.constValue.isEmpty()
                && !d.hasCombinators()
                && d.ref.isEmpty()
                && !d.alwaysFalse;
    }

    /**
     * The known values of an open enum: an {@code anyOf} of two branches, one {@code {type: string}} with nothing
     * else, the other an {@code enum} of strings (its {@code type} string, if any). Beside it, {@code type: string}
     * and any keyword of strings, which the value's wire form is checked against; keywords of other types say nothing
     * about a string.
     */
    private Optional<List<JsonNode>> openEnumValues(Draft d) {
        boolean shape = d.anyOf.size() == 2
                && d.oneOf.isEmpty()
                && d.allOf.isEmpty()
                && d.ref.isEmpty()
                && !d.alwaysFalse
                && STRING_ONLY.containsAll(d.types)
                && d.enumValues.isEmpty()
                && d.constValue.isEmpty();
        if (!shape) {
            return Optional.empty();
        }
        Draft first = target(d.anyOf.get(0));
        Draft second = target(d.anyOf.get(1));
        Draft enumBranch = plainString(first) ? second : plainString(second) ? first : null;
        if (enumBranch == null
                || !STRING_ONLY.containsAll(enumBranch.types)
                || !plainEnum(enumBranch)
                || !enumBranch.enumValues.get().stream().allMatch(JsonNode::isTextual)) {
            return Optional.empty();
        }
        return enumBranch.enumValues;
    }

    /** The schema a branch stands for: through {@code $ref}s with nothing but annotations beside them. */
    private Draft target(String id) {
        Draft b = drafts.get(id);
        Set<String> seen = new TreeSet<>();
        while (b.ref.isPresent() && TypeMapper.onlyRef(b) && seen.add(b.id)) {
            b = drafts.get(b.ref.get());
        }
        return b;
    }

    /** {@code {type: string}} and annotations: every string. */
    private static boolean plainString(Draft b) {
        return b.types.equals(STRING_ONLY)
                && TypeMapper.noValueKeywords(b)
                && !b.hasCombinators()
                && b.ref.isEmpty()
                && !b.alwaysFalse;
    }

    /**
     * Declares the enum: its name claimed (else empty, and the schema stays what it would be without), one constant
     * per distinct value (numbers by value: {@code 1} and {@code 1.0} are one), named by {@link JavaNames}.
     */
    private Optional<String> declare(Draft d, String name, JsonType kind, boolean open, List<JsonNode> values) {
        if (!typeScope.claim(name, d.nameHint, d.source)) {
            return Optional.empty();
        }
        Set<String> wires = new LinkedHashSet<>();
        for (JsonNode v : values) {
            wires.add(kind == JsonType.STRING ? v.asText() : canonical(v.decimalValue()));
        }
        List<String> wireList = List.copyOf(wires);
        List<String> javaNames = kind == JsonType.STRING
                ? names.constantNames(wireList, d.source)
                : wireList.stream()
                        .map(w -> JavaNames.numberConstantName(new BigDecimal(w)))
                        .toList();
        JavaNames.Scope constants = names.new Scope("enum constant", "of " + name, false);
        List<EnumDecl.Constant> list = new ArrayList<>();
        for (int i = 0; i < wireList.size(); i++) {
            constants.claim(javaNames.get(i), wireList.get(i), d.source);
            list.add(new EnumDecl.Constant(javaNames.get(i), wireList.get(i)));
        }
        enums.add(new EnumDecl(name, d.id, kind, open, list, d.docs));
        return Optional.of(name);
    }

    /** A number's wire text: as written, less trailing zeros of a fraction ({@code 1.50} is {@code 1.5}). */
    private static String canonical(BigDecimal value) {
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.toPlainString() : stripped.toString();
    }

    private static boolean isIntegral(BigDecimal d) {
        return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
    }

    private static boolean fitsLong(BigDecimal d) {
        return d.compareTo(LONG_MIN) >= 0 && d.compareTo(LONG_MAX) <= 0;
    }
}
