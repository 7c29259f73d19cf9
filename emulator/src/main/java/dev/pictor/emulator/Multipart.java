package dev.pictor.emulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A strict {@code multipart/form-data} reader (RFC 7578): the body must start with the boundary, every part has a
 * {@code Content-Disposition: form-data} with a {@code name}, headers are CRLF-terminated, the closing boundary is
 * there. Bounded: at most {@link #MAX_PARTS} parts, {@link #MAX_HEADER_BYTES} of headers per part; the body itself is
 * already capped by the router. Whatever it refuses is a {@link Malformed} whose message says where.
 */
final class Multipart {

    static final int MAX_PARTS = 1000;
    static final int MAX_HEADER_BYTES = 8 * 1024;
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADERS_END = {'\r', '\n', '\r', '\n'};

    private Multipart() {}

    /**
     * One part.
     *
     * @param name        the {@code name} of its {@code Content-Disposition}
     * @param filename    its {@code filename}, when it has one (a file part)
     * @param contentType its {@code Content-Type}, lower case without parameters; {@code text/plain} when absent
     * @param contentTypeGiven whether the {@code Content-Type} was sent at all
     * @param bytes       its content
     */
    record Part(String name, Optional<String> filename, String contentType, boolean contentTypeGiven, byte[] bytes) {

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** A body that is not well-formed multipart. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message);
        }
    }

    /** The {@code boundary} parameter of a {@code multipart/form-data} content type. */
    static String boundary(String contentType) throws Malformed {
        if (contentType == null) {
            throw new Malformed("no Content-Type; the operation takes multipart/form-data");
        }
        Map<String, String> params = new LinkedHashMap<>();
        String type = parseHeaderValue(contentType, params);
        if (!type.equals("multipart/form-data")) {
            throw new Malformed("Content-Type is " + type + "; the operation takes multipart/form-data");
        }
        String boundary = params.get("boundary");
        if (boundary == null || boundary.isEmpty() || boundary.length() > 70) {
            throw new Malformed("the multipart Content-Type has no boundary of 1 to 70 characters");
        }
        return boundary;
    }

    /** The parts of {@code body}, in order. */
    static List<Part> parse(byte[] body, String boundary) throws Malformed {
        byte[] dash = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        if (!startsWith(body, 0, dash)) {
            throw new Malformed("the body does not start with the boundary --" + boundary);
        }
        List<Part> parts = new ArrayList<>();
        int at = dash.length;
        while (true) {
            if (startsWith(body, at, new byte[] {'-', '-'})) {
                return parts; // the closing boundary; an epilogue after it is ignored, as RFC 2046 says
            }
            if (!startsWith(body, at, CRLF)) {
                throw new Malformed("the boundary at byte " + at + " is not followed by CRLF or --");
            }
            at += 2;
            if (parts.size() == MAX_PARTS) {
                throw new Malformed("more than " + MAX_PARTS + " parts");
            }
            int headersEnd = indexOf(body, HEADERS_END, at, Math.min(body.length, at + MAX_HEADER_BYTES + 4));
            if (headersEnd < 0) {
                throw new Malformed("part " + (parts.size() + 1) + " has no end of headers (CRLF CRLF) within "
                        + MAX_HEADER_BYTES + " bytes");
            }
            String headers = new String(body, at, headersEnd - at, StandardCharsets.UTF_8);
            int contentStart = headersEnd + 4;
            int contentEnd = indexOf(body, delimiter, contentStart, body.length);
            if (contentEnd < 0) {
                throw new Malformed("part " + (parts.size() + 1) + " is not closed by the boundary");
            }
            parts.add(part(parts.size() + 1, headers, Arrays.copyOfRange(body, contentStart, contentEnd)));
            at = contentEnd + delimiter.length;
        }
    }

    private static Part part(int number, String headerBlock, byte[] content) throws Malformed {
        String name = null;
        String filename = null;
        String contentType = null;
        for (String line : headerBlock.split("\r\n", -1)) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new Malformed("part " + number + " has a header line that is not \"Name: value\": " + line);
            }
            String header = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (header.equals("content-disposition")) {
                Map<String, String> params = new LinkedHashMap<>();
                if (!parseHeaderValue(value, params).equals("form-data")) {
                    throw new Malformed("part " + number + " is not form-data: " + value);
                }
                name = params.get("name");
                filename = params.get("filename");
            } else if (header.equals("content-type")) {
                contentType = parseHeaderValue(value, new LinkedHashMap<>());
            }
        }
        if (name == null || name.isEmpty()) {
            throw new Malformed("part " + number + " has no Content-Disposition: form-data with a name");
        }
        return new Part(
                name,
                Optional.ofNullable(filename),
                contentType == null ? "text/plain" : contentType,
                contentType != null,
                content);
    }

    /** {@code form-data; name="a"; filename="b.png"}: the value, lower case, with its parameters (names lower case). */
    static String parseHeaderValue(String value, Map<String, String> params) throws Malformed {
        int semi = value.indexOf(';');
        String main = (semi < 0 ? value : value.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
        int i = semi < 0 ? value.length() : semi + 1;
        while (i < value.length()) {
            while (i < value.length() && (value.charAt(i) == ' ' || value.charAt(i) == '\t')) {
                i++;
            }
            int eq = value.indexOf('=', i);
            if (eq < 0) {
                throw new Malformed("a parameter without a value in: " + value);
            }
            String key = value.substring(i, eq).trim().toLowerCase(Locale.ROOT);
            i = eq + 1;
            StringBuilder v = new StringBuilder();
            if (i < value.length() && value.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < value.length()) {
                    char c = value.charAt(i++);
                    if (c == '\\' && i < value.length()) {
                        v.append(value.charAt(i++));
                    } else if (c == '"') {
                        closed = true;
                        break;
                    } else {
                        v.append(c);
                    }
                }
                if (!closed) {
                    throw new Malformed("an unclosed quoted parameter in: " + value);
                }
                while (i < value.length() && value.charAt(i) != ';') {
                    if (value.charAt(i) != ' ') {
                        throw new Malformed("text after a quoted parameter in: " + value);
                    }
                    i++;
                }
            } else {
                while (i < value.length() && value.charAt(i) != ';') {
                    v.append(value.charAt(i++));
                }
            }
            i++; // the ';'
            if (params.put(key, v.toString().trim()) != null) {
                throw new Malformed("the parameter " + key + " is given twice in: " + value);
            }
        }
        return main;
    }

    private static boolean startsWith(byte[] body, int at, byte[] prefix) {
        if (at + prefix.length > body.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (body[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The first index of {@code needle} in {@code body[from, to)}, or -1. */
    private static int indexOf(byte[] body, byte[] needle, int from, int to) {
        byte first = needle[0];
        for (int i = from; i + needle.length <= to; i++) {
            if (body[i] == first && startsWith(body, i, needle)) {
                return i;
            }
        }
        return -1;
    }
}
