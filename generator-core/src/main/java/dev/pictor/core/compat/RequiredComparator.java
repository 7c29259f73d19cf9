package dev.pictor.core.compat;

import dev.pictor.core.json.JsonPointer;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code required}: a property that became required, or is no longer required. A renamed property keeps its place in
 * the list under its new name; a property that is gone is reported as removed, not as no longer required.
 */
final class RequiredComparator implements KeywordComparator {

    @Override
    public void compare(PairedNodes pair, ChangeReport out) {
        PropertyMatch match = pair.properties();
        LocatedObject os = pair.older();
        LocatedObject ns = pair.newer();
        Map<String, LocatedNode> newRequired = requiredNames(ns);
        Map<String, LocatedNode> oldMapped = new LinkedHashMap<>();
        requiredNames(os)
                .forEach((name, node) -> oldMapped.putIfAbsent(match.renamed().getOrDefault(name, name), node));
        LocatedNode oldArray = os.get("required").orElse(os);
        for (Map.Entry<String, LocatedNode> r : newRequired.entrySet()) {
            String name = r.getKey();
            if (!oldMapped.containsKey(name)) {
                boolean isNew =
                        match.newer().containsKey(name) && !match.older().containsKey(name) && !match.isRenamedTo(name);
                out.report(
                        CompatRule.REQUIRED_ADDED,
                        r.getValue(),
                        r.getValue().pointer(),
                        oldArray,
                        out.subject(ns) + ": "
                                + (isNew
                                        ? "new property " + PropertiesComparator.quoted(name) + " is required"
                                        : PropertiesComparator.quoted(name) + " is now required"));
            }
        }
        LocatedNode newArray = ns.get("required").orElse(ns);
        String pointer = JsonPointer.append(ns.pointer(), "required");
        for (Map.Entry<String, LocatedNode> r : oldMapped.entrySet()) {
            String name = r.getKey();
            boolean gone = match.older().containsKey(name) && !match.newer().containsKey(name);
            if (!newRequired.containsKey(name) && !gone) {
                out.report(
                        CompatRule.REQUIRED_REMOVED,
                        newArray,
                        pointer,
                        r.getValue(),
                        out.subject(ns) + ": " + PropertiesComparator.quoted(name) + " is no longer required");
            }
        }
    }

    private static Map<String, LocatedNode> requiredNames(LocatedObject schema) {
        Map<String, LocatedNode> names = new LinkedHashMap<>();
        schema.array("required")
                .ifPresent(a -> a.items().forEach(i -> i.asText().ifPresent(t -> names.putIfAbsent(t, i))));
        return names;
    }
}
