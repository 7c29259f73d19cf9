package dev.pictor.core.compat;

import dev.pictor.core.json.JsonPointer;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Walks one schema of two versions of a model (the input, or the output) together, pairing their nodes: properties
 * by name (and a renamed property with its old self), {@code items}, {@code additionalProperties}, and the branches of
 * {@code allOf}, {@code anyOf} and {@code oneOf} by position. {@code $ref}s are followed on both sides (so moving a
 * schema into {@code $defs} is no change), and each pair is compared once. Every {@link KeywordComparator} runs on
 * every pair; the walker itself classifies nothing.
 */
final class SchemaPairWalker {

    private static final KeywordComparator TYPES = new TypeComparator();

    /** The comparators of what a schema says of its value itself (beside its type), in the order they report. */
    private static final List<KeywordComparator> VALUE_COMPARATORS = List.of(
            new NumericBoundComparator(),
            new MultipleOfComparator(),
            new LengthComparator(),
            new PatternComparator(),
            new AllowedValuesComparator(),
            new DefaultComparator(),
            new FormatComparator(),
            new DeprecationComparator());

    private static final KeywordComparator PROPERTIES = new PropertiesComparator();
    private static final KeywordComparator REQUIRED = new RequiredComparator();
    private static final KeywordComparator ADDITIONAL_PROPERTIES = new AdditionalPropertiesComparator();
    private static final List<BranchCountComparator> BRANCH_COUNTS = List.of(
            new BranchCountComparator("items"),
            new BranchCountComparator("allOf"),
            new BranchCountComparator("anyOf"),
            new BranchCountComparator("oneOf"));
    private static final KeywordComparator UNCLASSIFIED = new UnclassifiedKeywordComparator();

    private final Side side;
    private final DocumentRefs older;
    private final DocumentRefs newer;
    private final ChangeReport report;
    private final Set<String> visited = new HashSet<>();
    /** The pairs on the current descent, an empty schema keyed by its shape: see {@link #cycleKey}. */
    private final Set<String> onPath = new HashSet<>();

    SchemaPairWalker(Side side, DocumentRefs older, DocumentRefs newer, List<CompatFinding> out) {
        this.side = side;
        this.older = older;
        this.newer = newer;
        this.report = new ChangeReport(side, newer.file(), out);
    }

    /** Compares the two roots of this side; for the output, first what kind of body it is. */
    void compareRoots(LocatedNode oldRoot, LocatedNode newRoot) {
        if (side == Side.OUTPUT && EnvelopeComparator.changed(older.deref(oldRoot), newer.deref(newRoot), report)) {
            return;
        }
        walk(oldRoot, newRoot);
    }

    private void walk(LocatedNode oldNode, LocatedNode newNode) {
        LocatedNode o = older.deref(oldNode);
        LocatedNode n = newer.deref(newNode);
        String cycle = cycleKey(o) + "|" + cycleKey(n);
        if (onPath.contains(cycle)
                || !visited.add(key(o) + "|" + key(n))
                || TypeComparator.comparedAsFalse(o, n, report)) {
            return;
        }
        onPath.add(cycle);
        try {
            compare(o, n);
        } finally {
            onPath.remove(cycle);
        }
    }

    private void compare(LocatedNode o, LocatedNode n) {
        PairedNodes pair = PairedNodes.of(o, n, older, newer);
        TYPES.compare(pair, report);
        if (!TypeComparator.related(pair)) {
            return;
        }
        // Comparisons and descents interleave in one fixed order: of two findings of the published schemas with the
        // same code and pointer, CompatChecker keeps the first, so the order of the findings is part of the result.
        VALUE_COMPARATORS.forEach(c -> c.compare(pair, report));
        PROPERTIES.compare(pair, report);
        walkProperties(pair.properties());
        REQUIRED.compare(pair, report);
        ADDITIONAL_PROPERTIES.compare(pair, report);
        if (!AdditionalPropertiesComparator.closed(pair.older())
                && !AdditionalPropertiesComparator.closed(pair.newer())) {
            walkSubschema(pair, "additionalProperties");
        }
        for (BranchCountComparator branches : BRANCH_COUNTS) {
            branches.compare(pair, report);
            walkBranches(pair, branches.keyword());
        }
        UNCLASSIFIED.compare(pair, report);
    }

    /** Properties of the same name, in the newer order, then each renamed property with its old self. */
    private void walkProperties(PropertyMatch match) {
        match.newer().forEach((name, member) -> {
            if (match.older().containsKey(name)) {
                walk(match.older().get(name).value(), member.value());
            }
        });
        match.renamed()
                .forEach((r, a) ->
                        walk(match.older().get(r).value(), match.newer().get(a).value()));
    }

    /** The branches of a list keyword by position, or the one subschema {@code items} is when it is no tuple. */
    private void walkBranches(PairedNodes pair, String keyword) {
        Optional<BranchLists> lists = BranchLists.of(pair, keyword);
        if (lists.isEmpty()) {
            if (keyword.equals("items")) {
                walkSubschema(pair, keyword);
            }
            return;
        }
        if (lists.get().pairable()) {
            List<LocatedNode> a = lists.get().olderBranches();
            List<LocatedNode> b = lists.get().newerBranches();
            for (int i = 0; i < a.size(); i++) {
                walk(a.get(i), b.get(i));
            }
        }
    }

    /** The subschema of a keyword on both sides, an absent one as the empty schema; nothing when neither writes it. */
    private void walkSubschema(PairedNodes pair, String keyword) {
        Optional<LocatedNode> was = pair.older().get(keyword);
        Optional<LocatedNode> now = pair.newer().get(keyword);
        if (was.isPresent() || now.isPresent()) {
            walk(was.orElseGet(() -> empty(pair.older(), keyword)), now.orElseGet(() -> empty(pair.newer(), keyword)));
        }
    }

    /** The empty schema standing for an absent subschema keyword, located at its parent. */
    private static LocatedObject empty(LocatedObject parent, String keyword) {
        return new LocatedObject(parent.location(), JsonPointer.append(parent.pointer(), keyword), List.of());
    }

    /**
     * A schema that refers to itself through {@code items} or {@code additionalProperties}, paired with a side that
     * lacks the keyword, meets a new empty schema one level deeper each time: keyed by pointer it would never repeat,
     * and the walk would never end. On the current descent an empty schema is keyed by its shape, so the repeat ends
     * it; findings at different places of the tree are kept apart by {@link #key}.
     */
    private static String cycleKey(LocatedNode node) {
        return node instanceof LocatedObject object && object.members().isEmpty() ? "{}" : key(node);
    }

    private static String key(LocatedNode node) {
        return node.location().file() + "#" + node.pointer();
    }
}
