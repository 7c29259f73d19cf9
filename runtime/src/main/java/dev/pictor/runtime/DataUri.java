package dev.pictor.runtime;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Base64;
import java.util.Objects;

/**
 * A base64 data URI (RFC 2397) holding an image: {@code data:image/png;base64,iVBORw0KGgo...}. Some models return
 * their images this way inside a JSON response.
 *
 * <p>{@link #parse(String)} is strict: the {@code data:} scheme (any case), a media type {@code type/subtype} with
 * optional {@code ;name=value} parameters, the {@code ;base64} marker, a comma and base64 in the standard alphabet
 * (padding optional, no whitespace). A data URI without a media type, without {@code ;base64} (percent-encoded
 * data) or with anything else fails with an {@link IllegalArgumentException} whose message quotes at most a few
 * dozen characters of the input.
 *
 * <p>In JSON it is its string form ({@link #toUriString()}), read with {@link #parse(String)}. {@link #toString()}
 * shows the media type and size, never the data: {@code DataUri[image/png, 1048576 bytes]}. Equality is by media
 * type (as written) and bytes.
 */
public final class DataUri {

    private static final int SHOWN = 40;

    private final String mediaType;
    private final ImageBytes bytes;

    private DataUri(String mediaType, ImageBytes bytes) {
        this.mediaType = mediaType;
        this.bytes = bytes;
    }

    /**
     * A data URI for {@code bytes} of {@code mediaType} ({@code image/png}, parameters allowed:
     * {@code image/png;name=a.png}).
     *
     * @throws IllegalArgumentException when {@code mediaType} is not {@code type/subtype *(;name=value)}
     */
    public static DataUri of(String mediaType, ImageBytes bytes) {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(bytes, "bytes");
        String problem = checkMediaType(mediaType);
        if (problem != null) {
            throw new IllegalArgumentException("Invalid media type for a data URI: " + problem);
        }
        return new DataUri(mediaType, bytes);
    }

    /**
     * Parses a base64 data URI.
     *
     * @throws IllegalArgumentException when {@code uri} is not one (see the class description)
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static DataUri parse(String uri) {
        Objects.requireNonNull(uri, "uri");
        if (!uri.regionMatches(true, 0, "data:", 0, 5)) {
            throw invalid(uri, "does not start with \"data:\"");
        }
        int comma = uri.indexOf(',', 5);
        if (comma < 0) {
            throw invalid(uri, "has no ',' before its data");
        }
        String header = uri.substring(5, comma);
        int marker = header.length() - ";base64".length();
        if (marker < 0 || !header.regionMatches(true, marker, ";base64", 0, ";base64".length())) {
            throw invalid(uri, "is not base64 (no \";base64\" before the ',')");
        }
        String mediaType = header.substring(0, marker);
        String problem = checkMediaType(mediaType);
        if (problem != null) {
            throw invalid(uri, problem);
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(uri.substring(comma + 1));
        } catch (IllegalArgumentException e) {
            throw invalid(uri, "has invalid base64 data (" + e.getMessage() + ")");
        }
        return new DataUri(mediaType, ImageBytes.of(decoded));
    }

    /** The media type as written, parameters included ({@code image/png}). */
    public String mediaType() {
        return mediaType;
    }

    /** The decoded bytes. */
    public ImageBytes bytes() {
        return bytes;
    }

    /** The bytes and media type as an {@link ImageResult}. */
    public ImageResult toImageResult() {
        return new ImageResult(bytes, mediaType);
    }

    /** The URI: {@code data:}, the media type, {@code ;base64,} and the padded base64 of the bytes. */
    @JsonValue
    public String toUriString() {
        return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    @Override
    public boolean equals(Object o) {
        return o == this
                || o instanceof DataUri other && mediaType.equals(other.mediaType) && bytes.equals(other.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * mediaType.hashCode() + bytes.hashCode();
    }

    /** {@code DataUri[image/png, 1048576 bytes]}. */
    @Override
    public String toString() {
        return "DataUri[" + cut(mediaType) + ", " + bytes.size() + (bytes.size() == 1 ? " byte]" : " bytes]");
    }

    /** Why {@code mediaType} is not {@code type/subtype *(;attribute=value)}, or {@code null} when it is. */
    private static String checkMediaType(String mediaType) {
        if (mediaType.isEmpty()) {
            return "has no media type";
        }
        String[] parts = mediaType.split(";", -1);
        int slash = parts[0].indexOf('/');
        if (slash <= 0
                || slash == parts[0].length() - 1
                || !isToken(parts[0], 0, slash)
                || !isToken(parts[0], slash + 1, parts[0].length())) {
            return "has no valid media type type/subtype";
        }
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq <= 0
                    || eq == parts[i].length() - 1
                    || !isToken(parts[i], 0, eq)
                    || !isToken(parts[i], eq + 1, parts[i].length())) {
                return "has an invalid media type parameter";
            }
        }
        return null;
    }

    /** RFC 2045 token characters: printable ASCII but space and {@code ()<>@,;:\"/[]?=}. */
    private static boolean isToken(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c >= 0x7F || "()<>@,;:\\\"/[]?=".indexOf(c) >= 0) {
                return false;
            }
        }
        return from < to;
    }

    private static IllegalArgumentException invalid(String uri, String why) {
        return new IllegalArgumentException("Not a base64 data URI: \"" + cut(uri) + "\" " + why);
    }

    private static String cut(String s) {
        if (s.length() <= SHOWN) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(SHOWN - 1)) ? SHOWN - 1 : SHOWN;
        return s.substring(0, end) + "\u2026";
    }
}
