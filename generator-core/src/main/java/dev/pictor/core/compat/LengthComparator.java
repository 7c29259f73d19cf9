package dev.pictor.core.compat;

import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.schema.JsonValues;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The length and item-count bounds, {@code minLength}, {@code maxLength}, {@code minItems} and {@code maxItems}: a
 * bound that allows fewer lengths narrows. A minimum of zero is no bound, so adding or removing one is no change.
 */
final class LengthComparator implements KeywordComparator {

    @Override
    public void compare(PairedNodes pair, ChangeReport out) {
        compare(pair, "minLength", true, out);
        compare(pair, "maxLength", false, out);
        compare(pair, "minItems", true, out);
        compare(pair, "maxItems", false, out);
    }

    private static void compare(PairedNodes pair, String keyword, boolean lower, ChangeReport out) {
        Optional<LocatedNode> was =
                pair.older().get(keyword).filter(v -> v.asNumber().isPresent());
        Optional<LocatedNode> now =
                pair.newer().get(keyword).filter(v -> v.asNumber().isPresent());
        if (was.isEmpty() && now.isEmpty()) {
            return;
        }
        if (was.isEmpty()) {
            if (!(lower && isZero(now.get()))) {
                out.added(
                        CompatRule.LENGTH_NARROWED,
                        pair,
                        now.get(),
                        keyword + " " + JsonValues.render(now.get()) + " added");
            }
            return;
        }
        if (now.isEmpty()) {
            if (!(lower && isZero(was.get()))) {
                out.removed(
                        CompatRule.LENGTH_WIDENED,
                        pair,
                        keyword,
                        was.get(),
                        keyword + " " + JsonValues.render(was.get()) + " removed");
            }
            return;
        }
        int c = number(now.get()).compareTo(number(was.get()));
        if (c == 0) {
            return;
        }
        boolean narrowed = lower ? c > 0 : c < 0;
        out.changed(
                narrowed ? CompatRule.LENGTH_NARROWED : CompatRule.LENGTH_WIDENED,
                pair,
                was.get(),
                now.get(),
                keyword + " " + JsonValues.render(was.get()) + " is now " + JsonValues.render(now.get()));
    }

    private static BigDecimal number(LocatedNode node) {
        return node.asNumber().orElseThrow();
    }

    private static boolean isZero(LocatedNode node) {
        return number(node).signum() == 0;
    }
}
