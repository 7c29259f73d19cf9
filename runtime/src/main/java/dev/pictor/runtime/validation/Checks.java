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
import java.util.ArrayList;
import java.util.HashMap;
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
 * the maximum length 4000}), {@code "x1" does not match the pattern "^[a-z]+$"}, {@code "aaa…" (46 characters) is
 * refused: matching it against the pattern "^(.*a){12}$" takes more than 1004600 steps} (the budget of
 * {@link #pattern(Violations, Pointer, String, Pattern)}),
 * {@code "2020-02-30" is not of the format "date"},
 * {@code 0 items are fewer than the minimum 1}, {@code 5 items are more than the maximum 4},
 * {@code 1 property is fewer than the minimum 2}, {@code 3 properties are more than the maximum 2},
 * {@code missing property "b", required when "a" is present},
 * {@code property name "Bad" is not valid ("Bad" does not match the pattern "^[a-z]+$")},
 * {@code "abc" is not of type integer or null}, {@code "foo" is not one of ["a","b"]},
 * {@code 2 does not equal the constant 1}, {@code NaN is not a JSON number}, {@code no value is allowed here} (the
 * schema {@code false}), {@code property "x" is not allowed},
 * {@code matches none of the 2 schemas of anyOf (1: /m: 5 is above the maximum 2; 2: /m: 5 is below the minimum 10)},
 * {@code matches 2 of the 3 schemas of oneOf (1, 3), not exactly one}, {@code items 0 and 2 are equal},
 * {@code no item matches the schema of contains}, {@code 1 item matches the schema of contains, fewer than the minimum
 * 2}, {@code 3 items match the schema of contains, more than the maximum 2}, {@code matches the schema of not}.
 */
public final class Checks {

    /**
     * The steps any match of a {@code pattern} may take, whatever the value's length; with
     * {@link #PATTERN_STEPS_PER_CHARACTER} per character, the budget beyond which a value is refused rather than
     * matched. Lint checks examples and defaults under the same budget.
     */
    public static final long PATTERN_BASE_STEPS = 1_000_000;

    /** The steps a match of a {@code pattern} may take per character of the value, beyond {@link #PATTERN_BASE_STEPS}. */
    public static final long PATTERN_STEPS_PER_CHARACTER = 100;

    private static final BigInteger FIVE = BigInteger.valueOf(5);

    private Checks() {}

    // ---------------------------------------------------------------- presence

    /**
     * {@code required}: {@code value} (member {@code property} of the object at {@code objectPointer}) is present.
     * The violation is reported at the object, as JSON Schema does; an unset {@link Nullable} is absent too.
     */
    public static boolean required(Violations v, Pointer objectPointer, String property, Object value) {
        if (present(value)) {
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
     * ECMA-262 pattern to a Java {@link Pattern} once, in a constant. The match runs under a step budget
     * ({@link #PATTERN_BASE_STEPS} plus {@link #PATTERN_STEPS_PER_CHARACTER} per character of the value), so that a
     * pattern that backtracks ({@code ^(.*a){12}$}) cannot make a long value a denial of service: a value whose match
     * would take longer is refused, with a violation that says so.
     */
    public static boolean pattern(Violations v, Pointer pointer, String value, Pattern pattern) {
        if (value == null) {
            return true;
        }
        return switch (BoundedMatch.find(pattern, value)) {
            case FOUND -> true;
            case NOT_FOUND -> failValues(v, pointer, "pattern", value, pattern.pattern());
            case TOO_COSTLY -> v.keeps() ? fail(v, pointer, "pattern", tooCostly(value, pattern)) : counted(v);
        };
    }

    /**
     * Whether {@code pattern} matches somewhere in the member name {@code name} ({@code patternProperties}), under
     * the budget of {@link #pattern(Violations, Pointer, String, Pattern)}. A name whose match would take longer is
     * a violation at {@code pointer} (the member), and counts as not matched.
     */
    public static boolean finds(Violations v, Pointer pointer, String name, Pattern pattern) {
        return switch (BoundedMatch.find(pattern, name)) {
            case FOUND -> true;
            case NOT_FOUND -> false;
            case TOO_COSTLY -> v.keeps() ? fail(v, pointer, "patternProperties", tooCostly(name, pattern)) : counted(v);
        };
    }

    /**
     * Whether {@code pattern} matches somewhere in the member name {@code name}, under the budget of
     * {@link #pattern(Violations, Pointer, String, Pattern)}; a name whose match would take longer counts as not
     * matched (the {@code patternProperties} check of the same object reports it). For collecting the members a
     * schema evaluated.
     */
    public static boolean finds(Pattern pattern, String name) {
        return BoundedMatch.find(pattern, name) == BoundedMatch.Outcome.FOUND;
    }

    /** {@code "aaa…" (46 characters) is refused: matching it against the pattern "^(.*a){12}$" takes too long}. */
    private static String tooCostly(String value, Pattern pattern) {
        String shown = Render.string(value);
        if (Render.isCut(value)) {
            shown += " (" + value.codePointCount(0, value.length()) + " characters)";
        }
        return shown + " is refused: matching it against the pattern " + Render.value(pattern.pattern())
                + " takes more than " + (PATTERN_BASE_STEPS + PATTERN_STEPS_PER_CHARACTER * (long) value.length())
                + " steps";
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

    // ---------------------------------------------------------------- multipart file parts

    /**
     * {@code type: string} of a single file part, checked on the list of files that a {@code multipart/form-data}
     * member taking one file or an array of them is held in (OpenAI's edit {@code image}): the list stands for one
     * file when it holds exactly one.
     */
    public static boolean oneFile(Violations v, Pointer pointer, int count) {
        return count == 1 || (v.keeps() ? fail(v, pointer, "type", count + " files, not one") : counted(v));
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

    // -------------------------------- unique and contained items

    /**
     * {@code uniqueItems: true} on a JSON value: no two items of an array are equal by {@link #jsonEquals} ({@code 1}
     * equals {@code 1.0}, objects regardless of member order); other values pass. The first repeated pair is named.
     */
    public static boolean uniqueItems(Violations v, Pointer pointer, JsonNode value) {
        if (value == null || !value.isArray() || value.size() < 2) {
            return true;
        }
        Map<Integer, List<Integer>> byHash = new HashMap<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            List<Integer> same = byHash.computeIfAbsent(jsonHash(item), h -> new ArrayList<>(1));
            for (int earlier : same) {
                if (jsonEquals(value.get(earlier), item)) {
                    return failRepeated(v, pointer, earlier, i);
                }
            }
            same.add(i);
        }
        return true;
    }

    /**
     * {@code uniqueItems: true} on a typed list whose items are equal exactly when their JSON forms are (strings,
     * integers, booleans, enum constants): no two items are {@link Object#equals equal}; {@code null} passes.
     */
    public static boolean uniqueItems(Violations v, Pointer pointer, List<?> value) {
        if (value == null || value.size() < 2) {
            return true;
        }
        Map<Object, Integer> first = new HashMap<>();
        for (int i = 0; i < value.size(); i++) {
            Integer earlier = first.putIfAbsent(value.get(i), i);
            if (earlier != null) {
                return failRepeated(v, pointer, earlier, i);
            }
        }
        return true;
    }

    private static boolean failRepeated(Violations v, Pointer pointer, int earlier, int later) {
        return v.keeps()
                ? fail(v, pointer, "uniqueItems", "items " + earlier + " and " + later + " are equal")
                : counted(v);
    }

    /**
     * A hash agreeing with {@link #jsonEquals}: numbers by value (trailing zeros stripped), object members in any
     * order.
     */
    private static int jsonHash(JsonNode n) {
        if (n.isNumber()) {
            BigDecimal d = decimal(n);
            return d == null
                    ? Double.hashCode(n.doubleValue())
                    : d.stripTrailingZeros().hashCode();
        }
        if (n.isArray()) {
            int h = 1;
            for (JsonNode item : n) {
                h = 31 * h + jsonHash(item);
            }
            return h;
        }
        if (n.isObject()) {
            int h = 0;
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                h += e.getKey().hashCode() ^ jsonHash(e.getValue());
            }
            return h;
        }
        return n.hashCode();
    }

    /**
     * {@code contains} (without {@code minContains}): at least one of an array's items matched its schema, as the
     * caller counted them ({@code matched}).
     */
    public static boolean contains(Violations v, Pointer pointer, int matched) {
        return matched > 0
                || (v.keeps() ? fail(v, pointer, "contains", "no item matches the schema of contains") : counted(v));
    }

    /** {@code minContains}: at least {@code minimum} items matched the schema of {@code contains}. */
    public static boolean minContains(Violations v, Pointer pointer, int matched, int minimum) {
        return matched >= minimum
                || (v.keeps()
                        ? fail(v, pointer, "minContains", containing(matched) + ", fewer than the minimum " + minimum)
                        : counted(v));
    }

    /** {@code maxContains}: at most {@code maximum} items matched the schema of {@code contains}. */
    public static boolean maxContains(Violations v, Pointer pointer, int matched, int maximum) {
        return matched <= maximum
                || (v.keeps()
                        ? fail(v, pointer, "maxContains", containing(matched) + ", more than the maximum " + maximum)
                        : counted(v));
    }

    private static String containing(int matched) {
        return (matched == 1 ? "1 item matches" : matched + " items match") + " the schema of contains";
    }

    // ---------------------------------------------------------------- objects: counts, names, dependencies

    /** {@code minProperties}: an object of {@code count} members has at least {@code minimum}. */
    public static boolean minProperties(Violations v, Pointer pointer, int count, int minimum) {
        return count >= minimum || failCount(v, pointer, "minProperties", count, minimum);
    }

    /** {@code maxProperties}: an object of {@code count} members has at most {@code maximum}. */
    public static boolean maxProperties(Violations v, Pointer pointer, int count, int maximum) {
        return count <= maximum || failCount(v, pointer, "maxProperties", count, maximum);
    }

    /** {@code minProperties} on a JSON value: objects only. */
    public static boolean minProperties(Violations v, Pointer pointer, JsonNode value, int minimum) {
        return value == null || !value.isObject() || minProperties(v, pointer, value.size(), minimum);
    }

    /** {@code maxProperties} on a JSON value: objects only. */
    public static boolean maxProperties(Violations v, Pointer pointer, JsonNode value, int maximum) {
        return value == null || !value.isObject() || maxProperties(v, pointer, value.size(), maximum);
    }

    /**
     * {@code dependentRequired} (draft-07's array-valued {@code dependencies}): member {@code property} of the object
     * at {@code objectPointer} is present, so member {@code required} must be too ({@code present}). Reported at the
     * object, as {@link #required} is.
     */
    public static boolean dependentRequired(
            Violations v, Pointer objectPointer, String property, String required, boolean present) {
        if (present) {
            return true;
        }
        return v.keeps()
                ? fail(
                        v,
                        objectPointer,
                        "dependentRequired",
                        "missing property " + Render.string(required) + ", required when " + Render.string(property)
                                + " is present")
                : counted(v);
    }

    /** Whether a record component holds a member: set, and not an unset {@link Nullable}. */
    public static boolean present(Object component) {
        return component != null && !(component instanceof Nullable<?> n && !n.isSet());
    }

    /** How many of a record's components hold a member ({@link #present}): the object's member count. */
    public static int presentMembers(Object... components) {
        int count = 0;
        for (Object c : components) {
            if (present(c)) {
                count++;
            }
        }
        return count;
    }

    /**
     * {@code dependentRequired} on a JSON value (objects only): when it has member {@code property}, it has each of
     * {@code required} too; one violation per missing member.
     */
    public static boolean dependentRequired(
            Violations v, Pointer pointer, JsonNode value, String property, List<String> required) {
        if (value == null || !value.isObject() || !value.has(property)) {
            return true;
        }
        boolean passed = true;
        for (String name : required) {
            passed &= dependentRequired(v, pointer, property, name, value.has(name));
        }
        return passed;
    }

    /**
     * {@code propertyNames}: member name {@code name} of the object at {@code objectPointer} passed the schema of
     * names, whose violations (checked by the caller on the name as a JSON string) are {@code nameViolations}. The
     * violation is reported at the object, since a name has no pointer of its own, with the name's first reason:
     * {@code property name "Bad" is not valid ("Bad" does not match the pattern "^[a-z]+$")}.
     */
    public static boolean propertyName(Violations v, Pointer objectPointer, String name, Violations nameViolations) {
        if (nameViolations.isEmpty()) {
            return true;
        }
        return v.keeps()
                ? fail(
                        v,
                        objectPointer,
                        "propertyNames",
                        "property name " + Render.string(name) + " is not valid ("
                                + nameViolations.first().message() + ")")
                : counted(v);
    }

    // -------------------------------- schemas: false, additionalProperties, unevaluated*, anyOf, oneOf, not

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
     * {@code unevaluatedProperties: false}: member {@code property}, at {@code memberPointer}, was evaluated by no
     * schema that its object passed.
     */
    public static boolean unevaluatedProperty(Violations v, Pointer memberPointer, String property) {
        return v.keeps()
                ? fail(
                        v,
                        memberPointer,
                        "unevaluatedProperties",
                        "property " + Render.string(property) + " is not evaluated by any schema and not allowed")
                : counted(v);
    }

    /**
     * {@code unevaluatedItems: false}: the item at {@code itemPointer} was evaluated by no schema that its array
     * passed.
     */
    public static boolean unevaluatedItem(Violations v, Pointer itemPointer) {
        return v.keeps()
                ? fail(v, itemPointer, "unevaluatedItems", "the item is not evaluated by any schema and not allowed")
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

    /**
     * {@code not}: the value failed the schema of {@code not}, whose violations (checked by the caller into a
     * {@link Violations} of its own, which may only count) are {@code schema}.
     */
    public static boolean not(Violations v, Pointer pointer, Violations schema) {
        return !schema.isEmpty() || (v.keeps() ? fail(v, pointer, "not", "matches the schema of not") : counted(v));
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
