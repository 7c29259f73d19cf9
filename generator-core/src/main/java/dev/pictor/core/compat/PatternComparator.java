package dev.pictor.core.compat;

import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.schema.JsonValues;
import java.util.Optional;

/**
 * {@code pattern}: one added narrows the strings allowed, one removed widens them, and one changed is reported as
 * such, since whether one regular expression matches more strings than another cannot be decided here.
 */
final class PatternComparator implements KeywordComparator {

    @Override
    public void compare(PairedNodes pair, ChangeReport out) {
        Optional<LocatedNode> was = pair.older().get("pattern");
        Optional<LocatedNode> now = pair.newer().get("pattern");
        if (was.isEmpty() && now.isEmpty()) {
            return;
        }
        if (was.isEmpty()) {
            out.added(CompatRule.PATTERN_ADDED, pair, now.get(), "pattern " + JsonValues.render(now.get()) + " added");
        } else if (now.isEmpty()) {
            out.removed(
                    CompatRule.PATTERN_REMOVED,
                    pair,
                    "pattern",
                    was.get(),
                    "pattern " + JsonValues.render(was.get()) + " removed");
        } else if (!JsonValues.equal(was.get(), now.get())) {
            out.changed(
                    CompatRule.PATTERN_CHANGED,
                    pair,
                    was.get(),
                    now.get(),
                    "pattern " + JsonValues.render(was.get()) + " is now " + JsonValues.render(now.get()));
        }
    }
}
