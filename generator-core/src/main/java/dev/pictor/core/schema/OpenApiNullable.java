package dev.pictor.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pictor.core.json.JsonPointer;
import dev.pictor.core.json.LocatedNode.LocatedBoolean;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.model.Dialect;
import java.util.List;

/**
 * OpenAPI 3.0's {@code nullable: true}, as Pictor reads it: the schema admits {@code null} as well as every value it
 * admits without the keyword, that is {@code anyOf: [{type: "null"}, the schema without nullable]}. This holds also
 * where the schema has no {@code type} of its own (beside a {@code $ref}, or on Cog's {@code allOf} wrapper of one
 * {@code $ref}) and beside an {@code enum} that lists no {@code null}: pydantic and Cog write it there to say
 * "optional", and a provider built on them accepts {@code null}. OpenAPI 3.0.3 reads it more narrowly (only beside
 * {@code type}); the wider reading refuses no value such a provider accepts. Linking and the reference validator
 * both read it through here, so generated validators and networknt agree.
 */
public final class OpenApiNullable {

    private static final List<String> SCHEMA_LISTS = List.of("allOf", "anyOf", "oneOf");

    private static final List<String> SCHEMA_VALUES = List.of("items", "additionalProperties", "not");

    private OpenApiNullable() {}

    /** True when the schema says {@code nullable: true} in a dialect that has the keyword (OpenAPI 3.0). */
    public static boolean declared(LocatedObject schema, Dialect dialect) {
        return dialect == Dialect.OPENAPI_3_0
                && schema.get("nullable")
                        .map(n -> n instanceof LocatedBoolean b && b.value())
                        .orElse(false);
    }

    /**
     * A copy of an OpenAPI 3.0 schema with every {@code nullable: true} written out as the {@code anyOf} it means,
     * for a validator that reads OpenAPI 3.0's narrower meaning. Only schema positions are rewritten, never an
     * {@code enum}, {@code default} or {@code example} value.
     */
    public static JsonNode asAnyOf(JsonNode schema) {
        if (!(schema instanceof ObjectNode object)) {
            return schema;
        }
        ObjectNode copy = object.deepCopy();
        rewriteChildren(copy);
        if (!copy.path("nullable").asBoolean(false)) {
            return copy;
        }
        copy.remove("nullable");
        ObjectNode nullOnly = JsonNodeFactory.instance.objectNode().put("type", "null");
        ObjectNode wrapper = JsonNodeFactory.instance.objectNode();
        wrapper.putArray("anyOf").add(nullOnly).add(copy);
        return wrapper;
    }

    /**
     * The pointer into the schema as written of a pointer into its {@link #asAnyOf} copy: the {@code /anyOf/1} that
     * each rewritten {@code nullable} schema gained is dropped, so a violation is located where the author wrote
     * the failing keyword. A pointer to the added {@code anyOf} itself names the nullable schema.
     */
    public static String writtenPointer(JsonNode written, String rewritten) {
        List<String> tokens = JsonPointer.tokens(rewritten);
        String out = "";
        JsonNode node = written;
        int i = 0;
        while (i < tokens.size()) {
            boolean wrapped = node != null && node.path("nullable").asBoolean(false);
            if (wrapped && tokens.get(i).equals("anyOf")) {
                if (i + 1 < tokens.size() && tokens.get(i + 1).equals("1")) {
                    i += 2;
                    continue;
                }
                return out;
            }
            String token = tokens.get(i);
            out = JsonPointer.append(out, token);
            node = node == null ? null : node.isArray() ? node.get(index(token)) : node.get(token);
            i++;
        }
        return out;
    }

    private static int index(String token) {
        return token.matches("\\d{1,9}") ? Integer.parseInt(token) : -1;
    }

    private static void rewriteChildren(ObjectNode schema) {
        for (String keyword : SCHEMA_VALUES) {
            JsonNode child = schema.get(keyword);
            if (child instanceof ObjectNode) {
                schema.set(keyword, asAnyOf(child));
            }
        }
        for (String keyword : SCHEMA_LISTS) {
            if (schema.get(keyword) instanceof ArrayNode branches) {
                for (int i = 0; i < branches.size(); i++) {
                    branches.set(i, asAnyOf(branches.get(i)));
                }
            }
        }
        if (schema.get("properties") instanceof ObjectNode properties) {
            properties.fieldNames().forEachRemaining(name -> properties.set(name, asAnyOf(properties.get(name))));
        }
    }
}
