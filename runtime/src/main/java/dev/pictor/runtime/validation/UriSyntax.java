package dev.pictor.runtime.validation;

/**
 * RFC 3986 syntax of a {@code URI} and a {@code URI-reference}, ASCII only: a scheme, an authority (user
 * information, an IP literal, an IPv4 address or a registered name, a port of digits), a path, a query and a fragment,
 * each of the characters its rule allows and percent-encodings of two hexadecimal digits.
 */
final class UriSyntax {

    private static final String UNRESERVED_PUNCTUATION = "-._~";
    private static final String SUB_DELIMS = "!$&'()*+,;=";

    private UriSyntax() {}

    /**
     * Whether {@code s} is a URI, or (when {@code schemeRequired} is false) a URI reference.
     *
     * @param schemeRequired {@code uri}: a scheme is required; {@code uri-reference}: a relative reference passes too
     */
    static boolean valid(String s, boolean schemeRequired) {
        String rest = s;
        int fragment = rest.indexOf('#');
        if (fragment >= 0) {
            if (!chars(rest, fragment + 1, rest.length(), ":@/?")) {
                return false;
            }
            rest = rest.substring(0, fragment);
        }
        int query = rest.indexOf('?');
        if (query >= 0) {
            if (!chars(rest, query + 1, rest.length(), ":@/?")) {
                return false;
            }
            rest = rest.substring(0, query);
        }
        int colon = rest.indexOf(':');
        int slash = rest.indexOf('/');
        boolean hasScheme = colon >= 0 && (slash < 0 || colon < slash);
        if (hasScheme) {
            if (!scheme(rest.substring(0, colon))) {
                return false; // a colon in a relative reference's first segment is no path-noscheme either
            }
            rest = rest.substring(colon + 1);
        } else if (schemeRequired) {
            return false;
        }
        if (rest.startsWith("//")) {
            int end = rest.indexOf('/', 2);
            end = end < 0 ? rest.length() : end;
            return authority(rest.substring(2, end)) && chars(rest, end, rest.length(), ":@/");
        }
        return chars(rest, 0, rest.length(), ":@/");
    }

    /** {@code ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )}. */
    private static boolean scheme(String s) {
        if (s.isEmpty() || Formats.isDigit(s.charAt(0)) || !Formats.isLetterOrDigit(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Formats.isLetterOrDigit(c) && c != '+' && c != '-' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** {@code [ userinfo "@" ] host [ ":" port ]}. */
    private static boolean authority(String s) {
        String hostPort = s;
        int at = s.indexOf('@');
        if (at >= 0) {
            if (!chars(s, 0, at, ":")) {
                return false;
            }
            hostPort = s.substring(at + 1);
        }
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0 || !ipLiteral(hostPort.substring(1, close))) {
                return false;
            }
            String after = hostPort.substring(close + 1);
            return after.isEmpty() || (after.charAt(0) == ':' && port(after.substring(1)));
        }
        int colon = hostPort.lastIndexOf(':');
        String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        return chars(host, 0, host.length(), "") && (colon < 0 || port(hostPort.substring(colon + 1)));
    }

    /** {@code *DIGIT}. */
    private static boolean port(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Formats.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code IPv6address / IPvFuture} between brackets. */
    private static boolean ipLiteral(String s) {
        if (s.length() > 1 && (s.charAt(0) == 'v' || s.charAt(0) == 'V')) {
            int dot = s.indexOf('.');
            return dot > 1
                    && Formats.hex(s.substring(1, dot))
                    && dot + 1 < s.length()
                    && s.indexOf('%') < 0
                    && chars(s, dot + 1, s.length(), ":");
        }
        return Formats.ipv6(s);
    }

    /**
     * Whether the characters of {@code s} from {@code start} to {@code end} are unreserved, sub-delimiters, the
     * {@code extra} characters or percent-encodings.
     */
    private static boolean chars(String s, int start, int end, String extra) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= end || Formats.hexValue(s.charAt(i + 1)) < 0 || Formats.hexValue(s.charAt(i + 2)) < 0) {
                    return false;
                }
                i += 2;
            } else if (!Formats.isLetterOrDigit(c)
                    && UNRESERVED_PUNCTUATION.indexOf(c) < 0
                    && SUB_DELIMS.indexOf(c) < 0
                    && extra.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
