package dev.pictor.core.compat;

import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedBoolean;
import java.util.Optional;

/** {@code deprecated}: a schema newly marked deprecated (no longer being deprecated is no change to report). */
final class DeprecationComparator implements KeywordComparator {

    @Override
    public void compare(PairedNodes pair, ChangeReport out) {
        boolean was = pair.older()
                .get("deprecated")
                .filter(DeprecationComparator::isTrue)
                .isPresent();
        Optional<LocatedNode> now = pair.newer().get("deprecated").filter(DeprecationComparator::isTrue);
        if (!was && now.isPresent()) {
            out.added(CompatRule.PROPERTY_DEPRECATED, pair, now.get(), "newly marked deprecated");
        }
    }

    private static boolean isTrue(LocatedNode node) {
        return node instanceof LocatedBoolean b && b.value();
    }
}
