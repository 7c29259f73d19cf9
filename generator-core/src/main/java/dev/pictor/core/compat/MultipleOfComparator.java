package dev.pictor.core.compat;

import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.schema.JsonValues;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * {@code multipleOf}: a divisor whose multiples are all multiples of the old one narrows the range, one that divides
 * the old one widens it, and any other is both at once.
 */
final class MultipleOfComparator implements KeywordComparator {

    private static final String BOTH_WAYS = ": some values valid before are not, and the other way round";

    @Override
    public void compare(PairedNodes pair, ChangeReport out) {
        Optional<LocatedNode> was = divisor(pair.older().get("multipleOf"));
        Optional<LocatedNode> now = divisor(pair.newer().get("multipleOf"));
        if (was.isEmpty() && now.isEmpty()) {
            return;
        }
        if (was.isEmpty()) {
            out.added(
                    CompatRule.RANGE_NARROWED,
                    pair,
                    now.get(),
                    "multipleOf " + JsonValues.render(now.get()) + " added");
            return;
        }
        if (now.isEmpty()) {
            out.removed(
                    CompatRule.RANGE_WIDENED,
                    pair,
                    "multipleOf",
                    was.get(),
                    "multipleOf " + JsonValues.render(was.get()) + " removed");
            return;
        }
        BigDecimal a = was.get().asNumber().orElseThrow();
        BigDecimal b = now.get().asNumber().orElseThrow();
        if (a.compareTo(b) == 0) {
            return;
        }
        String detail = "multipleOf " + JsonValues.render(was.get()) + " is now " + JsonValues.render(now.get());
        boolean bMultipleOfA = b.remainder(a).signum() == 0;
        boolean aMultipleOfB = a.remainder(b).signum() == 0;
        if (!aMultipleOfB) {
            out.changed(
                    CompatRule.RANGE_NARROWED, pair, was.get(), now.get(), detail + (bMultipleOfA ? "" : BOTH_WAYS));
        }
        if (!bMultipleOfA) {
            out.changed(CompatRule.RANGE_WIDENED, pair, was.get(), now.get(), detail + (aMultipleOfB ? "" : BOTH_WAYS));
        }
    }

    /** The keyword's value when it is a positive number: anything else states no divisor to compare. */
    private static Optional<LocatedNode> divisor(Optional<LocatedNode> value) {
        return value.filter(v -> v.asNumber().filter(x -> x.signum() > 0).isPresent());
    }
}
