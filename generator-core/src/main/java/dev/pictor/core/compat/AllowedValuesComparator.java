package dev.pictor.core.compat;

import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedArray;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.schema.JsonValues;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code enum} and {@code const}, as one list of allowed values ({@code const} a list of one): values compare as JSON
 * Schema compares them, so {@code 1} and {@code 1.0} are one value.
 */
final class AllowedValuesComparator implements KeywordComparator {

    /** The values {@code const} or {@code enum} allow ({@code const} wins when both are written), with its node. */
    private record Allowed(LocatedNode node, List<LocatedNode> values) {}

    @Override
    public void compare(PairedNodes pair, ChangeReport out) {
        Optional<Allowed> was = allowed(pair.older());
        Optional<Allowed> now = allowed(pair.newer());
        if (was.isEmpty() && now.isEmpty()) {
            return;
        }
        if (was.isEmpty()) {
            out.added(
                    CompatRule.ENUM_INTRODUCED,
                    pair,
                    now.get().node(),
                    "values are now restricted to " + list(now.get().values()));
            return;
        }
        if (now.isEmpty()) {
            String keyword = was.get().node().pointer().endsWith("/const") ? "const" : "enum";
            out.removed(
                    CompatRule.ENUM_DROPPED,
                    pair,
                    keyword,
                    was.get().node(),
                    "values were restricted to " + list(was.get().values()) + " and are not now");
            return;
        }
        List<LocatedNode> removed = minus(was.get().values(), now.get().values());
        List<LocatedNode> added = minus(now.get().values(), was.get().values());
        if (!removed.isEmpty()) {
            out.changed(
                    CompatRule.ENUM_VALUE_REMOVED,
                    pair,
                    removed.get(0),
                    now.get().node(),
                    values(removed) + " no longer allowed");
        }
        if (!added.isEmpty()) {
            // Located at the first new value, with the pointer of the whole list (what an acknowledgement names).
            out.report(
                    CompatRule.ENUM_VALUE_ADDED,
                    added.get(0),
                    now.get().node().pointer(),
                    was.get().node(),
                    out.subject(pair.newer()) + ": " + values(added) + " newly allowed");
        }
    }

    private static Optional<Allowed> allowed(LocatedObject schema) {
        Optional<LocatedNode> constant = schema.get("const");
        if (constant.isPresent()) {
            return Optional.of(new Allowed(constant.get(), List.of(constant.get())));
        }
        return schema.get("enum")
                .flatMap(e -> e instanceof LocatedArray a ? Optional.of(new Allowed(a, a.items())) : Optional.empty());
    }

    private static List<LocatedNode> minus(List<LocatedNode> from, List<LocatedNode> remove) {
        return from.stream()
                .filter(v -> remove.stream().noneMatch(r -> JsonValues.equal(v, r)))
                .toList();
    }

    /** {@code value [1] is} or {@code values [1, 2] are}. */
    private static String values(List<LocatedNode> values) {
        return (values.size() == 1 ? "value " : "values ") + list(values) + (values.size() == 1 ? " is" : " are");
    }

    private static String list(List<LocatedNode> values) {
        return values.stream().map(JsonValues::render).collect(Collectors.joining(", ", "[", "]"));
    }
}
