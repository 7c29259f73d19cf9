package dev.pictor.runtime.validation;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The string formats that generated validators assert where a model document asks for it ({@code "formats":
 * "assert"}), each strict per the specification JSON Schema names for it, ASCII digits only, and no surrounding
 * whitespace. {@link Format} names them; {@link Checks#format} reports a string that is not of its format.
 *
 * <ul>
 *   <li>{@link #date}, {@link #time}, {@link #dateTime}: RFC 3339 {@code full-date}, {@code full-time}, {@code
 *       date-time}; days checked against the month and leap years; {@code T} and {@code Z} in either case; a leap
 *       second ({@code :60}) only at 23:59 UTC once the offset is taken off.
 *   <li>{@link #duration}: RFC 3339 Appendix A (integers only; weeks alone).
 *   <li>{@link #email}: RFC 5321 {@code Mailbox}: a dot-atom or quoted local part, a host name or an address
 *       literal ({@code [127.0.0.1]}, {@code [IPv6:::1]}).
 *   <li>{@link #hostname}: RFC 1123 labels (letters, digits, inner hyphens, 63 at most, 253 in all, no empty label);
 *       a label that starts with {@code xn--} must be an IDNA 2008 A-label ({@link ALabels}).
 *   <li>{@link #ipv4}: dotted quad, no leading zero; {@link #ipv6}: RFC 4291 text form with an optional trailing
 *       IPv4 part, no zone, no prefix.
 *   <li>{@link #uri}, {@link #uriReference}: RFC 3986 {@code URI} and {@code URI-reference}, ASCII only.
 *   <li>{@link #uuid}: RFC 4122 {@code 8-4-4-4-12} hexadecimal digits, any version and variant.
 *   <li>{@link #jsonPointer}: RFC 6901; {@link #relativeJsonPointer}: draft-handrews-relative-json-pointer-01.
 *   <li>{@link #regex}: a regular expression; checked by compiling it with {@link Pattern}, which accepts the
 *       ECMA-262 syntax JSON Schema names and a few Java extensions besides.
 * </ul>
 */
public final class Formats {

    private Formats() {}

    // ---------------------------------------------------------------- RFC 3339

    /** RFC 3339 {@code full-date}: {@code 2020-02-29}. */
    public static boolean date(String s) {
        return s.length() == 10 && fullDate(s, 0);
    }

    /** RFC 3339 {@code full-time}: {@code 23:59:60Z}, {@code 08:30:06.283185-08:00}. */
    public static boolean time(String s) {
        return fullTime(s, 0);
    }

    /** RFC 3339 {@code date-time}: {@code 1963-06-19T08:30:06.283185Z}. */
    public static boolean dateTime(String s) {
        return s.length() > 11 && fullDate(s, 0) && (s.charAt(10) == 'T' || s.charAt(10) == 't') && fullTime(s, 11);
    }

    private static boolean fullDate(String s, int at) {
        if (s.length() < at + 10 || s.charAt(at + 4) != '-' || s.charAt(at + 7) != '-') {
            return false;
        }
        int year = digits(s, at, 4);
        int month = digits(s, at + 5, 2);
        int day = digits(s, at + 8, 2);
        return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
    }

    private static int daysIn(int year, int month) {
        if (month == 2) {
            boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
            return leap ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    /** {@code full-time} from {@code at} to the end of {@code s}. */
    private static boolean fullTime(String s, int at) {
        if (s.length() < at + 9 || s.charAt(at + 2) != ':' || s.charAt(at + 5) != ':') {
            return false;
        }
        int hour = digits(s, at, 2);
        int minute = digits(s, at + 3, 2);
        int second = digits(s, at + 6, 2);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) {
            return false;
        }
        int i = at + 8;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < s.length() && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == start || i == s.length()) {
                return false;
            }
        }
        int offsetMinutes;
        char c = s.charAt(i);
        if ((c == 'Z' || c == 'z') && i + 1 == s.length()) {
            offsetMinutes = 0;
        } else if ((c == '+' || c == '-') && i + 6 == s.length() && s.charAt(i + 3) == ':') {
            int oh = digits(s, i + 1, 2);
            int om = digits(s, i + 4, 2);
            if (oh < 0 || oh > 23 || om < 0 || om > 59) {
                return false;
            }
            offsetMinutes = (c == '+' ? 1 : -1) * (oh * 60 + om);
        } else {
            return false;
        }
        if (second == 60) {
            int utc = Math.floorMod(hour * 60 + minute - offsetMinutes, 24 * 60);
            return utc == 23 * 60 + 59; // a leap second is the last second of a UTC day
        }
        return true;
    }

    /**
     * RFC 3339 Appendix A {@code duration}: {@code P} then years, months, days (each with the ones after it, in that
     * order, with no gap), then {@code T} and hours, minutes, seconds likewise; or weeks alone.
     */
    public static boolean duration(String s) {
        if (s.length() < 3 || s.charAt(0) != 'P') {
            return false;
        }
        int time = s.indexOf('T');
        String date = time < 0 ? s.substring(1) : s.substring(1, time);
        if (time < 0 && date.endsWith("W")) {
            return units(date, "W");
        }
        if (time >= 0 && (time + 1 == s.length() || !units(s.substring(time + 1), "HMS"))) {
            return false;
        }
        return date.isEmpty() ? time >= 0 : units(date, "YMD");
    }

    /**
     * Whether {@code s} is one or more {@code <digits><unit>} whose units are consecutive letters of {@code order}
     * ({@code YM}, {@code MD}, {@code HMS} but not {@code YD} or {@code HS}).
     */
    private static boolean units(String s, String order) {
        int i = 0;
        int last = -1;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == start || i == s.length()) {
                return false;
            }
            int unit = order.indexOf(s.charAt(i++));
            if (unit < 0 || (last >= 0 && unit != last + 1)) {
                return false;
            }
            last = unit;
        }
        return last >= 0;
    }

    // ---------------------------------------------------------------- names and addresses

    /** RFC 5321 {@code Mailbox}: {@code local@domain}. */
    public static boolean email(String s) {
        int at = s.lastIndexOf('@');
        if (at <= 0 || at == s.length() - 1) {
            return false;
        }
        String local = s.substring(0, at);
        String domain = s.substring(at + 1);
        return (dotAtom(local) || quotedString(local)) && emailDomain(domain);
    }

    /** RFC 5322 {@code dot-atom-text}: atoms of {@code atext} joined by single dots. */
    private static boolean dotAtom(String s) {
        if (s.isEmpty() || s.startsWith(".") || s.endsWith(".") || s.contains("..")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '.' && !isLetterOrDigit(c) && "!#$%&'*+-/=?^_`{|}~".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** RFC 5321 {@code Quoted-string}: printable ASCII between quotes, {@code \} escaping one printable character. */
    private static boolean quotedString(String s) {
        if (s.length() < 2 || s.charAt(0) != '"' || s.charAt(s.length() - 1) != '"') {
            return false;
        }
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
                if (i == s.length() - 1 || s.charAt(i) < 32 || s.charAt(i) > 126) {
                    return false;
                }
            } else if (c < 32 || c > 126 || c == '"') {
                return false;
            }
        }
        return true;
    }

    private static boolean emailDomain(String s) {
        if (s.startsWith("[") && s.endsWith("]")) {
            String literal = s.substring(1, s.length() - 1);
            return literal.regionMatches(true, 0, "IPv6:", 0, 5) ? ipv6(literal.substring(5)) : ipv4(literal);
        }
        return hostname(s);
    }

    /** RFC 1123 host name; an {@code xn--} label must be an IDNA 2008 A-label. */
    public static boolean hostname(String s) {
        if (s.isEmpty() || s.length() > 253) {
            return false;
        }
        int start = 0;
        while (true) {
            int dot = s.indexOf('.', start);
            int end = dot < 0 ? s.length() : dot;
            if (!label(s, start, end)) {
                return false;
            }
            if (dot < 0) {
                return true;
            }
            start = dot + 1;
        }
    }

    private static boolean label(String s, int start, int end) {
        int length = end - start;
        if (length < 1 || length > 63 || s.charAt(start) == '-' || s.charAt(end - 1) == '-') {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c != '-' && !isLetterOrDigit(c)) {
                return false;
            }
        }
        boolean aLabel = length > 4 && s.regionMatches(true, start, "xn--", 0, 4);
        return !aLabel || ALabels.valid(s.substring(start + 4, end));
    }

    /** A dotted quad of decimal octets (0 to 255, no leading zero). */
    public static boolean ipv4(String s) {
        int start = 0;
        for (int part = 0; part < 4; part++) {
            int end = part < 3 ? s.indexOf('.', start) : s.length();
            if (end < 0 || !octet(s, start, end)) {
                return false;
            }
            start = end + 1;
        }
        return true;
    }

    private static boolean octet(String s, int start, int end) {
        int length = end - start;
        if (length < 1 || length > 3 || (length > 1 && s.charAt(start) == '0')) {
            return false;
        }
        int value = digits(s, start, length);
        return value >= 0 && value <= 255;
    }

    /** RFC 4291 section 2.2: eight groups of 1 to 4 hex digits, one {@code ::} at most, a trailing IPv4 part. */
    public static boolean ipv6(String s) {
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
            return false;
        }
        int groups;
        if (gap < 0) {
            groups = groups(s, true);
            return groups == 8;
        }
        int head = gap == 0 ? 0 : groups(s.substring(0, gap), false);
        int tail = gap + 2 == s.length() ? 0 : groups(s.substring(gap + 2), true);
        return head >= 0 && tail >= 0 && head + tail <= 7;
    }

    /**
     * The number of 16-bit groups {@code s} writes (an IPv4 part counts two), or -1 when it is malformed.
     *
     * @param last whether {@code s} ends the address, so that it may end with an IPv4 part
     */
    private static int groups(String s, boolean last) {
        String[] parts = s.split(":", -1);
        int count = 0;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (last && i == parts.length - 1 && p.indexOf('.') >= 0) {
                if (!ipv4(p)) {
                    return -1;
                }
                count += 2;
            } else if (p.isEmpty() || p.length() > 4 || !hex(p)) {
                return -1;
            } else {
                count++;
            }
        }
        return count;
    }

    // ---------------------------------------------------------------- identifiers

    /** RFC 3986 {@code URI}: a scheme, then the hierarchical part, query and fragment. */
    public static boolean uri(String s) {
        return UriSyntax.valid(s, true);
    }

    /** RFC 3986 {@code URI-reference}: a URI or a relative reference ({@code ""} included). */
    public static boolean uriReference(String s) {
        return UriSyntax.valid(s, false);
    }

    /** RFC 4122 string form: {@code 8-4-4-4-12} hexadecimal digits, either case. */
    public static boolean uuid(String s) {
        if (s.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : hexValue(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** RFC 6901: empty, or {@code /} tokens in which {@code ~} is followed by {@code 0} or {@code 1}. */
    public static boolean jsonPointer(String s) {
        return s.isEmpty() || (s.charAt(0) == '/' && escapesValid(s));
    }

    private static boolean escapesValid(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '~') {
                i++;
                if (i == s.length() || (s.charAt(i) != '0' && s.charAt(i) != '1')) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Relative JSON Pointer: a non-negative integer (no leading zero), then {@code #} or a JSON Pointer. */
    public static boolean relativeJsonPointer(String s) {
        int i = 0;
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        if (i == 0 || (i > 1 && s.charAt(0) == '0')) {
            return false;
        }
        String rest = s.substring(i);
        return rest.equals("#") || jsonPointer(rest);
    }

    /** A regular expression that compiles. */
    public static boolean regex(String s) {
        try {
            Pattern.compile(s);
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    // ---------------------------------------------------------------- characters

    /** The value of {@code count} ASCII digits from {@code at}, or -1 when one is not. */
    private static int digits(String s, int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLetterOrDigit(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean hex(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (hexValue(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    static int hexValue(char c) {
        if (isDigit(c)) {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }
}
