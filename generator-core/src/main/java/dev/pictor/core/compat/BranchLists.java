package dev.pictor.core.compat;

import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedArray;
import java.util.List;
import java.util.Optional;

/**
 * One keyword whose value is a list of subschemas ({@code allOf}, {@code anyOf}, {@code oneOf}, or {@code items}
 * written as a tuple) in two paired schemas. The lists pair by position when both are lists of the same length;
 * otherwise the keyword changed in a way no comparison can classify.
 *
 * @param older the older schema's value, empty when it did not write the keyword
 * @param newer the newer schema's value, likewise
 */
record BranchLists(Optional<LocatedNode> older, Optional<LocatedNode> newer) {

    /**
     * The keyword's lists in a pair; empty when neither schema writes it, and for {@code items} when neither writes a
     * tuple (one {@code items} schema is a subschema to walk into, not a list).
     */
    static Optional<BranchLists> of(PairedNodes pair, String keyword) {
        Optional<LocatedNode> was = pair.older().get(keyword);
        Optional<LocatedNode> now = pair.newer().get(keyword);
        if (was.isEmpty() && now.isEmpty()) {
            return Optional.empty();
        }
        boolean tuple = was.map(v -> v instanceof LocatedArray).orElse(false)
                || now.map(v -> v instanceof LocatedArray).orElse(false);
        if (keyword.equals("items") && !tuple) {
            return Optional.empty();
        }
        return Optional.of(new BranchLists(was, now));
    }

    /** Whether the branches pair by position: both written as lists of the same length. */
    boolean pairable() {
        return older.isPresent()
                && newer.isPresent()
                && older.get() instanceof LocatedArray a
                && newer.get() instanceof LocatedArray b
                && a.items().size() == b.items().size();
    }

    List<LocatedNode> olderBranches() {
        return branches(older);
    }

    List<LocatedNode> newerBranches() {
        return branches(newer);
    }

    private static List<LocatedNode> branches(Optional<LocatedNode> node) {
        return node.flatMap(LocatedNode::asArray).map(LocatedArray::items).orElse(List.of());
    }
}
