package dev.pictor.core.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pictor.core.link.FieldDecl;
import dev.pictor.core.link.JavaType;
import dev.pictor.core.link.LinkedModel;
import dev.pictor.core.link.RecordDecl;
import dev.pictor.core.link.SchemaNode;
import dev.pictor.core.model.Dialect;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Requests for a published Cog schema, made from the schema alone, and the count of request properties generated as
 * untyped {@code JsonValue} although their schema names a type.
 */
final class CogRequests {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CogRequests() {}

    /** The Cog OpenAPI document of a Replicate model object. */
    static JsonNode document(JsonNode modelObject) {
        return modelObject.at("/latest_version/openapi_schema");
    }

    /** The published {@code Input} schema with the document's components beside it, so its references resolve. */
    static JsonNode publishedInput(JsonNode document) {
        ObjectNode input = document.at("/components/schemas/Input").deepCopy();
        input.set("components", document.get("components"));
        return input;
    }

    static Dialect dialect(JsonNode document) {
        return document.get("openapi").asText().startsWith("3.0.") ? Dialect.OPENAPI_3_0 : Dialect.OPENAPI_3_1;
    }

    /**
     * A request with a value for every required property and its published default for every other property that
     * has one (so that each enum behind Cog's allOf wrapper is bound and written).
     */
    static ObjectNode request(JsonNode document) {
        JsonNode input = document.at("/components/schemas/Input");
        Set<String> required = new HashSet<>();
        input.path("required").forEach(r -> required.add(r.asText()));
        ObjectNode request = NODES.objectNode();
        input.path("properties").properties().forEach(p -> {
            JsonNode value = required.contains(p.getKey()) ? value(p.getValue(), document) : defaultOf(p.getValue());
            if (value != null && !value.isNull()) {
                request.set(p.getKey(), value);
            }
        });
        return request;
    }

    private static JsonNode defaultOf(JsonNode schema) {
        return schema.get("default");
    }

    /** A value the schema admits: its default, its first enum member, or a plain value of its type. */
    private static JsonNode value(JsonNode schema, JsonNode document) {
        if (schema.has("default") && !schema.get("default").isNull()) {
            return schema.get("default");
        }
        if (schema.has("$ref")) {
            return value(document.at(schema.get("$ref").asText().substring(1)), document);
        }
        if (schema.path("allOf").size() == 1) {
            return value(schema.get("allOf").get(0), document);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        switch (schema.path("type").asText()) {
            case "string":
                return NODES.textNode(
                        "uri".equals(schema.path("format").asText())
                                ? "https://example.com/input.png"
                                : "a photo of a lighthouse");
            case "integer":
                return NODES.numberNode(
                        schema.has("minimum") ? schema.get("minimum").asLong() : 1L);
            case "number":
                return schema.has("minimum") ? schema.get("minimum") : NODES.numberNode(0.5);
            case "boolean":
                return NODES.booleanNode(false);
            case "array":
                return NODES.arrayNode();
            default:
                return NODES.objectNode();
        }
    }

    /**
     * The request properties, through nested records and union alternatives, held as {@code JsonValue} (alone or as
     * list items) whose schema names a type; each as {@code Record.field}.
     */
    static List<String> untypedButTyped(LinkedModel model) {
        List<String> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(model.request().simpleName()));
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (!seen.add(name)) {
                continue;
            }
            model.unions().stream()
                    .filter(u -> u.simpleName().equals(name))
                    .forEach(u -> pending.addAll(u.alternatives()));
            RecordDecl record = model.record(name).orElse(null);
            if (record == null) {
                continue;
            }
            for (FieldDecl f : record.fields()) {
                JavaType type = f.type();
                while (type instanceof JavaType.ListOf l) {
                    type = l.item();
                }
                if (type instanceof JavaType.RecordRef r) {
                    pending.add(r.simpleName());
                } else if (type instanceof JavaType.UnionRef u) {
                    pending.add(u.simpleName());
                } else if (type instanceof JavaType.Passthrough && statesType(model, f.nodeId(), new HashSet<>())) {
                    found.add(record.simpleName() + "." + f.javaName());
                }
            }
        }
        return found;
    }

    /** The number of request properties, through nested records. */
    static int requestProperties(LinkedModel model) {
        int n = 0;
        for (RecordDecl r : model.records()) {
            if (r.role() != RecordDecl.Role.RESPONSE) {
                n += r.fields().size();
            }
        }
        return n;
    }

    /**
     * Whether a schema names a type: {@code type} (nullable or not), an {@code enum} or {@code const}, or through
     * a {@code $ref}, an {@code allOf} member, or every branch of an {@code anyOf}/{@code oneOf} (a branch that is
     * only {@code null} included).
     */
    private static boolean statesType(LinkedModel model, String id, Set<String> seen) {
        if (!seen.add(id)) {
            return false;
        }
        SchemaNode n = model.node(id);
        if (!n.types().isEmpty() || n.enumValues().isPresent() || n.constValue().isPresent()) {
            return true;
        }
        if (n.ref().isPresent() && statesType(model, n.ref().get(), seen)) {
            return true;
        }
        if (n.allOf().stream().anyMatch(b -> statesType(model, b, new HashSet<>(seen)))) {
            return true;
        }
        for (List<String> branches : List.of(n.anyOf(), n.oneOf())) {
            if (!branches.isEmpty() && branches.stream().allMatch(b -> statesType(model, b, new HashSet<>(seen)))) {
                return true;
            }
        }
        return false;
    }
}
