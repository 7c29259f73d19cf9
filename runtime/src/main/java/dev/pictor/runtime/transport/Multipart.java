package dev.pictor.runtime.transport;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pictor.runtime.ImageBytes;
import dev.pictor.runtime.json.PictorJson;
import dev.pictor.runtime.transport.OperationInfo.Layout;
import dev.pictor.runtime.transport.OperationInfo.Part;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code multipart/form-data} body (RFC 7578) written from a request body's JSON object, each member laid out as
 * its {@link Part} says, or by its value when no part names it. File members arrive as base64 (the adapter writes
 * them so) and are sent as bytes, with a file name ({@code image.png}) and the image's media type as its bytes say;
 * text parts carry no {@code Content-Type} (text/plain, UTF-8); JSON parts {@code application/json}. A {@code null}
 * member or item is left out.
 *
 * @param contentType the request's {@code Content-Type}, with the boundary
 * @param bytes       the body
 */
record Multipart(String contentType, byte[] bytes) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String OCTET_STREAM = "application/octet-stream";

    /** The body of {@code object}'s members, in their order. */
    static Multipart of(JsonNode object, OperationInfo operation) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String boundary = "pictor-" + HexFormat.of().formatHex(nonce);
        Writer w = new Writer(boundary);
        for (Map.Entry<String, JsonNode> member : object.properties()) {
            Optional<Part> part = operation.part(member.getKey());
            w.member(
                    member.getKey(),
                    member.getValue(),
                    part.map(Part::layout).orElse(defaultLayout(member.getValue())),
                    part.flatMap(Part::contentType),
                    part.map(Part::file).orElse(false));
        }
        return new Multipart("multipart/form-data; boundary=" + boundary, w.finish());
    }

    /** A member no part names: a scalar is text, an array of scalars repeated, anything else JSON. */
    private static Layout defaultLayout(JsonNode value) {
        if (value.isValueNode()) {
            return Layout.TEXT;
        }
        if (value.isArray()) {
            for (JsonNode item : value) {
                if (!item.isValueNode()) {
                    return Layout.JSON;
                }
            }
            return Layout.REPEAT;
        }
        return Layout.JSON;
    }

    /** Writes parts one after the other. */
    private static final class Writer {

        private final String boundary;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Writer(String boundary) {
            this.boundary = boundary;
        }

        void member(String name, JsonNode value, Layout layout, Optional<String> contentType, boolean file) {
            if (value.isNull()) {
                return;
            }
            switch (layout) {
                case TEXT -> text(name, value, contentType);
                case FILE -> file(name, name, value, contentType, file);
                case JSON -> json(name, value, contentType);
                case BRACKETS -> brackets(name, value, contentType);
                case REPEAT, REPEAT_BRACKETS -> {
                    String partName = layout == Layout.REPEAT ? name : name + "[]";
                    List<JsonNode> items = new ArrayList<>();
                    if (value.isArray()) {
                        value.forEach(items::add);
                    } else {
                        items.add(value);
                    }
                    for (JsonNode item : items) {
                        if (item.isNull()) {
                            continue;
                        }
                        if (file) {
                            file(partName, name, item, contentType, true);
                        } else if (item.isValueNode()) {
                            text(partName, item, contentType);
                        } else {
                            json(partName, item, contentType);
                        }
                    }
                }
            }
        }

        /** One part per leaf, named {@code name[key][index]...}. */
        private void brackets(String name, JsonNode value, Optional<String> contentType) {
            if (value.isNull()) {
                return;
            }
            if (value.isObject()) {
                value.properties().forEach(e -> brackets(name + "[" + e.getKey() + "]", e.getValue(), contentType));
            } else if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    brackets(name + "[" + i + "]", value.get(i), contentType);
                }
            } else {
                text(name, value, contentType);
            }
        }

        private void text(String name, JsonNode value, Optional<String> contentType) {
            String text =
                    value.isValueNode() ? value.asText() : new String(PictorJson.write(value), StandardCharsets.UTF_8);
            part(name, null, contentType.orElse(null), text.getBytes(StandardCharsets.UTF_8));
        }

        private void json(String name, JsonNode value, Optional<String> contentType) {
            part(name, null, contentType.orElse("application/json"), PictorJson.write(value));
        }

        /** A file part; {@code value} is the file in base64 when {@code base64}, else text sent as a file. */
        private void file(String name, String member, JsonNode value, Optional<String> contentType, boolean base64) {
            byte[] bytes;
            if (base64) {
                if (!value.isTextual()) {
                    throw new IllegalStateException("the file part " + member + " is not base64 text");
                }
                bytes = Base64.getDecoder().decode(value.asText());
            } else {
                bytes = (value.isValueNode() ? value.asText() : value.toString()).getBytes(StandardCharsets.UTF_8);
            }
            String format = ImageBytes.of(bytes).sniffFormat();
            String extension =
                    format == null ? "bin" : format.toLowerCase(Locale.ROOT).replace("jpeg", "jpg");
            String sniffed = format == null ? OCTET_STREAM : "image/" + format.toLowerCase(Locale.ROOT);
            part(name, fileName(member) + "." + extension, contentType.orElse(sniffed), bytes);
        }

        private void part(String name, String fileName, String contentType, byte[] content) {
            StringBuilder head = new StringBuilder()
                    .append("--")
                    .append(boundary)
                    .append("\r\n")
                    .append("Content-Disposition: form-data; name=\"")
                    .append(quoted(name))
                    .append('"');
            if (fileName != null) {
                head.append("; filename=\"").append(quoted(fileName)).append('"');
            }
            head.append("\r\n");
            if (contentType != null) {
                head.append("Content-Type: ").append(contentType).append("\r\n");
            }
            head.append("\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes(new byte[] {'\r', '\n'});
        }

        byte[] finish() {
            out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }
    }

    /** A name in a quoted header parameter, as browsers write it: {@code "}, CR and LF percent-encoded. */
    static String quoted(String name) {
        return name.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The file name of a member's file, before its extension: the member's name, letters, digits, {@code - _ .}. */
    static String fileName(String member) {
        String safe = member.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() ? "file" : safe;
    }
}
