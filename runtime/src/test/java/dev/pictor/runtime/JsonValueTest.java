package dev.pictor.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pictor.runtime.json.PictorJson;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonValueTest {

    record Holder(
            @JsonProperty("extra") JsonValue extra,
            @JsonProperty("name") String name) {}

    @Test
    void deepCopiesInAndOut() {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("a", 1);
        JsonValue value = JsonValue.of(node);
        node.put("a", 2);
        assertEquals("{\"a\":1}", value.toString());
        ((ObjectNode) value.node()).put("a", 3);
        assertEquals("{\"a\":1}", value.toString());
    }

    @Test
    void explicitNullStaysApartFromAbsent() {
        Holder withNull = PictorJson.read("{\"extra\":null,\"name\":\"x\"}", Holder.class);
        assertTrue(withNull.extra().isNull());
        assertSame(JsonValue.nullValue(), withNull.extra());
        assertEquals("{\"extra\":null,\"name\":\"x\"}", PictorJson.writeString(withNull));

        Holder absent = PictorJson.read("{\"name\":\"x\"}", Holder.class);
        assertNull(absent.extra());
        assertEquals("{\"name\":\"x\"}", PictorJson.writeString(absent));
    }

    @Test
    void holdsAnyJsonAndKeepsDecimalsExact() {
        String json =
                "{\"extra\":{\"b\":[1,1.0,0.1,1.50,1E+3,12345678901234567890123,true,\"s\",null]},\"name\":\"n\"}";
        Holder h = PictorJson.read(json, Holder.class);
        assertEquals(json, PictorJson.writeString(h));
        assertEquals(h, PictorJson.read(PictorJson.write(h), Holder.class));
    }

    @Test
    void bindsInCollections() throws Exception {
        JsonValue list = JsonValue.parse("[null, 1, {\"k\": null}]");
        assertEquals("[null,1,{\"k\":null}]", PictorJson.writeString(list));
        @SuppressWarnings("unchecked")
        Map<String, Object> map = PictorJson.read("{\"a\":null}", Map.class);
        assertTrue(map.containsKey("a"));
        assertEquals(
                List.of(JsonValue.nullValue(), JsonValue.parse("2")),
                PictorJson.reader()
                        .forType(new com.fasterxml.jackson.core.type.TypeReference<List<JsonValue>>() {})
                        .<List<JsonValue>>readValue("[null,2]".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void equalityIsNodeEquality() {
        assertEquals(JsonValue.parse("{\"a\":1,\"b\":2}"), JsonValue.parse("{\"b\":2,\"a\":1}"));
        assertNotEquals(JsonValue.parse("1"), JsonValue.parse("1.0"));
        assertEquals(
                JsonValue.parse("[1,2]").hashCode(), JsonValue.parse("[1, 2]").hashCode());
    }

    @Test
    void refusesJavaNullAndMissingNodes() {
        assertThrows(NullPointerException.class, () -> JsonValue.of(null));
        assertThrows(IllegalArgumentException.class, () -> JsonValue.of(MissingNode.getInstance()));
        assertSame(JsonValue.nullValue(), JsonValue.of(NullNode.getInstance()));
        assertThrows(UncheckedIOException.class, () -> JsonValue.parse("{"));
        assertThrows(UncheckedIOException.class, () -> JsonValue.parse("1 2"));
        assertThrows(UncheckedIOException.class, () -> JsonValue.parse(""));
        assertFalse(JsonValue.parse("0").isNull());
    }

    @Test
    void toStringIsShort() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < 100_000; i++) {
            sb.append(i).append(',');
        }
        sb.append("0]");
        String s = JsonValue.parse(sb.toString()).toString();
        assertEquals(100, s.length());
        assertTrue(s.startsWith("[0,1,2,3,"));
        assertTrue(s.endsWith("\u2026"));
        JsonNode n = JsonValue.parse("\"x\"").node();
        assertEquals("x", n.textValue());
    }
}
