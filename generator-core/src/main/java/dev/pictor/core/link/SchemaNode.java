package dev.pictor.core.link;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pictor.core.diag.SourceLocation;
import dev.pictor.core.schema.Bound;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One subschema with every keyword the generator enforces, parsed; what the validators are generated from.
 * Subschemas are referred to by {@link #id()} (a node's children, and a {@code $ref} target, live in
 * {@link LinkedModel#nodes()}), so that recursive schemas stay finite and immutable.
 *
 * @param id          unique within the model, stable across runs (assigned in document order)
 * @param alwaysFalse the schema {@code false}: no value is valid
 * @param types       the allowed JSON types; empty when {@code type} is absent (any type)
 * @param properties  declared property schemas, in declared order (wire name to node id)
 * @param additionalProperties node id for properties not declared; empty when any is allowed
 * @param ref         node id of the {@code $ref} target
 * @param javaType    how values of this schema are held in generated code
 * @param mediaType   the media type the schema declares for its content ({@code contentMediaType}, or a vendor's
 *                    {@code contentType}), if any
 * @param patternProperties {@code patternProperties}, in declared order: a Java regular expression (found anywhere
 *                    in a member name) to the node id every member whose name it matches must pass
 * @param prefixItems {@code prefixItems} (or draft-07's array-form {@code items}): the node id of each leading item,
 *                    in order; {@link #items()} then speaks only of the items after them
 * @param objects     object counts, member names and dependencies
 * @param arrays      unique and contained items
 * @param conditionals {@code not}, {@code if}/{@code then}/{@code else}
 * @param unevaluated {@code unevaluatedProperties}, {@code unevaluatedItems}
 * @param assertedFormat the {@code format} the validators check, present only where the model document asks for
 *                    assertion ({@code "formats": "assert"}) and the runtime knows the format
 */
public record SchemaNode(
        String id,
        String pointer,
        SourceLocation location,
        boolean alwaysFalse,
        Set<JsonType> types,
        Optional<List<JsonNode>> enumValues,
        Optional<JsonNode> constValue,
        Optional<Bound> lower,
        Optional<Bound> upper,
        Optional<BigDecimal> multipleOf,
        Optional<Long> minLength,
        Optional<Long> maxLength,
        Optional<String> pattern,
        Optional<String> items,
        Optional<Long> minItems,
        Optional<Long> maxItems,
        List<String> required,
        Map<String, String> properties,
        Optional<String> additionalProperties,
        List<String> allOf,
        List<String> anyOf,
        List<String> oneOf,
        Optional<String> ref,
        Docs docs,
        JavaType javaType,
        Optional<String> mediaType,
        Map<String, String> patternProperties,
        List<String> prefixItems,
        ObjectKeywords objects,
        ArrayKeywords arrays,
        Conditionals conditionals,
        Unevaluated unevaluated,
        Optional<String> assertedFormat) {

    public SchemaNode {
        types = Set.copyOf(types);
        enumValues = enumValues.map(List::copyOf);
        required = List.copyOf(required);
        properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
        allOf = List.copyOf(allOf);
        anyOf = List.copyOf(anyOf);
        oneOf = List.copyOf(oneOf);
        patternProperties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(patternProperties));
        prefixItems = List.copyOf(prefixItems);
    }

    /** Whether this is {@code {type: "null"}} with annotations at most: the branch that makes a schema nullable. */
    public boolean onlyNull() {
        return !alwaysFalse
                && types.equals(Set.of(JsonType.NULL))
                && enumValues.isEmpty()
                && constValue.isEmpty()
                && lower.isEmpty()
                && upper.isEmpty()
                && multipleOf.isEmpty()
                && minLength.isEmpty()
                && maxLength.isEmpty()
                && pattern.isEmpty()
                && items.isEmpty()
                && minItems.isEmpty()
                && maxItems.isEmpty()
                && required.isEmpty()
                && properties.isEmpty()
                && additionalProperties.isEmpty()
                && allOf.isEmpty()
                && anyOf.isEmpty()
                && oneOf.isEmpty()
                && ref.isEmpty()
                && patternProperties.isEmpty()
                && prefixItems.isEmpty()
                && assertedFormat.isEmpty()
                && !usesLaterFamilies();
    }

    /**
     * Whether a keyword of the later families ({@link ObjectKeywords}, {@link ArrayKeywords}, {@link Conditionals},
     * {@link Unevaluated}) is written.
     */
    public boolean usesLaterFamilies() {
        return !objects.isEmpty() || !arrays.isEmpty() || !conditionals.isEmpty() || !unevaluated.isEmpty();
    }

    /** Whether the types admit values of type {@code t} (an integer is also a number). */
    public boolean admits(JsonType t) {
        return types.isEmpty() || types.contains(t) || (t == JsonType.INTEGER && types.contains(JsonType.NUMBER));
    }
}
