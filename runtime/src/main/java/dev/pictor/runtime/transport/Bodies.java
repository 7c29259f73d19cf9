package dev.pictor.runtime.transport;

import dev.pictor.runtime.ImageBytes;
import dev.pictor.runtime.ModelId;
import dev.pictor.runtime.client.MalformedResponseException;
import java.net.http.HttpResponse;
import java.util.Locale;

/** Reading what a response is: its media type, whether it is JSON, whether image bytes are what they claim. */
public final class Bodies {

    private Bodies() {}

    /** The response's {@code Content-Type} as sent, or the empty string. */
    public static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("").strip();
    }

    /** The media type without parameters, lower case: {@code Image/PNG; q=1} → {@code image/png}. */
    public static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    /** {@code application/json} or any {@code +json} type ({@code application/problem+json}). */
    public static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    public static boolean isImage(String mediaType) {
        return mediaType.startsWith("image/");
    }

    /**
     * Checks that {@code bytes} are an image of the declared {@code mediaType}: a PNG for {@code image/png}, a JPEG
     * for {@code image/jpeg}, and so on for the formats {@link ImageBytes#sniffFormat()} knows.
     *
     * @throws MalformedResponseException when the bytes are empty or of another format than declared
     */
    public static void checkImage(ModelId model, String mediaType, ImageBytes bytes) {
        if (bytes.isEmpty()) {
            throw new MalformedResponseException(model, "an empty " + mediaType + " body");
        }
        String expected = switch (mediaType) {
            case "image/png" -> "PNG";
            case "image/jpeg", "image/jpg", "image/pjpeg" -> "JPEG";
            case "image/webp" -> "WEBP";
            case "image/gif" -> "GIF";
            default -> null;
        };
        String found = bytes.sniffFormat();
        if (expected != null && !expected.equals(found)) {
            throw new MalformedResponseException(
                    model,
                    "the body is declared " + mediaType + " but its bytes are "
                            + (found == null ? "no known image format" : found) + " (" + bytes.size() + " bytes)");
        }
    }
}
