package dev.pictor.core.compat;

import dev.pictor.core.json.JsonPointer;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.schema.DescriptionProse;
import dev.pictor.core.schema.JsonValues;
import java.util.Optional;

/**
 * {@code default}: changed, added or removed. A default that is gone as a keyword but that the newer description
 * states ({@code "Defaults to 4."}) moved to the description, which generated code cannot read.
 */
final class DefaultComparator implements KeywordComparator {

    @Override
    public void compare(PairedNodes pair, ChangeReport out) {
        Optional<LocatedNode> was = pair.older().get("default");
        Optional<LocatedNode> now = pair.newer().get("default");
        if (was.isEmpty() && now.isEmpty()) {
            return;
        }
        if (was.isPresent() && now.isPresent()) {
            if (!JsonValues.equal(was.get(), now.get())) {
                out.keyword(
                        CompatRule.DEFAULT_CHANGED,
                        pair,
                        "default",
                        "default " + JsonValues.render(was.get()) + " is now " + JsonValues.render(now.get()));
            }
        } else if (now.isPresent()) {
            out.keyword(
                    CompatRule.DEFAULT_ADDED, pair, "default", "default " + JsonValues.render(now.get()) + " added");
        } else {
            removed(pair, was.get(), out);
        }
    }

    private static void removed(PairedNodes pair, LocatedNode was, ChangeReport out) {
        Optional<LocatedNode> description = pair.newer().get("description");
        Optional<DescriptionProse.StatedValue> stated =
                description.flatMap(LocatedNode::asText).flatMap(DescriptionProse::statedDefault);
        if (stated.map(s -> s.matches(was)).orElse(false)) {
            out.report(
                    CompatRule.DEFAULT_MOVED_TO_DESCRIPTION,
                    description.get(),
                    JsonPointer.append(pair.newer().pointer(), "default"),
                    was,
                    out.subject(pair.newer()) + ": default " + JsonValues.render(was)
                            + " is no longer a keyword; only the description states it now");
        } else {
            out.keyword(
                    CompatRule.DEFAULT_REMOVED,
                    pair,
                    "default",
                    "default " + JsonValues.render(was) + " removed"
                            + stated.map(s -> " (the description states default " + s.shown() + ")")
                                    .orElse(""));
        }
    }
}
