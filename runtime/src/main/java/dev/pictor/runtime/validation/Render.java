package dev.pictor.runtime.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Collection;

/** Values rendered as JSON for violation messages, cut when long. Deterministic, independent of the locale. */
final class Render {

    /** Code points of a string shown before it is cut. */
    static final int MAX_STRING = 40;
    /** Characters of any other JSON rendering shown before it is cut. */
    static final int MAX_JSON = 60;

    private static final String ELLIPSIS = "\u2026";

    private Render() {}

    static String number(long value) {
        return Long.toString(value);
    }

    /** A finite double as JSON; integral values without a fraction ({@code 20}, not {@code 20.0}). */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value); // NaN, Infinity: not JSON, said as such by Checks.finite
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /** A decimal as JSON: plain notation unless that would be long ({@code 1E+400}). */
    static String number(BigDecimal value) {
        int scale = value.scale();
        if (scale > -20 && scale < 40) {
            return value.toPlainString();
        }
        return value.toString();
    }

    /**
     * A string as a JSON string literal, cut after {@link #MAX_STRING} code points: {@code "abc"}, or
     * {@code "abcdef…"} followed by nothing else when cut (the caller adds the length when it matters).
     */
    static String string(String s) {
        StringBuilder sb = new StringBuilder(Math.min(s.length(), MAX_STRING) + 8);
        sb.append('"');
        int shown = 0;
        int i = 0;
        while (i < s.length()) {
            if (shown == MAX_STRING) {
                sb.append(ELLIPSIS);
                break;
            }
            int cp = s.codePointAt(i);
            appendEscaped(sb, cp);
            i += Character.charCount(cp);
            shown++;
        }
        return sb.append('"').toString();
    }

    /** Whether {@link #string(String)} cuts {@code s}. */
    static boolean isCut(String s) {
        return s.length() > MAX_STRING && s.codePointCount(0, s.length()) > MAX_STRING;
    }

    private static void appendEscaped(StringBuilder sb, int cp) {
        switch (cp) {
            case '"':
                sb.append("\\\"");
                return;
            case '\\':
                sb.append("\\\\");
                return;
            case '\n':
                sb.append("\\n");
                return;
            case '\r':
                sb.append("\\r");
                return;
            case '\t':
                sb.append("\\t");
                return;
            case '\b':
                sb.append("\\b");
                return;
            case '\f':
                sb.append("\\f");
                return;
            default:
                if (cp < 0x20 || cp == 0x7F || cp <= 0xFFFF && Character.isSurrogate((char) cp)) {
                    sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", cp));
                } else {
                    sb.appendCodePoint(cp);
                }
        }
    }

    /** A JSON value, compact, cut after {@link #MAX_JSON} characters (strings after {@link #MAX_STRING}). */
    static String json(JsonNode node) {
        if (node.isTextual()) {
            return string(node.textValue());
        }
        if (node.isBigDecimal()) {
            return number(node.decimalValue());
        }
        return cut(node.toString());
    }

    /** A string, decimal or JSON value as {@link #string}, {@link #number(BigDecimal)} or {@link #json} render it. */
    static String value(Object value) {
        if (value instanceof String s) {
            return string(s);
        }
        if (value instanceof BigDecimal d) {
            return number(d);
        }
        if (value instanceof JsonNode n) {
            return json(n);
        }
        throw new IllegalArgumentException(
                "not a rendered value: " + value.getClass().getName());
    }

    /** A list of JSON values as a JSON array, cut after {@link #MAX_JSON} characters. */
    static String jsonArray(Collection<? extends JsonNode> nodes) {
        StringBuilder sb = new StringBuilder("[");
        for (JsonNode n : nodes) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append(json(n));
            if (sb.length() > MAX_JSON) {
                break;
            }
        }
        return cut(sb.append(']').toString());
    }

    private static String cut(String s) {
        if (s.length() <= MAX_JSON) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(MAX_JSON - 1)) ? MAX_JSON - 1 : MAX_JSON;
        return s.substring(0, end) + ELLIPSIS;
    }
}
