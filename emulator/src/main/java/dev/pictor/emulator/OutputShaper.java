package dev.pictor.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Fills a model's JSON output from its output schema: every string that carries an image gets one, encoded as the
 * schema says, every array of them gets all the images, an array of objects one object per image (OpenAI's
 * {@code data: [{b64_json}]}, Stability's {@code [{base64, seed}]}), a {@code seed} the seed used, and every required
 * member the schema's {@code const}, {@code default}, first {@code enum} value or the zero of its type. How an image is
 * carried is read from the schema: {@code format: uri} a URL the emulator serves; {@code contentEncoding: base64} (or
 * a description that says base64) base64; a description that says data URI a {@code data:} URI. Local {@code $ref}s
 * are followed.
 */
final class OutputShaper {

    /** How deep the schema is followed (a cyclic schema stops here). */
    private static final int MAX_DEPTH = 24;

    private final List<byte[]> images;
    private final String mediaType;
    private final BigInteger seed;
    private final IntFunction<String> urlOf;

    /** @param urlOf the URL under which image {@code i} is served, for {@code format: uri} outputs */
    OutputShaper(List<byte[]> images, String mediaType, BigInteger seed, IntFunction<String> urlOf) {
        this.images = images;
        this.mediaType = mediaType;
        this.seed = seed;
        this.urlOf = urlOf;
    }

    /** How one image travels in a JSON string. */
    enum Carrier {
        URL,
        BASE64,
        DATA_URI
    }

    /** The output of {@code schema}, whose {@code $ref}s resolve against itself. */
    JsonNode shape(JsonNode schema) {
        return shape(schema, new SchemaView(schema));
    }

    /** The output of {@code schema}, a part of the schema {@code view} resolves {@code $ref}s in. */
    JsonNode shape(JsonNode schema, SchemaView view) {
        JsonNode value = value(view, "", schema, "", -1, 0);
        return value == null ? Wire.object() : value;
    }

    /**
     * @param index the image this value is about (an item of an array of objects), or -1 for all of them
     */
    private JsonNode value(
            SchemaView view, String name, JsonNode schema, String parentDescription, int index, int depth) {
        JsonNode s = view.resolve(schema);
        if (!s.isObject() || depth > MAX_DEPTH) {
            return null;
        }
        if (!s.has("type") && !s.has("properties") && (s.has("anyOf") || s.has("oneOf"))) {
            for (JsonNode branch : s.has("anyOf") ? s.get("anyOf") : s.get("oneOf")) {
                JsonNode v = value(view, name, branch, parentDescription, index, depth + 1);
                if (v != null && !v.isNull()) {
                    return v;
                }
            }
            return null;
        }
        Set<String> types = view.types(s);
        String type = s.path("type").isTextual() ? s.get("type").asText() : first(types);
        if (type.equals("object") || (type.isEmpty() && (s.has("properties") || s.has("allOf")))) {
            ObjectNode object = Wire.object();
            for (Map.Entry<String, JsonNode> property : view.properties(s).entrySet()) {
                JsonNode v = value(view, property.getKey(), property.getValue(), "", index, depth + 1);
                if (v != null) {
                    object.set(property.getKey(), v);
                }
            }
            for (String required : view.required(s)) {
                if (!object.has(required)) {
                    object.set(required, filler(view, view.properties(s).get(required), depth + 1));
                }
            }
            return object;
        }
        if (type.equals("array")) {
            JsonNode items = view.arrayItems(s);
            JsonNode resolvedItems = items == null ? Wire.object() : view.resolve(items);
            Carrier carrier = carrier(name, resolvedItems, s.path("description").asText(""));
            ArrayNode array = Wire.array();
            if (carrier != null) {
                for (int i = 0; i < images.size(); i++) {
                    array.add(encode(i, carrier));
                }
                return array;
            }
            if (index < 0 && items != null && view.types(resolvedItems).contains("object")) {
                for (int i = 0; i < images.size(); i++) {
                    JsonNode v = value(view, name, items, "", i, depth + 1);
                    if (v != null) {
                        array.add(v);
                    }
                }
                return array;
            }
            return null;
        }
        if (type.equals("string")) {
            Carrier carrier = carrier(name, s, parentDescription);
            return carrier == null || images.isEmpty()
                    ? null
                    : Wire.object().textNode(encode(Math.max(0, index), carrier));
        }
        if ((type.equals("integer") || type.equals("number")) && name.equals("seed")) {
            return Wire.object().numberNode(seed);
        }
        return null;
    }

    /** A required member's value when it carries no image: its const, default, first enum value, or a zero. */
    private JsonNode filler(SchemaView view, JsonNode schema, int depth) {
        JsonNode s = schema == null ? Wire.object() : view.resolve(schema);
        if (s.has("const")) {
            return s.get("const");
        }
        if (s.has("default")) {
            return s.get("default");
        }
        if (s.path("enum").size() > 0) {
            return s.get("enum").get(0);
        }
        return switch (first(view.types(s))) {
            case "string" -> Wire.object().textNode("");
            case "integer", "number" -> Wire.object().numberNode(0);
            case "boolean" -> Wire.object().booleanNode(false);
            case "array" -> Wire.array();
            case "object" -> {
                JsonNode v = depth > MAX_DEPTH ? null : value(view, "", s, "", -1, depth + 1);
                yield v == null ? Wire.object() : v;
            }
            default -> Wire.object().nullNode();
        };
    }

    /** The first type that is not {@code null}, or empty. */
    private static String first(Set<String> types) {
        return types.stream().filter(t -> !t.equals("null")).findFirst().orElse("");
    }
    /** How a string schema carries an image, or null when it carries none. */
    static Carrier carrier(String name, JsonNode schema, String parentDescription) {
        if (!schema.isObject() || !schema.path("type").asText("string").equals("string")) {
            return null;
        }
        String description = (schema.path("description").asText("") + ' ' + parentDescription).toLowerCase(Locale.ROOT);
        String format = schema.path("format").asText("");
        if (format.equals("uri") || format.equals("uri-reference") || format.equals("iri")) {
            return Carrier.URL;
        }
        if (description.contains("data uri") || description.contains("data:image")) {
            return Carrier.DATA_URI;
        }
        if (schema.path("contentEncoding").asText("").equals("base64") || description.contains("base64")) {
            return Carrier.BASE64;
        }
        if (schema.path("contentMediaType").asText("").startsWith("image/")
                || name.toLowerCase(Locale.ROOT).contains("image")) {
            return Carrier.BASE64;
        }
        return null;
    }

    private String encode(int index, Carrier carrier) {
        return switch (carrier) {
            case URL -> urlOf.apply(index);
            case BASE64 -> Base64.getEncoder().encodeToString(images.get(index));
            case DATA_URI ->
                "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(images.get(index));
        };
    }
}
