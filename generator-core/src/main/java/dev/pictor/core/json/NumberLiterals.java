package dev.pictor.core.json;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.diag.SourceLocation;
import dev.pictor.core.json.LocatedNode.LocatedNumber;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Turns a number as written into a {@link LocatedNumber}, refusing the ones no schema needs and every later stage
 * would choke on: a literal of thousands of digits, or an exponent such as {@code 1e999999999} whose plain form
 * (which validators, generated constants and examples compute) would be a billion digits. The refusal is a located
 * ERROR at the number itself.
 */
final class NumberLiterals {

    /** The longest number literal read, in characters: Jackson's default, stated here as the limit Pictor documents. */
    static final int MAX_LENGTH = 1000;

    /** The largest decimal exponent (in magnitude) of a number read: doubles stop at 1e308, schemas near 1e19. */
    static final int MAX_EXPONENT = 1000;

    private NumberLiterals() {}

    /**
     * The number {@code literal} (in JSON's number syntax) at {@code at}, or null when it is refused (reported as
     * {@code <syntax>.number-too-large}).
     */
    static LocatedNumber read(
            String literal, SourceLocation at, String pointer, String syntax, Diagnostics diagnostics) {
        if (literal.length() > MAX_LENGTH) {
            return refuse(
                    at,
                    syntax,
                    diagnostics,
                    String.format(
                            Locale.ROOT,
                            "a number of %,d characters; the most Pictor reads is %,d",
                            literal.length(),
                            MAX_LENGTH));
        }
        BigDecimal value;
        try {
            value = new BigDecimal(literal);
        } catch (NumberFormatException e) { // an exponent beyond what an int holds
            return refuse(at, syntax, diagnostics, "the number " + abbreviated(literal) + " has an exponent too large");
        }
        // the decimal exponent of the first digit: 1e999999999 -> 999999999, 0.001 -> -3
        long exponent = (long) value.precision() - value.scale() - 1;
        if (Math.abs(exponent) > MAX_EXPONENT) {
            return refuse(
                    at,
                    syntax,
                    diagnostics,
                    String.format(
                            Locale.ROOT,
                            "the number %s is of the order of 1e%d, outside the 1e-%d to 1e%d Pictor reads",
                            abbreviated(literal),
                            exponent,
                            MAX_EXPONENT,
                            MAX_EXPONENT));
        }
        return new LocatedNumber(at, pointer, value, literal);
    }

    private static LocatedNumber refuse(SourceLocation at, String syntax, Diagnostics diagnostics, String message) {
        diagnostics.report(
                Severity.ERROR,
                syntax + ".number-too-large",
                at,
                message + "; it is not expanded and the document is not read further",
                "no schema needs such a number: write the bound you mean, or a string if it is data");
        return null;
    }

    private static String abbreviated(String literal) {
        return literal.length() <= 40
                ? literal
                : literal.substring(0, 20) + "..." + literal.substring(literal.length() - 10);
    }
}
