package dev.pictor.core.compat;

import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedBoolean;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.model.Dialect;
import dev.pictor.core.schema.OpenApiNullable;
import dev.pictor.core.schema.SchemaTypes;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The {@code type} keyword, and the schema {@code false} (which allows no value at all): a type that allows more
 * kinds of value widens, one that allows fewer narrows, and one with nothing in common with the old one changed.
 */
final class TypeComparator implements KeywordComparator {

    @Override
    public void compare(PairedNodes pair, ChangeReport out) {
        Set<String> was = declared(pair.older(), pair.olderDialect());
        Set<String> now = declared(pair.newer(), pair.newerDialect());
        boolean newAcceptsOld = accepts(now, was);
        boolean oldAcceptsNew = accepts(was, now);
        if (newAcceptsOld && oldAcceptsNew) {
            return;
        }
        CompatRule rule = newAcceptsOld
                ? CompatRule.TYPE_WIDENED
                : oldAcceptsNew ? CompatRule.TYPE_NARROWED : CompatRule.TYPE_CHANGED;
        out.keyword(rule, pair, "type", "type " + describe(was) + " is now " + describe(now));
    }

    /**
     * Whether one schema's types include the other's. When they do not, the values of the two have nothing in common
     * and comparing their other keywords would be noise.
     */
    static boolean related(PairedNodes pair) {
        Set<String> was = declared(pair.older(), pair.olderDialect());
        Set<String> now = declared(pair.newer(), pair.newerDialect());
        return accepts(now, was) || accepts(was, now);
    }

    /**
     * Reports a schema that is {@code false} on one side; whether either side is {@code false}, leaving nothing
     * further to compare.
     */
    static boolean comparedAsFalse(LocatedNode older, LocatedNode newer, ChangeReport out) {
        boolean oldFalse = older instanceof LocatedBoolean b && !b.value();
        boolean newFalse = newer instanceof LocatedBoolean b && !b.value();
        if (newFalse && !oldFalse) {
            out.report(
                    CompatRule.TYPE_NARROWED,
                    newer,
                    newer.pointer(),
                    older,
                    out.subject(newer) + ": the schema is now false: no value is valid");
        } else if (oldFalse && !newFalse) {
            out.report(
                    CompatRule.TYPE_WIDENED,
                    newer,
                    newer.pointer(),
                    older,
                    out.subject(newer) + ": the schema was false (no value was valid) and now allows values");
        }
        return oldFalse || newFalse;
    }

    /** The types a schema allows; OpenAPI 3.0's {@code nullable: true} beside {@code type} adds {@code null}. */
    private static Set<String> declared(LocatedObject schema, Dialect dialect) {
        Set<String> types = new LinkedHashSet<>(SchemaTypes.declared(schema).orElse(Set.of()));
        if (!types.isEmpty() && OpenApiNullable.declared(schema, dialect)) {
            types.add("null");
        }
        return types;
    }

    /** Whether every value of types {@code narrow} is allowed by types {@code wide} (no types: any value). */
    private static boolean accepts(Set<String> wide, Set<String> narrow) {
        if (wide.isEmpty()) {
            return true;
        }
        if (narrow.isEmpty()) {
            return false;
        }
        return narrow.stream().allMatch(t -> SchemaTypes.allows(wide, t));
    }

    private static String describe(Set<String> types) {
        return types.isEmpty() ? "(any)" : SchemaTypes.describe(types);
    }
}
