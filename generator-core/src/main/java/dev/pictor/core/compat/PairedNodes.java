package dev.pictor.core.compat;

import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.model.Dialect;
import java.util.List;

/**
 * Two schemas at the same place of two versions (the same property, item or branch), {@code $ref}s followed: what
 * every {@link KeywordComparator} compares.
 *
 * @param properties how the properties of the two correspond, renames included
 * @param olderDialect the dialect the older schema is read in (how its bounds read, for one)
 * @param newerDialect the dialect the newer schema is read in
 */
record PairedNodes(
        LocatedObject older,
        LocatedObject newer,
        PropertyMatch properties,
        Dialect olderDialect,
        Dialect newerDialect) {

    /**
     * The pair of two schemas whose {@code $ref}s are followed already; {@code true} (and anything that is no schema)
     * stands as the empty schema.
     */
    static PairedNodes of(LocatedNode older, LocatedNode newer, DocumentRefs olderRefs, DocumentRefs newerRefs) {
        LocatedObject o = asSchema(older);
        LocatedObject n = asSchema(newer);
        return new PairedNodes(
                o, n, PropertyMatch.of(o, n, olderRefs, newerRefs), olderRefs.dialect(), newerRefs.dialect());
    }

    private static LocatedObject asSchema(LocatedNode node) {
        return node instanceof LocatedObject o ? o : new LocatedObject(node.location(), node.pointer(), List.of());
    }
}
