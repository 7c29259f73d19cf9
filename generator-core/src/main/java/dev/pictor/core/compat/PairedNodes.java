package dev.pictor.core.compat;

import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import java.util.List;

/**
 * Two schemas at the same place of two versions (the same property, item or branch), {@code $ref}s followed: what
 * every {@link KeywordComparator} compares.
 *
 * @param properties how the properties of the two correspond, renames included
 */
record PairedNodes(LocatedObject older, LocatedObject newer, PropertyMatch properties) {

    /**
     * The pair of two schemas whose {@code $ref}s are followed already; {@code true} (and anything that is no schema)
     * stands as the empty schema.
     */
    static PairedNodes of(LocatedNode older, LocatedNode newer, DocumentRefs olderRefs, DocumentRefs newerRefs) {
        LocatedObject o = asSchema(older);
        LocatedObject n = asSchema(newer);
        return new PairedNodes(o, n, PropertyMatch.of(o, n, olderRefs, newerRefs));
    }

    private static LocatedObject asSchema(LocatedNode node) {
        return node instanceof LocatedObject o ? o : new LocatedObject(node.location(), node.pointer(), List.of());
    }
}
