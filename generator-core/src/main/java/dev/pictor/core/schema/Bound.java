package dev.pictor.core.schema;

import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedBoolean;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.model.Dialect;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * One numeric bound of a schema: {@code minimum}, {@code maximum}, or their exclusive forms. Linking, the lint rules
 * and the compatibility check all read bounds through here, so they agree on which of two bounds is tighter and on
 * the integers a bound admits.
 */
public record Bound(BigDecimal value, boolean exclusive) {

    /** Past this distance from the long range, {@link #admittedInteger} does not round (see there). */
    private static final BigDecimal BEYOND_LONG_MIN =
            BigDecimal.valueOf(Long.MIN_VALUE).subtract(BigDecimal.ONE);

    private static final BigDecimal BEYOND_LONG_MAX =
            BigDecimal.valueOf(Long.MAX_VALUE).add(BigDecimal.ONE);

    /** The keyword that states this bound, as a lower or an upper one. */
    public String keyword(boolean lower) {
        if (lower) {
            return exclusive ? "exclusiveMinimum" : "minimum";
        }
        return exclusive ? "exclusiveMaximum" : "maximum";
    }

    /** True for {@code minimum} and {@code exclusiveMinimum}. */
    public static boolean isLower(String keyword) {
        return keyword.endsWith("inimum");
    }

    /**
     * The bound one keyword of a schema states, read as its dialect defines it; empty when the keyword is absent or
     * states no bound of its own. In OpenAPI 3.0 (as in draft-04) {@code exclusiveMinimum} and
     * {@code exclusiveMaximum} are booleans that make {@code minimum} and {@code maximum} exclusive; everywhere else
     * they are numbers.
     */
    public static Optional<Bound> stated(LocatedObject schema, String keyword, Dialect dialect) {
        Optional<BigDecimal> value = schema.get(keyword).flatMap(LocatedNode::asNumber);
        if (dialect != Dialect.OPENAPI_3_0) {
            return value.map(v -> new Bound(v, keyword.startsWith("exclusive")));
        }
        if (keyword.startsWith("exclusive")) {
            return Optional.empty();
        }
        String modifier = isLower(keyword) ? "exclusiveMinimum" : "exclusiveMaximum";
        boolean exclusive = schema.get(modifier)
                .map(m -> m instanceof LocatedBoolean b && b.value())
                .orElse(false);
        return value.map(v -> new Bound(v, exclusive));
    }

    /** The tightest lower (or upper) bound a schema states, of its inclusive and exclusive keywords. */
    public static Optional<Bound> tightest(LocatedObject schema, boolean lower, Dialect dialect) {
        Optional<Bound> inclusive = stated(schema, lower ? "minimum" : "maximum", dialect);
        Optional<Bound> exclusive = stated(schema, lower ? "exclusiveMinimum" : "exclusiveMaximum", dialect);
        return exclusive.isEmpty() ? inclusive : tighter(inclusive, exclusive.get(), lower);
    }

    /** Two lower (or upper) bounds on one schema: the tighter one decides; at one value, the exclusive one. */
    public static Optional<Bound> tighter(Optional<Bound> current, Bound next, boolean lower) {
        if (current.isEmpty()) {
            return Optional.of(next);
        }
        int c = next.value.compareTo(current.get().value);
        boolean nextWins = lower ? c > 0 || (c == 0 && next.exclusive) : c < 0 || (c == 0 && next.exclusive);
        return nextWins ? Optional.of(next) : current;
    }

    /**
     * The first (lower) or last (upper) integer this bound admits, so {@code exclusiveMinimum: 0} and
     * {@code minimum: 1} compare equal. A value far outside the long range is returned as it is: it is outside
     * either way, and rounding {@code 1e1000000000} would build a billion digits.
     */
    public BigDecimal admittedInteger(boolean lower) {
        if (value.compareTo(BEYOND_LONG_MIN) < 0 || value.compareTo(BEYOND_LONG_MAX) > 0) {
            return value;
        }
        if (lower) {
            BigDecimal up = value.setScale(0, RoundingMode.CEILING);
            return exclusive && up.compareTo(value) == 0 ? up.add(BigDecimal.ONE) : up;
        }
        BigDecimal down = value.setScale(0, RoundingMode.FLOOR);
        return exclusive && down.compareTo(value) == 0 ? down.subtract(BigDecimal.ONE) : down;
    }
}
