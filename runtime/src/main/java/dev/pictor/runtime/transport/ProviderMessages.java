package dev.pictor.runtime.transport;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pictor.runtime.json.PictorJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a provider's error body into one message: Cloudflare's {@code errors: [{code, message}]}, a problem
 * document's {@code title} and {@code detail} (Replicate), {@code error} (RunPod, the gateway; a string or an object
 * with a {@code message}), {@code message}, {@code detail}, the gateway's {@code violations}; any other body as
 * (at most 300 characters of) text. Control characters are replaced, and a message is at most 1,000 characters.
 */
public final class ProviderMessages {

    static final int MAX_MESSAGE = 1000;
    static final int MAX_BODY = 64 * 1024;

    private ProviderMessages() {}

    /** The message of an error body with content type {@code contentType}. */
    public static String describe(byte[] body, String contentType) {
        if (body == null || body.length == 0) {
            return "(empty body)";
        }
        String mediaType = Bodies.mediaType(contentType == null ? "" : contentType);
        if (Bodies.isJson(mediaType) || mediaType.isEmpty() || mediaType.equals("text/plain")) {
            try {
                JsonNode node = PictorJson.read(body, JsonNode.class);
                return describe(node);
            } catch (RuntimeException notJson) {
                // fall through to text
            }
        }
        if (mediaType.equals("text/html")) {
            return "(an HTML page of " + body.length + " bytes)";
        }
        return cut(clean(new String(body, 0, Math.min(body.length, 1200), StandardCharsets.UTF_8)), 300);
    }

    /** The message of a parsed error body. */
    public static String describe(JsonNode node) {
        List<String> parts = new ArrayList<>();
        if (node.isObject()) {
            for (JsonNode error : node.path("errors")) {
                String m = error.isObject() ? error.path("message").asText("") : error.asText("");
                String code = error.isObject() && error.has("code")
                        ? error.get("code").asText() + ": "
                        : "";
                if (!m.isEmpty()) {
                    parts.add(code + m);
                }
            }
            String title = node.path("title").asText("");
            String detail = node.path("detail").asText("");
            if (!title.isEmpty() || !detail.isEmpty()) {
                parts.add(title.isEmpty() ? detail : detail.isEmpty() ? title : title + ": " + detail);
            }
            JsonNode error = node.path("error");
            if (error.isTextual() && !error.asText().isEmpty()) {
                parts.add(error.asText());
            } else if (error.isObject() && error.path("message").isTextual()) {
                parts.add(error.path("message").asText());
            }
            if (parts.isEmpty() && node.path("message").isTextual()) {
                parts.add(node.path("message").asText());
            }
            if (!node.has("error")) {
                for (JsonNode v : node.path("violations")) {
                    parts.add(v.path("pointer").asText("") + ": "
                            + v.path("message").asText(""));
                }
            }
        } else if (node.isTextual()) {
            parts.add(node.asText());
        }
        if (parts.isEmpty()) {
            String compact = node.toString();
            return cut(clean(compact), 300);
        }
        return cut(clean(String.join("; ", parts)), MAX_MESSAGE);
    }

    /** The body as text for {@code errorBody()}: UTF-8, at most 64 KiB. */
    public static String text(byte[] body) {
        if (body == null) {
            return "";
        }
        return new String(body, 0, Math.min(body.length, MAX_BODY), StandardCharsets.UTF_8);
    }

    private static String clean(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c < 0x20 || c == 0x7f ? '?' : c);
        }
        return out.toString().strip();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "… (" + s.length() + " characters)";
    }
}
