package dev.pictor.core.compat;

import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedArray;
import java.util.Optional;

/**
 * One keyword whose value is a list of subschemas ({@code allOf}, {@code anyOf}, {@code oneOf}, or {@code items}
 * written as a tuple) with another number of branches, or not written as a list on one side: which old branch became
 * which new one cannot be told, so the change cannot be proven compatible. Lists of the same length pair by position
 * (see {@link BranchLists}), and the walker compares their branches.
 */
final class BranchCountComparator implements KeywordComparator {

    private final String keyword;

    BranchCountComparator(String keyword) {
        this.keyword = keyword;
    }

    String keyword() {
        return keyword;
    }

    @Override
    public void compare(PairedNodes pair, ChangeReport out) {
        BranchLists.of(pair, keyword)
                .filter(lists -> !lists.pairable())
                .ifPresent(lists -> out.keyword(
                        CompatRule.KEYWORD_CHANGED,
                        pair,
                        keyword,
                        keyword + " had " + count(lists.older()) + " and has " + count(lists.newer())));
    }

    private static String count(Optional<LocatedNode> node) {
        if (node.isEmpty()) {
            return "none";
        }
        return node.get() instanceof LocatedArray a
                ? a.items().size() + (a.items().size() == 1 ? " branch" : " branches")
                : "one schema";
    }
}
