package dev.pictor.core.load;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.JsonPointer;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedArray;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.Member;
import dev.pictor.core.model.Refinement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies a document's refinements, in order, to its published schemas. The published trees are never changed: each
 * step builds a new tree, and a grafted value keeps the location where the refinement wrote it.
 */
final class RefinementApplier {

    private RefinementApplier() {}

    /** The document with every applicable refinement applied; a refinement that cannot apply is reported and skipped. */
    static LocatedObject apply(LocatedObject document, List<Refinement> refinements, Diagnostics diagnostics) {
        LocatedObject current = document;
        for (Refinement r : refinements) {
            LocatedNode pathNode = r.node().get("path").orElseThrow();
            Optional<LocatedNode> existing = current.at(r.path());
            if (r.value().isPresent()
                    && existing.isPresent()
                    && existing.get().toJackson().equals(r.value().get().toJackson())) {
                diagnostics.report(
                        Severity.WARNING,
                        "refinement.no-effect",
                        pathNode,
                        "the refinement sets " + r.path() + " to the value it already has",
                        "remove it, or correct the path or the value");
                continue;
            }
            Optional<LocatedNode> updated =
                    set(current, JsonPointer.tokens(r.path()), 0, r.value().map(v -> v.rebase(r.path())));
            if (updated.isEmpty()) {
                diagnostics.report(
                        Severity.ERROR,
                        "refinement.path-missing",
                        pathNode,
                        r.value().isPresent()
                                ? "the parent of " + r.path() + " does not exist in the document"
                                : r.path() + " does not exist, so there is nothing to remove",
                        "refinements change an existing schema; check the path against the published schema");
                continue;
            }
            current = (LocatedObject) updated.get();
        }
        return current;
    }

    /** Sets (or, with an empty value, removes) the node at tokens[i..] under node; empty when the path is missing. */
    private static Optional<LocatedNode> set(
            LocatedNode node, List<String> tokens, int i, Optional<LocatedNode> value) {
        String token = tokens.get(i);
        boolean last = i == tokens.size() - 1;
        if (node instanceof LocatedObject object) {
            List<Member> members = new ArrayList<>(object.members());
            int index = indexOf(members, token);
            if (last) {
                if (value.isEmpty()) {
                    if (index < 0) {
                        return Optional.empty();
                    }
                    members.remove(index);
                } else if (index < 0) {
                    members.add(new Member(token, value.get().location(), value.get()));
                } else {
                    members.set(index, new Member(token, members.get(index).nameLocation(), value.get()));
                }
                return Optional.of(new LocatedObject(object.location(), object.pointer(), members));
            }
            if (index < 0) {
                return Optional.empty();
            }
            Member member = members.get(index);
            Optional<LocatedNode> child = set(member.value(), tokens, i + 1, value);
            child.ifPresent(c -> members.set(index, new Member(token, member.nameLocation(), c)));
            return child.map(c -> new LocatedObject(object.location(), object.pointer(), members));
        }
        if (node instanceof LocatedArray array) {
            List<LocatedNode> items = new ArrayList<>(array.items());
            int index = token.equals("-") ? items.size() : parseIndex(token);
            if (index < 0 || index > items.size() || (index == items.size() && !(last && value.isPresent()))) {
                return Optional.empty();
            }
            if (last) {
                if (value.isEmpty()) {
                    items.remove(index);
                } else if (index == items.size()) {
                    items.add(value.get());
                } else {
                    items.set(index, value.get());
                }
                return Optional.of(new LocatedArray(array.location(), array.pointer(), items));
            }
            Optional<LocatedNode> child = set(items.get(index), tokens, i + 1, value);
            child.ifPresent(c -> items.set(index, c));
            return child.map(c -> new LocatedArray(array.location(), array.pointer(), items));
        }
        return Optional.empty();
    }

    private static int indexOf(List<Member> members, String name) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static int parseIndex(String token) {
        return token.matches("0|[1-9][0-9]{0,8}") ? Integer.parseInt(token) : -1;
    }
}
