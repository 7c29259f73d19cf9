package dev.pictor.runtime;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Base64;
import java.util.Objects;

/**
 * A base64 string field of a JSON response that holds an image ({@code {"image": "iVBORw0KGgo..."}}), kept exactly as
 * received and decoded only when asked ({@link #decode()}), so that reading a response that carries several images
 * costs no decoding of those that are never used.
 *
 * <p>In JSON it is the string itself. {@link #toString()} shows the length, never the content:
 * {@code Base64Image[1398104 chars]}. Equality is by the string as received.
 */
public final class Base64Image {

    private final String encoded;

    private Base64Image(String encoded) {
        this.encoded = encoded;
    }

    /** The base64 text {@code encoded}, not checked until {@link #decode()}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Base64Image of(String encoded) {
        return new Base64Image(Objects.requireNonNull(encoded, "encoded"));
    }

    /** The base64 text as received. */
    @JsonValue
    public String encoded() {
        return encoded;
    }

    /** The length of the base64 text, in characters. */
    public int encodedLength() {
        return encoded.length();
    }

    /**
     * Decodes the text: the standard base64 alphabet of RFC 4648 section 4 (not the URL-safe one), padding
     * optional; line breaks, spaces and tabs between characters are skipped (MIME-style wrapped output).
     *
     * @throws IllegalArgumentException when the text is not base64 (the message says why without quoting it), or is
     *         a data URI (a field that carries those is a {@link DataUri})
     */
    public ImageBytes decode() {
        if (encoded.regionMatches(true, 0, "data:", 0, 5)) {
            throw new IllegalArgumentException("Not plain base64 but a data URI (\"data:...\"): read it as a DataUri");
        }
        try {
            return ImageBytes.of(Base64.getDecoder().decode(withoutWhitespace(encoded)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "Invalid base64 image (" + encoded.length() + " chars): " + e.getMessage(), e);
        }
    }

    private static String withoutWhitespace(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && !isSpace(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (!isSpace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Base64Image other && encoded.equals(other.encoded);
    }

    @Override
    public int hashCode() {
        return encoded.hashCode();
    }

    /** {@code Base64Image[1398104 chars]}. */
    @Override
    public String toString() {
        return "Base64Image[" + encoded.length() + " chars]";
    }
}
