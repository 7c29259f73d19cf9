package dev.pictor.core.compat;

import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.Member;
import dev.pictor.core.schema.JsonValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the properties of two paired object schemas correspond: by name, and a removed property to an added one that
 * looks the same (a rename), so that a rename is one change and the renamed property is compared with its old self.
 *
 * @param older   the older schema's properties by name, in document order
 * @param newer   the newer schema's properties by name, in document order
 * @param removed older names the newer schema does not declare, renamed ones included
 * @param added   newer names the older schema did not declare, renamed ones included
 * @param renamed older name to newer name, for each removed property taken to be renamed
 */
record PropertyMatch(
        Map<String, Member> older,
        Map<String, Member> newer,
        List<String> removed,
        List<String> added,
        Map<String, String> renamed) {

    static PropertyMatch of(LocatedObject os, LocatedObject ns, DocumentRefs olderRefs, DocumentRefs newerRefs) {
        Map<String, Member> was = properties(os);
        Map<String, Member> now = properties(ns);
        List<String> removed =
                was.keySet().stream().filter(k -> !now.containsKey(k)).toList();
        List<String> added =
                now.keySet().stream().filter(k -> !was.containsKey(k)).toList();
        Map<String, String> renamed = new LinkedHashMap<>();
        for (String r : removed) {
            for (String a : added) {
                if (!renamed.containsValue(a)
                        && sameSchema(
                                olderRefs.deref(was.get(r).value()),
                                newerRefs.deref(now.get(a).value()))) {
                    renamed.put(r, a);
                    break;
                }
            }
        }
        return new PropertyMatch(was, now, removed, added, renamed);
    }

    private static Map<String, Member> properties(LocatedObject schema) {
        Map<String, Member> map = new LinkedHashMap<>();
        schema.object("properties").ifPresent(p -> p.members().forEach(m -> map.putIfAbsent(m.name(), m)));
        return map;
    }

    /** The rename heuristic: the same schema, or the same type and the same non-blank description. */
    private static boolean sameSchema(LocatedNode x, LocatedNode y) {
        if (!(x instanceof LocatedObject xs) || !(y instanceof LocatedObject ys)) {
            return false;
        }
        if (!xs.members().isEmpty() && JsonValues.equal(xs, ys)) {
            return true;
        }
        Optional<String> dx = xs.text("description").filter(d -> !d.isBlank());
        Optional<String> dy = ys.text("description").filter(d -> !d.isBlank());
        Optional<LocatedNode> tx = xs.get("type");
        Optional<LocatedNode> ty = ys.get("type");
        boolean sameType = tx.isEmpty() ? ty.isEmpty() : ty.isPresent() && JsonValues.equal(tx.get(), ty.get());
        return sameType && dx.isPresent() && dx.equals(dy);
    }

    /** Whether the newer property of this name is a renamed older one. */
    boolean isRenamedTo(String newerName) {
        return renamed.containsValue(newerName);
    }
}
