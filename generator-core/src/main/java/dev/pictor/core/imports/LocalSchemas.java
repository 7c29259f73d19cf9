package dev.pictor.core.imports;

import dev.pictor.core.imports.OpenApiFiles.Doc;
import dev.pictor.core.json.JsonPointer;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what a schema of an OpenAPI document says without copying it: through the {@code $ref}s that stay in its own
 * file ({@code #/components/schemas/Prompt}), at most 16 in a row. A reference to another file, or to nothing, ends
 * the walk where it is written; the copy made for the model document reports it ({@link OpenApiSchemas}), so nothing
 * is reported twice.
 */
final class LocalSchemas {

    private static final int MAX_HOPS = 16;

    private LocalSchemas() {}

    /** The schema a chain of local {@code $ref}s leads to; the schema itself when it is no reference. */
    static LocatedNode resolve(LocatedNode schema, Doc doc) {
        LocatedNode current = schema;
        for (int hops = 0; hops < MAX_HOPS; hops++) {
            Optional<String> ref = current.asObject().flatMap(o -> o.text("$ref"));
            if (ref.isEmpty() || !ref.get().startsWith("#")) {
                return current;
            }
            Optional<LocatedNode> next;
            try {
                next = doc.root().at(JsonPointer.fromUriFragment(ref.get().substring(1)));
            } catch (IllegalArgumentException malformed) {
                return current;
            }
            if (next.isEmpty()) {
                return current;
            }
            current = next.get();
        }
        return current;
    }

    /**
     * The properties an object schema declares, by name in its order: its own {@code properties} when it has them,
     * else those of its {@code allOf} branches (Stability's text-to-image body), each resolved.
     */
    static Map<String, LocatedNode> properties(LocatedNode schema, Doc doc) {
        Map<String, LocatedNode> found = new LinkedHashMap<>();
        LocatedNode resolved = resolve(schema, doc);
        Optional<LocatedObject> own = resolved.asObject().flatMap(o -> o.object("properties"));
        if (own.isPresent()) {
            own.get().members().forEach(m -> found.put(m.name(), resolve(m.value(), doc)));
            return found;
        }
        List<LocatedNode> branches = new ArrayList<>(resolved.asObject()
                .flatMap(o -> o.array("allOf"))
                .map(LocatedNode.LocatedArray::items)
                .orElse(List.of()));
        for (LocatedNode branch : branches) {
            resolve(branch, doc)
                    .asObject()
                    .flatMap(o -> o.object("properties"))
                    .ifPresent(p -> p.members().forEach(m -> found.putIfAbsent(m.name(), resolve(m.value(), doc))));
        }
        return found;
    }
}
