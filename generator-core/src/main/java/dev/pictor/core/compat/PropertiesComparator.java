package dev.pictor.core.compat;

import dev.pictor.core.json.JsonPointer;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;

/**
 * {@code properties}: a property removed, added, or renamed (removed and added with the same schema, or the same type
 * and description; see {@link PropertyMatch}). The properties themselves are compared as pairs of their own.
 */
final class PropertiesComparator implements KeywordComparator {

    @Override
    public void compare(PairedNodes pair, ChangeReport out) {
        PropertyMatch match = pair.properties();
        LocatedObject ns = pair.newer();
        LocatedNode newProperties = ns.get("properties").orElse(ns);
        LocatedNode oldProperties = pair.older().get("properties").orElse(pair.older());
        String propertiesPointer = JsonPointer.append(ns.pointer(), "properties");
        for (String r : match.removed()) {
            if (!match.renamed().containsKey(r)) {
                out.report(
                        CompatRule.PROPERTY_REMOVED,
                        newProperties,
                        JsonPointer.append(propertiesPointer, r),
                        match.older().get(r).value(),
                        out.subject(ns) + ": property " + quoted(r) + " removed");
            }
        }
        for (String a : match.added()) {
            if (!match.isRenamedTo(a)) {
                LocatedNode value = match.newer().get(a).value();
                out.report(
                        CompatRule.PROPERTY_ADDED,
                        value,
                        value.pointer(),
                        oldProperties,
                        out.subject(ns) + ": property " + quoted(a) + " added");
            }
        }
        match.renamed()
                .forEach((r, a) -> out.changed(
                        CompatRule.PROPERTY_RENAMED,
                        pair,
                        match.older().get(r).value(),
                        match.newer().get(a).value(),
                        "property " + quoted(r) + " is now " + quoted(a)
                                + " (removed and added with the same type and description)"));
    }

    static String quoted(String name) {
        return "\"" + name + "\"";
    }
}
