package dev.pictor.runtime.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pictor.runtime.Nullable;
import dev.pictor.runtime.validation.Violation.Count;
import dev.pictor.runtime.validation.Violation.Doubles;
import dev.pictor.runtime.validation.Violation.Length;
import dev.pictor.runtime.validation.Violation.Longs;
import dev.pictor.runtime.validation.Violation.Values;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checks that generated validators call, one JSON Schema keyword each. Every check takes the
 * {@link Violations} to add to and the JSON Pointer of the value, adds one {@link Violation} with the keyword and a
 * readable message when the value breaks the rule, and returns whether the value passed. To a
 * {@linkplain Violations#counting() counting} collector a failed check only counts: it builds no violation and no
 * message. Messages render values as JSON and cut long ones; everything is deterministic and independent of the
 * default locale.
 *
 * <p>Typed checks take Java values as generated fields hold them ({@code long}, {@code double}, {@code BigDecimal},
 * {@code String}, an item count). A {@code null} reference (an unset optional field) passes every check but
 * {@link #required}. Generated code calls {@link #finite(Violations, Pointer, double)} on every {@code double} field
 * before its other checks, since {@code NaN} passes every comparison.
 *
 * <p>Dynamic checks take a {@link JsonNode} (the content of a {@link dev.pictor.runtime.JsonValue}, read once with
 * {@code node()}) and, as JSON Schema says, ignore values of other types: {@code minimum} passes a string,
 * {@code minLength} a number. {@link #type} tests the JSON type by JSON Schema's rules ({@code 1.0} is an
 * {@code integer}); {@link #enumValue} and {@link #constValue} use JSON Schema equality ({@link #jsonEquals}).
 *
 * <p>Numbers are compared exactly: {@code long} with {@code long}, {@code double} with {@code double},
 * {@code BigDecimal} (and JSON numbers) as decimals. {@code multipleOf} is exact on decimals (a {@code double}
 * is taken as the decimal Jackson writes for it, so {@code 0.3} is a multiple of {@code 0.1}) and never builds a
 * number larger than its operands ({@code 1e308} or {@code 1e999999999} against {@code 0.5} is immediate). For a
 * bound of another kind than the value (an {@code integer} field with {@code maximum: 2.5}) generated code uses the
 * {@code BigDecimal} variant.
 *
 * <p>Messages: {@code missing required property "prompt"}, {@code 0 is below the minimum 1},
 * {@code 30 is above the maximum 20}, {@code 1 is not above the exclusive minimum 1},
 * {@code 20 is not below the exclusive maximum 20}, {@code 7 is not a multiple of 2},
 * {@code "abc" is shorter than the minimum length 5}, {@code "abcdef" is longer than the maximum length 5} (a string
 * is shown up to 40 code points; a cut one is followed by its length: {@code "aaa…" (5000 characters) is longer than
 * the maximum length 4000}), {@code "x1" does not match the pattern "^[a-z]+$"},
 * {@code "2020-02-30" is not of the format "date"},
 * {@code 0 items are fewer than the minimum 1}, {@code 5 items are more than the maximum 4},
 * {@code "abc" is not of type integer or null}, {@code "foo" is not one of ["a","b"]},
 * {@code 2 does not equal the constant 1}, {@code NaN is not a JSON number}, {@code no value is allowed here} (the
 * schema {@code false}), {@code property "x" is not allowed},
 * {@code matches none of the 2 schemas of anyOf (1: /m: 5 is above the maximum 2; 2: /m: 5 is below the minimum 10)},
 * {@code matches 2 of the 3 schemas of oneOf (1, 3), not exactly one}.
 */
public final class Checks {

    private static final BigInteger FIVE = BigInteger.valueOf(5);

    private Checks() {}

    // ---------------------------------------------------------------- presence

    /**
     * {@code required}: {@code value} (member {@code property} of the object at {@code objectPointer}) is present.
     * The violation is reported at the object, as JSON Schema does; an unset {@link Nullable} is absent too.
     */
    public static boolean required(Violations v, Pointer objectPointer, String property, Object value) {
        if (value != null && !(value instanceof Nullable<?> n && !n.isSet())) {
            return true;
        }
        return failValues(v, objectPointer, "required", null, property);
    }

    // ---------------------------------------------------------------- numbers: long

    /** {@code minimum}: {@code value >= minimum}. */
    public static boolean minimum(Violations v, Pointer pointer, long value, long minimum) {
        return value >= minimum || failLongs(v, pointer, "minimum", value, minimum);
    }

    /** {@code maximum}: {@code value <= maximum}. */
    public static boolean maximum(Violations v, Pointer pointer, long value, long maximum) {
        return value <= maximum || failLongs(v, pointer, "maximum", value, maximum);
    }

    /** {@code exclusiveMinimum}: {@code value > limit}. */
    public static boolean exclusiveMinimum(Violations v, Pointer pointer, long value, long limit) {
        return value > limit || failLongs(v, pointer, "exclusiveMinimum", value, limit);
    }

    /** {@code exclusiveMaximum}: {@code value < limit}. */
    public static boolean exclusiveMaximum(Violations v, Pointer pointer, long value, long limit) {
        return value < limit || failLongs(v, pointer, "exclusiveMaximum", value, limit);
    }

    /** {@code multipleOf}: {@code value} is an integer multiple of {@code divisor} ({@code > 0}). */
    public static boolean multipleOf(Violations v, Pointer pointer, long value, long divisor) {
        if (divisor <= 0) {
            throw new IllegalArgumentException("multipleOf must be positive: " + divisor);
        }
        return value % divisor == 0 || failLongs(v, pointer, "multipleOf", value, divisor);
    }

    // ---------------------------------------------------------------- numbers: double

    /** {@code type: number} for a {@code double} field: {@code NaN} and infinities are no JSON number. */
    public static boolean finite(Violations v, Pointer pointer, double value) {
        return Double.isFinite(value)
                || (v.keeps() ? fail(v, pointer, "type", Render.number(value) + " is not a JSON number") : counted(v));
    }

    /**
     * {@link #finite(Violations, Pointer, double)} throughout a JSON value built from typed values (the record of a
     * union, which generated validators check as JSON): each {@code NaN} or infinity a {@code double} held is reported
     * at its own pointer. Values read from JSON never hold one.
     */
    public static boolean finiteNumbers(Violations v, Pointer pointer, JsonNode value) {
        if (value == null) {
            return true;
        }
        if (value.isDouble() || value.isFloat()) {
            return finite(v, pointer, value.doubleValue());
        }
        boolean ok = true;
        if (value.isObject()) {
            for (Map.Entry<String, JsonNode> member : value.properties()) {
                ok &= finiteNumbers(v, pointer.member(member.getKey()), member.getValue());
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                ok &= finiteNumbers(v, pointer.item(i), value.get(i));
            }
        }
        return ok;
    }

    /** {@code minimum}: {@code value >= minimum}. */
    public static boolean minimum(Violations v, Pointer pointer, double value, double minimum) {
        return value >= minimum || Double.isNaN(value) || failDoubles(v, pointer, "minimum", value, minimum);
    }

    /** {@code maximum}: {@code value <= maximum}. */
    public static boolean maximum(Violations v, Pointer pointer, double value, double maximum) {
        return value <= maximum || Double.isNaN(value) || failDoubles(v, pointer, "maximum", value, maximum);
    }

    /** {@code exclusiveMinimum}: {@code value > limit}. */
    public static boolean exclusiveMinimum(Violations v, Pointer pointer, double value, double limit) {
        return value > limit || Double.isNaN(value) || failDoubles(v, pointer, "exclusiveMinimum", value, limit);
    }

    /** {@code exclusiveMaximum}: {@code value < limit}. */
    public static boolean exclusiveMaximum(Violations v, Pointer pointer, double value, double limit) {
        return value < limit || Double.isNaN(value) || failDoubles(v, pointer, "exclusiveMaximum", value, limit);
    }

    /**
     * {@code multipleOf}, exact on the decimals Jackson writes for both doubles ({@link BigDecimal#valueOf(double)}).
     * A non-finite {@code value} passes (see {@link #finite}).
     */
    public static boolean multipleOf(Violations v, Pointer pointer, double value, double divisor) {
        if (!(divisor > 0) || !Double.isFinite(divisor)) {
            throw new IllegalArgumentException("multipleOf must be positive and finite: " + divisor);
        }
        return !Double.isFinite(value)
                || isMultipleOf(BigDecimal.valueOf(value), BigDecimal.valueOf(divisor))
                || failDoubles(v, pointer, "multipleOf", value, divisor);
    }

    // ---------------------------------------------------------------- numbers: BigDecimal

    /** {@code minimum}: {@code value >= minimum} ({@code null} passes). */
    public static boolean minimum(Violations v, Pointer pointer, BigDecimal value, BigDecimal minimum) {
        return value == null || value.compareTo(minimum) >= 0 || failValues(v, pointer, "minimum", value, minimum);
    }

    /** {@code maximum}: {@code value <= maximum} ({@code null} passes). */
    public static boolean maximum(Violations v, Pointer pointer, BigDecimal value, BigDecimal maximum) {
        return value == null || value.compareTo(maximum) <= 0 || failValues(v, pointer, "maximum", value, maximum);
    }

    /** {@code exclusiveMinimum}: {@code value > limit} ({@code null} passes). */
    public static boolean exclusiveMinimum(Violations v, Pointer pointer, BigDecimal value, BigDecimal limit) {
        return value == null || value.compareTo(limit) > 0 || failValues(v, pointer, "exclusiveMinimum", value, limit);
    }

    /** {@code exclusiveMaximum}: {@code value < limit} ({@code null} passes). */
    public static boolean exclusiveMaximum(Violations v, Pointer pointer, BigDecimal value, BigDecimal limit) {
        return value == null || value.compareTo(limit) < 0 || failValues(v, pointer, "exclusiveMaximum", value, limit);
    }

    /** {@code multipleOf}, exact ({@code null} passes; {@code divisor > 0}). */
    public static boolean multipleOf(Violations v, Pointer pointer, BigDecimal value, BigDecimal divisor) {
        return value == null || isMultipleOf(value, divisor) || failValues(v, pointer, "multipleOf", value, divisor);
    }

    /**
     * Whether {@code value / divisor} is an integer, exactly, without building the quotient: with
     * {@code value = u1·10^-s1} and {@code divisor = u2·10^-s2} (trailing zeros stripped) and {@code p/r} the
     * fraction {@code u1/u2} in lowest terms, the quotient {@code (p/r)·10^(s2-s1)} is an integer if and only if
     * {@code s2 >= s1} and {@code r} is {@code 2^x·5^y} with {@code x, y <= s2-s1} ({@code p} has no factor 10, so a
     * negative power never divides out).
     */
    static boolean isMultipleOf(BigDecimal value, BigDecimal divisor) {
        if (divisor.signum() <= 0) {
            throw new IllegalArgumentException("multipleOf must be positive: " + divisor);
        }
        if (value.signum() == 0) {
            return true;
        }
        BigDecimal a = value.stripTrailingZeros();
        BigDecimal b = divisor.stripTrailingZeros();
        long k = (long) b.scale() - a.scale();
        if (k < 0) {
            return false;
        }
        BigInteger u1 = a.unscaledValue().abs();
        BigInteger u2 = b.unscaledValue();
        BigInteger r = u2.divide(u1.gcd(u2));
        int twos = r.getLowestSetBit();
        if (twos > k) {
            return false;
        }
        r = r.shiftRight(twos);
        long fives = 0;
        while (!r.equals(BigInteger.ONE)) {
            BigInteger[] qr = r.divideAndRemainder(FIVE);
            if (qr[1].signum() != 0 || ++fives > k) {
                return false;
            }
            r = qr[0];
        }
        return true;
    }

    // ---------------------------------------------------------------- strings

    /** {@code minLength}: at least {@code minimum} characters, counted in Unicode code points ({@code null} passes). */
    public static boolean minLength(Violations v, Pointer pointer, String value, int minimum) {
        return value == null
                || value.length() >= 2L * minimum
                || codePoints(value) >= minimum
                || failLength(v, pointer, "minLength", value, minimum);
    }

    /** {@code maxLength}: at most {@code maximum} characters, counted in Unicode code points ({@code null} passes). */
    public static boolean maxLength(Violations v, Pointer pointer, String value, int maximum) {
        return value == null
                || value.length() <= maximum
                || codePoints(value) <= maximum
                || failLength(v, pointer, "maxLength", value, maximum);
    }

    /**
     * The length of {@code value} in code points; only called when its UTF-16 length does not decide the check
     * (a code point is one or two UTF-16 units), and kept apart so that the checks stay small enough to inline.
     */
    private static int codePoints(String value) {
        return value.codePointCount(0, value.length());
    }

    /**
     * {@code pattern}: {@code pattern} matches somewhere in {@code value} ({@link java.util.regex.Matcher#find()},
     * unanchored, as ECMA-262 {@code RegExp.test}); {@code null} passes. The generator compiles the schema's
     * ECMA-262 pattern to a Java {@link Pattern} once, in a constant.
     */
    public static boolean pattern(Violations v, Pointer pointer, String value, Pattern pattern) {
        return value == null
                || pattern.matcher(value).find()
                || failValues(v, pointer, "pattern", value, pattern.pattern());
    }

    /**
     * {@code format}, where the model document asks for assertion: {@code value} is of {@code format} ({@link Formats});
     * {@code null} passes.
     */
    public static boolean format(Violations v, Pointer pointer, String value, Format format) {
        return value == null || format.test(value) || failValues(v, pointer, "format", value, format.keyword());
    }

    // ---------------------------------------------------------------- arrays

    /** {@code minItems}: an array of {@code count} items has at least {@code minimum}. */
    public static boolean minItems(Violations v, Pointer pointer, int count, int minimum) {
        return count >= minimum || failCount(v, pointer, "minItems", count, minimum);
    }

    /** {@code maxItems}: an array of {@code count} items has at most {@code maximum}. */
    public static boolean maxItems(Violations v, Pointer pointer, int count, int maximum) {
        return count <= maximum || failCount(v, pointer, "maxItems", count, maximum);
    }

    // ---------------------------------------------------------------- dynamic: JSON values

    /**
     * {@code type}: {@code value} is of one of {@code types} ({@code "null"}, {@code "boolean"}, {@code "object"},
     * {@code "array"}, {@code "number"}, {@code "integer"}, {@code "string"}); Java {@code null} (absent) passes.
     */
    public static boolean type(Violations v, Pointer pointer, JsonNode value, String... types) {
        if (value == null) {
            return true;
        }
        for (String t : types) {
            if (isType(value, t)) {
                return true;
            }
        }
        if (!v.keeps()) {
            return counted(v);
        }
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < types.length; i++) {
            if (i > 0) {
                names.append(i == types.length - 1 ? " or " : ", ");
            }
            names.append(types[i]);
        }
        return fail(v, pointer, "type", Render.json(value) + " is not of type " + names);
    }

    /** Whether {@code value} is of JSON Schema type {@code type}; {@code integer} is any number with a zero fraction. */
    public static boolean isType(JsonNode value, String type) {
        switch (type) {
            case "null":
                return value.isNull();
            case "boolean":
                return value.isBoolean();
            case "object":
                return value.isObject();
            case "array":
                return value.isArray();
            case "number":
                return value.isNumber();
            case "string":
                return value.isTextual();
            case "integer":
                if (value.isIntegralNumber()) {
                    return true;
                }
                if (!value.isNumber()) {
                    return false;
                }
                BigDecimal d = decimal(value);
                return d != null && (d.signum() == 0 || d.stripTrailingZeros().scale() <= 0);
            default:
                throw new IllegalArgumentException("not a JSON Schema type: " + type);
        }
    }

    /**
     * JSON Schema equality: numbers by value ({@code 1} equals {@code 1.0}), strings, booleans and {@code null} as
     * such, arrays item by item, objects member by member regardless of order.
     */
    public static boolean jsonEquals(JsonNode a, JsonNode b) {
        if (a == b) {
            return true;
        }
        if (a.isNumber() && b.isNumber()) {
            BigDecimal x = decimal(a);
            BigDecimal y = decimal(b);
            if (x == null || y == null) {
                return a.doubleValue() == b.doubleValue();
            }
            return x.compareTo(y) == 0;
        }
        if (a.getNodeType() != b.getNodeType()) {
            return false;
        }
        if (a.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!jsonEquals(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> e : a.properties()) {
                JsonNode other = b.get(e.getKey());
                if (other == null || !jsonEquals(e.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    /** {@code enum}: {@code value} equals one of {@code allowed} by {@link #jsonEquals}; Java {@code null} passes. */
    public static boolean enumValue(Violations v, Pointer pointer, JsonNode value, List<? extends JsonNode> allowed) {
        if (value == null) {
            return true;
        }
        for (JsonNode a : allowed) {
            if (jsonEquals(value, a)) {
                return true;
            }
        }
        return v.keeps()
                ? fail(v, pointer, "enum", Render.json(value) + " is not one of " + Render.jsonArray(allowed))
                : counted(v);
    }

    /** {@code const}: {@code value} equals {@code expected} by {@link #jsonEquals}; Java {@code null} passes. */
    public static boolean constValue(Violations v, Pointer pointer, JsonNode value, JsonNode expected) {
        return value == null
                || jsonEquals(value, expected)
                || (v.keeps()
                        ? fail(
                                v,
                                pointer,
                                "const",
                                Render.json(value) + " does not equal the constant " + Render.json(expected))
                        : counted(v));
    }

    /** {@code minimum} on a JSON value: numbers only. */
    public static boolean minimum(Violations v, Pointer pointer, JsonNode value, BigDecimal minimum) {
        BigDecimal d = numberOrNull(value);
        return d == null || d.compareTo(minimum) >= 0 || failValues(v, pointer, "minimum", value, minimum);
    }

    /** {@code maximum} on a JSON value: numbers only. */
    public static boolean maximum(Violations v, Pointer pointer, JsonNode value, BigDecimal maximum) {
        BigDecimal d = numberOrNull(value);
        return d == null || d.compareTo(maximum) <= 0 || failValues(v, pointer, "maximum", value, maximum);
    }

    /** {@code exclusiveMinimum} on a JSON value: numbers only. */
    public static boolean exclusiveMinimum(Violations v, Pointer pointer, JsonNode value, BigDecimal limit) {
        BigDecimal d = numberOrNull(value);
        return d == null || d.compareTo(limit) > 0 || failValues(v, pointer, "exclusiveMinimum", value, limit);
    }

    /** {@code exclusiveMaximum} on a JSON value: numbers only. */
    public static boolean exclusiveMaximum(Violations v, Pointer pointer, JsonNode value, BigDecimal limit) {
        BigDecimal d = numberOrNull(value);
        return d == null || d.compareTo(limit) < 0 || failValues(v, pointer, "exclusiveMaximum", value, limit);
    }

    /** {@code multipleOf} on a JSON value: numbers only, exact. */
    public static boolean multipleOf(Violations v, Pointer pointer, JsonNode value, BigDecimal divisor) {
        BigDecimal d = numberOrNull(value);
        return d == null || isMultipleOf(d, divisor) || failValues(v, pointer, "multipleOf", value, divisor);
    }

    /** {@code minLength} on a JSON value: strings only. */
    public static boolean minLength(Violations v, Pointer pointer, JsonNode value, int minimum) {
        return value == null || !value.isTextual() || minLength(v, pointer, value.textValue(), minimum);
    }

    /** {@code maxLength} on a JSON value: strings only. */
    public static boolean maxLength(Violations v, Pointer pointer, JsonNode value, int maximum) {
        return value == null || !value.isTextual() || maxLength(v, pointer, value.textValue(), maximum);
    }

    /** {@code format} on a JSON value: strings only. */
    public static boolean format(Violations v, Pointer pointer, JsonNode value, Format format) {
        return value == null || !value.isTextual() || format(v, pointer, value.textValue(), format);
    }

    /** {@code pattern} on a JSON value: strings only. */
    public static boolean pattern(Violations v, Pointer pointer, JsonNode value, Pattern pattern) {
        return value == null || !value.isTextual() || pattern(v, pointer, value.textValue(), pattern);
    }

    /** {@code minItems} on a JSON value: arrays only. */
    public static boolean minItems(Violations v, Pointer pointer, JsonNode value, int minimum) {
        return value == null || !value.isArray() || minItems(v, pointer, value.size(), minimum);
    }

    /** {@code maxItems} on a JSON value: arrays only. */
    public static boolean maxItems(Violations v, Pointer pointer, JsonNode value, int maximum) {
        return value == null || !value.isArray() || maxItems(v, pointer, value.size(), maximum);
    }

    // -------------------------------- schemas: false, additionalProperties, anyOf, oneOf

    /** The schema {@code false}: no value passes, whatever it is. */
    public static boolean never(Violations v, Pointer pointer) {
        return fail(v, pointer, "false", "no value is allowed here");
    }

    /**
     * {@code additionalProperties: false}: member {@code property}, at {@code memberPointer}, is not declared by the
     * schema of its object.
     */
    public static boolean additionalProperty(Violations v, Pointer memberPointer, String property) {
        return v.keeps()
                ? fail(
                        v,
                        memberPointer,
                        "additionalProperties",
                        "property " + Render.string(property) + " is not allowed")
                : counted(v);
    }

    /**
     * {@code anyOf}: the value passed at least one of the schemas, whose violations (checked by the caller, one
     * {@link Violations} per schema, in order) are {@code branches}. When none passed, one violation says so with the
     * first violation of each schema.
     */
    public static boolean anyOf(Violations v, Pointer pointer, Violations... branches) {
        if (matched(branches) > 0) {
            return true;
        }
        return v.keeps() ? fail(v, pointer, "anyOf", none(branches, "anyOf")) : counted(v);
    }

    /**
     * {@code oneOf}: the value passed exactly one of the schemas, whose violations are {@code branches} (as for
     * {@link #anyOf}). Otherwise one violation names how many matched (and which), or why none did.
     */
    public static boolean oneOf(Violations v, Pointer pointer, Violations... branches) {
        int matched = matched(branches);
        if (matched == 1) {
            return true;
        }
        if (!v.keeps()) {
            return counted(v);
        }
        if (matched == 0) {
            return fail(v, pointer, "oneOf", none(branches, "oneOf"));
        }
        StringBuilder which = new StringBuilder();
        for (int i = 0; i < branches.length; i++) {
            if (branches[i].isEmpty()) {
                which.append(which.length() == 0 ? "" : ", ").append(i + 1);
            }
        }
        return fail(
                v,
                pointer,
                "oneOf",
                "matches " + matched + " of the " + branches.length + " schemas of oneOf (" + which
                        + "), not exactly one");
    }

    /** {@code matches none of the 2 schemas of anyOf (reasons)}, or {@code does not match the schema of ...}. */
    private static String none(Violations[] branches, String keyword) {
        String what = branches.length == 1
                ? "does not match the schema of " + keyword
                : "matches none of the " + branches.length + " schemas of " + keyword;
        return what + " (" + reasons(branches) + ")";
    }

    private static int matched(Violations[] branches) {
        int matched = 0;
        for (Violations b : branches) {
            if (b.isEmpty()) {
                matched++;
            }
        }
        return matched;
    }

    /** {@code 1: /a: 3 is above the maximum 2; 2: /: "x" is not of type integer}: each schema's first violation. */
    private static String reasons(Violations[] branches) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < branches.length; i++) {
            if (i > 0) {
                sb.append("; ");
            }
            sb.append(i + 1).append(": ").append(branches[i].first());
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- helpers

    // Each failure below builds its violation only where v keeps it: a counting run builds nothing. The values are
    // passed unboxed, so that a failed check costs the one object it keeps. Each returns false, the check's verdict.

    /** A violation whose message is written out now; callers build a costly one only where {@code v} keeps it. */
    private static boolean fail(Violations v, Pointer pointer, String keyword, String message) {
        v.found(v.keeps() ? Violation.of(pointer, keyword, message) : null);
        return false;
    }

    /** Counts a violation where {@code v} only counts, instead of writing its message. */
    private static boolean counted(Violations v) {
        v.found(null);
        return false;
    }

    private static boolean failLongs(Violations v, Pointer pointer, String keyword, long value, long bound) {
        v.found(v.keeps() ? new Longs(pointer, keyword, value, bound) : null);
        return false;
    }

    private static boolean failDoubles(Violations v, Pointer pointer, String keyword, double value, double bound) {
        v.found(v.keeps() ? new Doubles(pointer, keyword, value, bound) : null);
        return false;
    }

    private static boolean failValues(Violations v, Pointer pointer, String keyword, Object value, Object bound) {
        v.found(v.keeps() ? new Values(pointer, keyword, value, bound) : null);
        return false;
    }

    private static boolean failLength(Violations v, Pointer pointer, String keyword, String value, int bound) {
        v.found(v.keeps() ? new Length(pointer, keyword, value, bound) : null);
        return false;
    }

    private static boolean failCount(Violations v, Pointer pointer, String keyword, int count, int bound) {
        v.found(v.keeps() ? new Count(pointer, keyword, count, bound) : null);
        return false;
    }

    /** The value of a number node as a decimal, or {@code null} for a non-finite double (never read from JSON). */
    private static BigDecimal decimal(JsonNode n) {
        if ((n.isDouble() || n.isFloat()) && !Double.isFinite(n.doubleValue())) {
            return null;
        }
        return n.decimalValue();
    }

    private static BigDecimal numberOrNull(JsonNode value) {
        return value == null || !value.isNumber() ? null : decimal(value);
    }
}
