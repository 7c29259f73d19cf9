package dev.pictor.core.link;

import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.schema.SchemaRefs;
import dev.pictor.core.schema.SchemaResources;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The dynamic scope a schema is checked in, as far as {@code $dynamicRef} can see it: for each {@code
 * $dynamicAnchor} name, the anchor of the outermost schema resource entered on the way to the schema that declares
 * one. Generated Java resolves a {@code $dynamicRef} statically: a schema reached in two scopes that differ here is
 * parsed twice. A model without {@code $dynamicAnchor} has only the empty scope, so nothing is parsed twice.
 *
 * @param anchors the outermost anchor by name
 */
record DynamicScope(Map<String, SchemaRefs.Target> anchors) {

    /** The scope of a schema's root before any resource is entered. */
    static final DynamicScope EMPTY = new DynamicScope(Map.of());

    DynamicScope {
        anchors = java.util.Collections.unmodifiableMap(new TreeMap<>(anchors));
    }

    /**
     * The scope inside {@code node} of {@code document}: each dynamic anchor of the schema resource the node belongs
     * to whose name the scope lacks is added (an outer resource's anchor wins). A resource is entered by evaluating
     * any schema in it, not only its root: a {@code $ref} to {@code first#/$defs/stuff} enters {@code first}.
     */
    DynamicScope enter(SchemaRefs refs, LocatedNode node, LocatedNode document) {
        SchemaResources index = refs.index(document);
        if (!index.hasDynamicAnchors()) {
            return this;
        }
        Map<String, SchemaRefs.Target> entered = new TreeMap<>(anchors);
        index.dynamicAnchors(index.baseAt(node.pointer()))
                .forEach((name, anchor) -> entered.putIfAbsent(name, new SchemaRefs.Target(anchor, document)));
        return entered.size() == anchors.size() ? this : new DynamicScope(entered);
    }

    /** The outermost anchor named {@code name} in this scope. */
    Optional<SchemaRefs.Target> outermost(String name) {
        return Optional.ofNullable(anchors.get(name));
    }

    /** What tells this scope's parse of a schema from another's: empty for the empty scope. */
    String signature() {
        return anchors.isEmpty()
                ? ""
                : anchors.entrySet().stream()
                        .map(e -> e.getKey() + "="
                                + e.getValue().node().location().file() + "#"
                                + e.getValue().node().pointer())
                        .collect(Collectors.joining(",", "|", ""));
    }
}
