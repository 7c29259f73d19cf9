package dev.pictor.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A value sent as text (a path, query or header parameter, a multipart text part) read as the JSON value its schema
 * types it as: {@code "7"} is 7 where the schema takes an integer, {@code "true"} is true where it takes a boolean.
 * Text that is no such value stays a string, so validation reports the member with its type.
 */
final class TextValues {

    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,400})");
    private static final Pattern NUMBER =
            Pattern.compile("-?(0|[1-9][0-9]{0,400})(\\.[0-9]{1,400})?([eE][-+]?[0-9]{1,4})?");
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private TextValues() {}

    static JsonNode convert(String text, JsonNode schema, SchemaView view) {
        Set<String> types = view.types(schema);
        if (types.isEmpty() || types.contains("string")) {
            return NODES.textNode(text);
        }
        if (types.contains("integer") && INTEGER.matcher(text).matches()) {
            return NODES.numberNode(new BigInteger(text));
        }
        if (types.contains("number") && NUMBER.matcher(text).matches()) {
            BigDecimal value = new BigDecimal(text);
            return NODES.numberNode(value);
        }
        if (types.contains("boolean") && (text.equals("true") || text.equals("false"))) {
            return NODES.booleanNode(text.equals("true"));
        }
        if (types.contains("null") && text.equals("null")) {
            return NODES.nullNode();
        }
        if (types.contains("object") || types.contains("array")) {
            try {
                return Wire.read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (Wire.MalformedJson e) {
                return NODES.textNode(text);
            }
        }
        return NODES.textNode(text);
    }
}
