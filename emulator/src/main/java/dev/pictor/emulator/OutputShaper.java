package dev.pictor.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Fills a model's JSON output from its output schema: every string that carries an image gets one, encoded as the
 * schema says, every array of them gets all the images, and an integer {@code seed} the seed used. How an image is
 * carried is read from the schema: {@code format: uri} a URL the emulator serves; {@code contentEncoding: base64} (or
 * a description that says base64) base64; a description that says data URI a {@code data:} URI.
 */
final class OutputShaper {

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

    JsonNode shape(JsonNode schema) {
        JsonNode value = value("", schema, "");
        return value == null ? Wire.object() : value;
    }

    private JsonNode value(String name, JsonNode schema, String parentDescription) {
        if (!schema.isObject()) {
            return null;
        }
        String type = schema.path("type").asText("");
        if (type.equals("object") || (type.isEmpty() && schema.has("properties"))) {
            ObjectNode object = Wire.object();
            for (Map.Entry<String, JsonNode> property :
                    schema.path("properties").properties()) {
                JsonNode v = value(property.getKey(), property.getValue(), "");
                if (v != null) {
                    object.set(property.getKey(), v);
                }
            }
            return object;
        }
        if (type.equals("array")) {
            Carrier carrier = carrier(
                    name, schema.path("items"), schema.path("description").asText(""));
            if (carrier == null) {
                return null;
            }
            ArrayNode array = Wire.array();
            for (int i = 0; i < images.size(); i++) {
                array.add(encode(i, carrier));
            }
            return array;
        }
        if (type.equals("string")) {
            Carrier carrier = carrier(name, schema, parentDescription);
            return carrier == null || images.isEmpty() ? null : Wire.object().textNode(encode(0, carrier));
        }
        if (type.equals("integer") && name.equals("seed")) {
            return Wire.object().numberNode(seed);
        }
        return null;
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
