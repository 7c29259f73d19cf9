package dev.pictor.runtime.json;

import java.math.BigDecimal;

/** Number tests shared by the strict codecs. */
final class Numbers {

    private Numbers() {}

    /** Whether {@code d} has no fraction, as JSON Schema's {@code integer} ({@code 1.0} and {@code 1e2} do). */
    static boolean isIntegral(BigDecimal d) {
        return d.signum() == 0 || d.scale() <= 0 || d.stripTrailingZeros().scale() <= 0;
    }
}
