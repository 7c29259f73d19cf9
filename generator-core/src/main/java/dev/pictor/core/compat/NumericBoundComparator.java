package dev.pictor.core.compat;

import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.schema.Bound;
import dev.pictor.core.schema.JsonValues;
import dev.pictor.core.schema.SchemaTypes;
import java.util.Optional;
import java.util.Set;

/**
 * The numeric bounds, {@code minimum} and {@code exclusiveMinimum} as one lower bound, {@code maximum} and
 * {@code exclusiveMaximum} as one upper bound: a bound that allows fewer values narrows the range.
 */
final class NumericBoundComparator implements KeywordComparator {

    @Override
    public void compare(PairedNodes pair, ChangeReport out) {
        compare(pair, true, out);
        compare(pair, false, out);
    }

    /**
     * Compares the lower (or upper) bounds. When both schemas allow only integers, bounds are compared as the first
     * (or last) integer they allow, so {@code exclusiveMinimum: 0} and {@code minimum: 1} are the same bound.
     */
    private static void compare(PairedNodes pair, boolean lower, ChangeReport out) {
        LocatedObject os = pair.older();
        LocatedObject ns = pair.newer();
        Optional<Bound> was = Bound.tightest(os, lower, pair.olderDialect());
        Optional<Bound> now = Bound.tightest(ns, lower, pair.newerDialect());
        if (was.isEmpty() && now.isEmpty()) {
            return;
        }
        String side = lower ? "lower" : "upper";
        if (was.isEmpty()) {
            out.added(
                    CompatRule.RANGE_NARROWED,
                    pair,
                    node(ns, now.get(), lower),
                    shown(ns, now.get(), lower) + " added (no " + side + " bound before)");
            return;
        }
        if (now.isEmpty()) {
            out.removed(
                    CompatRule.RANGE_WIDENED,
                    pair,
                    was.get().keyword(lower),
                    node(os, was.get(), lower),
                    shown(os, was.get(), lower) + " removed (no " + side + " bound now)");
            return;
        }
        int c;
        if (integersOnly(os) && integersOnly(ns)) {
            c = now.get().admittedInteger(lower).compareTo(was.get().admittedInteger(lower));
        } else {
            c = now.get().value().compareTo(was.get().value());
            if (c == 0 && now.get().exclusive() != was.get().exclusive()) {
                c = now.get().exclusive() == lower ? 1 : -1;
            }
        }
        if (c == 0) {
            return;
        }
        boolean narrowed = lower ? c > 0 : c < 0;
        LocatedNode nowNode = node(ns, now.get(), lower);
        String shownNow = now.get().exclusive() == was.get().exclusive()
                ? JsonValues.render(nowNode)
                : shown(ns, now.get(), lower);
        out.changed(
                narrowed ? CompatRule.RANGE_NARROWED : CompatRule.RANGE_WIDENED,
                pair,
                node(os, was.get(), lower),
                nowNode,
                shown(os, was.get(), lower) + " is now " + shownNow);
    }

    /** A bound as the schema writes it: its keyword and value, as messages show them. */
    private static String shown(LocatedObject schema, Bound bound, boolean lower) {
        return bound.keyword(lower) + " " + JsonValues.render(node(schema, bound, lower));
    }

    /**
     * The node that states the value of a bound {@link Bound#tightest} read from this schema: in OpenAPI 3.0 an
     * exclusive bound's value is in {@code minimum} or {@code maximum}, its {@code exclusive...} keyword a boolean.
     */
    private static LocatedNode node(LocatedObject schema, Bound bound, boolean lower) {
        return schema.get(bound.keyword(lower))
                .filter(n -> n.asNumber().isPresent())
                .orElseGet(() -> schema.get(lower ? "minimum" : "maximum").orElseThrow());
    }

    private static boolean integersOnly(LocatedObject schema) {
        return SchemaTypes.declared(schema)
                .map(t -> t.equals(Set.of("integer")))
                .orElse(false);
    }
}
