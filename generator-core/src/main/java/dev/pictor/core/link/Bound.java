package dev.pictor.core.link;

import java.math.BigDecimal;

/** One numeric bound: {@code minimum}, {@code maximum}, or their exclusive forms. */
public record Bound(BigDecimal value, boolean exclusive) {

    /** The keyword that states this bound, as a lower or an upper one. */
    public String keyword(boolean lower) {
        if (lower) {
            return exclusive ? "exclusiveMinimum" : "minimum";
        }
        return exclusive ? "exclusiveMaximum" : "maximum";
    }
}
