package dev.pictor.core.link;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an object schema says beyond its members' schemas: how many members it has, what their names must be, and
 * what the presence of one member demands.
 *
 * @param minProperties     {@code minProperties}
 * @param maxProperties     {@code maxProperties}
 * @param propertyNames     node id every member name (as a JSON string) must pass
 * @param dependentRequired {@code dependentRequired} (or draft-07's array-valued {@code dependencies}): a member name
 *                          to the names that must be present when it is, in declared order
 * @param dependentSchemas  {@code dependentSchemas} (or draft-07's schema-valued {@code dependencies}): a member name
 *                          to the node id the whole object must pass when it is present, in declared order
 */
public record ObjectKeywords(
        Optional<Long> minProperties,
        Optional<Long> maxProperties,
        Optional<String> propertyNames,
        Map<String, List<String>> dependentRequired,
        Map<String, String> dependentSchemas) {

    /** An object schema that says none of these. */
    public static final ObjectKeywords NONE =
            new ObjectKeywords(Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), Map.of());

    public ObjectKeywords {
        Map<String, List<String>> required = new LinkedHashMap<>();
        dependentRequired.forEach((k, v) -> required.put(k, List.copyOf(v)));
        dependentRequired = Collections.unmodifiableMap(required);
        dependentSchemas = Collections.unmodifiableMap(new LinkedHashMap<>(dependentSchemas));
    }

    /** Whether none of these keywords is written. */
    public boolean isEmpty() {
        return minProperties.isEmpty()
                && maxProperties.isEmpty()
                && propertyNames.isEmpty()
                && dependentRequired.isEmpty()
                && dependentSchemas.isEmpty();
    }
}
