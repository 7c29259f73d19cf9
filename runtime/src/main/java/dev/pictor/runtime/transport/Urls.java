package dev.pictor.runtime.transport;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** URL helpers shared by the client and the transports. */
public final class Urls {

    private Urls() {}

    /**
     * {@code base} with {@code path} appended after one {@code /}: {@code https://h/v1} + {@code predictions} →
     * {@code https://h/v1/predictions}. {@code path} may hold {@code /}; every other character outside RFC 3986's
     * path characters is percent-encoded ({@code @cf/lykon/dreamshaper-8-lcm} stays as it is).
     */
    public static URI child(URI base, String path) {
        String b = base.toString();
        while (b.endsWith("/")) {
            b = b.substring(0, b.length() - 1);
        }
        String p = path.startsWith("/") ? path.substring(1) : path;
        return URI.create(b + "/" + encodePath(p));
    }

    /** Percent-encodes every character that RFC 3986 does not allow in a path ({@code /} kept). */
    public static String encodePath(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /**
     * Whether {@code id} (a job or prediction id from a provider) is safe as one path segment: 1 to 200 letters,
     * digits, {@code - . _ ~}.
     */
    public static boolean isSafeId(String id) {
        if (id == null || id.isEmpty() || id.length() > 200 || id.equals(".") || id.equals("..")) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~')) {
                return false;
            }
        }
        return true;
    }

    /** Same scheme, host and port (default ports filled in). */
    public static boolean sameOrigin(URI a, URI b) {
        if (a.getScheme() == null || b.getScheme() == null || a.getHost() == null || b.getHost() == null) {
            return false;
        }
        return a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI u) {
        if (u.getPort() >= 0) {
            return u.getPort();
        }
        return "https".equalsIgnoreCase(u.getScheme()) ? 443 : "http".equalsIgnoreCase(u.getScheme()) ? 80 : -1;
    }

    /** Whether {@code host} is a loopback name or literal: {@code localhost}, {@code 127.x.x.x}, {@code ::1}. */
    public static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")) {
            return true;
        }
        String[] parts = h.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals("127")) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit) || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    /**
     * Why {@code uri} may not be called, or null when it may: {@code https://} to any host, {@code http://} only to
     * loopback; no user info. The reason never quotes the URL's user info.
     */
    public static String refusal(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getRawAuthority() == null || uri.getHost() == null) {
            return "not an absolute http(s) URL with a host";
        }
        if (uri.getRawUserInfo() != null) {
            return "user info in a URL is refused (credentials go in the client's credential settings)";
        }
        if (scheme.equals("https")) {
            return null;
        }
        if (scheme.equals("http")) {
            return isLoopback(uri.getHost())
                    ? null
                    : "plain http:// is refused except to loopback (127.0.0.1, ::1, localhost); use https://";
        }
        return "scheme " + scheme + ": is refused; use https://";
    }

    /** The URL as logs and messages show it: scheme, host, port and path; never user info, query or fragment. */
    public static String forLog(URI uri) {
        if (uri.getHost() == null) {
            return "(relative URL)";
        }
        try {
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null).toString()
                    + (uri.getRawQuery() == null ? "" : "?…");
        } catch (URISyntaxException e) {
            return uri.getScheme() + "://" + uri.getHost();
        }
    }
}
