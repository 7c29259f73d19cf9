package dev.pictor.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what the emulator needs from a schema of a model document, looking through local {@code $ref}s and
 * {@code allOf} / {@code anyOf} / {@code oneOf} branches: the members an object declares, the JSON types a value may
 * have, whether it is a file (a binary string). Its own, small reading of JSON Schema: the emulator shares no schema
 * code with the generated clients it tests.
 */
final class SchemaView {

    /** How deep {@code $ref}s and combinators are followed (a cyclic schema stops here). */
    private static final int MAX_DEPTH = 32;

    private static final List<String> COMBINATORS = List.of("allOf", "anyOf", "oneOf");

    private final JsonNode root;

    /** @param root the schema {@code #/...} references resolve against (the model's input or output) */
    SchemaView(JsonNode root) {
        this.root = root;
    }

    JsonNode root() {
        return root;
    }

    /** The schema a local {@code $ref} chain ends at; the schema itself when it has none, or a missing node. */
    JsonNode resolve(JsonNode schema) {
        JsonNode at = schema;
        for (int i = 0; i < MAX_DEPTH && at != null && at.path("$ref").isTextual(); i++) {
            String ref = at.get("$ref").asText();
            if (!ref.startsWith("#")) {
                return Wire.object(); // not local: the loader confines $refs to the root; nothing to read here
            }
            at = root.at(ref.substring(1).isEmpty() ? "" : decode(ref.substring(1)));
        }
        return at == null || at.isMissingNode() ? Wire.object() : at;
    }

    /** The members an object schema declares, in all its branches (the first declaration of a name wins). */
    Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        collectProperties(schema, found, 0);
        return found;
    }

    private void collectProperties(JsonNode schema, Map<String, JsonNode> found, int depth) {
        JsonNode s = resolve(schema);
        if (depth > MAX_DEPTH || !s.isObject()) {
            return;
        }
        s.path("properties").properties().forEach(e -> found.putIfAbsent(e.getKey(), e.getValue()));
        for (String combinator : COMBINATORS) {
            for (JsonNode branch : s.path(combinator)) {
                collectProperties(branch, found, depth + 1);
            }
        }
    }

    /** The members an object schema requires, in all its {@code allOf} branches. */
    Set<String> required(JsonNode schema) {
        Set<String> found = new LinkedHashSet<>();
        collectRequired(schema, found, 0);
        return found;
    }

    private void collectRequired(JsonNode schema, Set<String> found, int depth) {
        JsonNode s = resolve(schema);
        if (depth > MAX_DEPTH || !s.isObject()) {
            return;
        }
        s.path("required").forEach(r -> found.add(r.asText()));
        for (JsonNode branch : s.path("allOf")) {
            collectRequired(branch, found, depth + 1);
        }
    }

    /**
     * The JSON types a value may have: {@code type} (a string or a list), the types of {@code enum} / {@code const}
     * values, and those of every branch; empty when the schema says nothing.
     */
    Set<String> types(JsonNode schema) {
        Set<String> found = new LinkedHashSet<>();
        collectTypes(schema, found, 0);
        return found;
    }

    private void collectTypes(JsonNode schema, Set<String> found, int depth) {
        JsonNode s = resolve(schema);
        if (depth > MAX_DEPTH || !s.isObject()) {
            return;
        }
        JsonNode type = s.get("type");
        if (type != null && type.isTextual()) {
            found.add(type.asText());
        } else if (type != null && type.isArray()) {
            type.forEach(t -> found.add(t.asText()));
        }
        for (JsonNode value : s.path("enum")) {
            found.add(typeOf(value));
        }
        if (s.has("const")) {
            found.add(typeOf(s.get("const")));
        }
        if (s.has("properties") && type == null) {
            found.add("object");
        }
        for (String combinator : COMBINATORS) {
            for (JsonNode branch : s.path(combinator)) {
                collectTypes(branch, found, depth + 1);
            }
        }
    }

    /** Whether the value is a file: a binary string ({@code format: binary}, or a {@code contentMediaType}). */
    boolean isFile(JsonNode schema) {
        JsonNode s = resolve(schema);
        return s.isObject()
                && types(s).contains("string")
                && (s.path("format").asText("").equals("binary") || s.has("contentMediaType"));
    }

    /** The branch of an array the schema allows ({@code items} of it or of one of its branches), or null. */
    JsonNode arrayItems(JsonNode schema) {
        return arrayItems(schema, 0);
    }

    private JsonNode arrayItems(JsonNode schema, int depth) {
        JsonNode s = resolve(schema);
        if (depth > MAX_DEPTH || !s.isObject()) {
            return null;
        }
        if (s.has("items") && s.get("items").isObject()) {
            return s.get("items");
        }
        if (types(s).contains("array") && !hasBranches(s)) {
            return Wire.object(); // an array of anything
        }
        for (String combinator : COMBINATORS) {
            for (JsonNode branch : s.path(combinator)) {
                JsonNode items = arrayItems(branch, depth + 1);
                if (items != null) {
                    return items;
                }
            }
        }
        return null;
    }

    /** Whether the schema, or one of its branches, is a file. */
    boolean mayBeFile(JsonNode schema) {
        return mayBeFile(schema, 0);
    }

    private boolean mayBeFile(JsonNode schema, int depth) {
        JsonNode s = resolve(schema);
        if (depth > MAX_DEPTH || !s.isObject()) {
            return false;
        }
        if (isFile(s)) {
            return true;
        }
        for (String combinator : List.of("anyOf", "oneOf")) {
            for (JsonNode branch : s.path(combinator)) {
                if (mayBeFile(branch, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a value of the schema is one string, number or boolean (or null), never an object or array. */
    boolean isScalar(JsonNode schema) {
        Set<String> types = types(schema);
        types.remove("null");
        return !types.isEmpty() && !types.contains("object") && !types.contains("array");
    }

    private static boolean hasBranches(JsonNode s) {
        return COMBINATORS.stream().anyMatch(s::has);
    }

    static String typeOf(JsonNode value) {
        if (value.isTextual()) {
            return "string";
        }
        if (value.isIntegralNumber()) {
            return "integer";
        }
        if (value.isNumber()) {
            return "number";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        if (value.isNull()) {
            return "null";
        }
        return value.isArray() ? "array" : "object";
    }

    /** {@code #/$defs/A%20B} → {@code /$defs/A B}: a {@code $ref}'s fragment is percent-encoded. */
    private static String decode(String fragment) {
        return java.net.URLDecoder.decode(fragment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }
}
