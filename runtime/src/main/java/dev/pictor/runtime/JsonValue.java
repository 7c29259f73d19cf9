package dev.pictor.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.AccessPattern;
import dev.pictor.runtime.json.PictorJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * An immutable JSON value of any kind, for schema positions that accept anything (no {@code type}, {@code {}},
 * {@code true}, or a combination the generator does not model).
 *
 * <p>Wraps a Jackson {@link JsonNode}, deep-copied in ({@link #of(JsonNode)}) and out ({@link #node()}), so no one
 * can change it after construction. It is written as the JSON it holds, and read from any JSON value. An explicit
 * JSON {@code null} reads as a {@code JsonValue} holding a {@link NullNode} ({@link #isNull()}) and is written back
 * as {@code null}; a member that is absent reads as Java {@code null} and, as every {@code null} member, is not
 * written. So {@code {"seed": null}} and {@code {}} stay apart through a round trip.
 *
 * <p>Read through {@link PictorJson}, floating-point numbers are kept as exact decimals ({@code 1.0} stays
 * {@code 1.0}). {@link #equals(Object)} is {@link JsonNode#equals(Object)} (not JSON Schema equality: {@code 1} and
 * {@code 1.0} differ here; see {@link dev.pictor.runtime.validation.Checks#jsonEquals(JsonNode, JsonNode)}).
 * {@link #toString()} is the compact JSON text, cut after {@value #MAX_TO_STRING} characters.
 */
@JsonSerialize(using = JsonValue.Serializer.class)
@JsonDeserialize(using = JsonValue.Deserializer.class)
public final class JsonValue {

    static final int MAX_TO_STRING = 100;

    private static final JsonValue NULL = new JsonValue(NullNode.getInstance());

    private final JsonNode node;

    private JsonValue(JsonNode node) {
        this.node = node;
    }

    /**
     * A value holding a deep copy of {@code node}. Java {@code null} is refused (the JSON {@code null} is
     * {@link #nullValue()} or a {@code NullNode}), and so is a {@code MissingNode}, which is no JSON value.
     */
    public static JsonValue of(JsonNode node) {
        Objects.requireNonNull(node, "node (for the JSON null use JsonValue.nullValue())");
        if (node.isMissingNode()) {
            throw new IllegalArgumentException("a MissingNode is not a JSON value");
        }
        return node.isNull() ? NULL : new JsonValue(node.deepCopy());
    }

    /** The JSON {@code null} value. */
    public static JsonValue nullValue() {
        return NULL;
    }

    /**
     * Parses one JSON value with the runtime's configuration.
     *
     * @throws UncheckedIOException when {@code json} is not exactly one JSON value
     */
    public static JsonValue parse(String json) {
        JsonNode n = PictorJson.read(json, JsonNode.class);
        if (n == null || n.isMissingNode()) {
            throw new UncheckedIOException(new java.io.EOFException("no JSON value in the input"));
        }
        return n.isNull() ? NULL : new JsonValue(n);
    }

    /** A deep copy of the value. */
    public JsonNode node() {
        return node.deepCopy();
    }

    /** Whether this is the JSON {@code null}. */
    public boolean isNull() {
        return node.isNull();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof JsonValue other && node.equals(other.node);
    }

    @Override
    public int hashCode() {
        return node.hashCode();
    }

    /** The compact JSON text, cut to {@value #MAX_TO_STRING} characters ending with {@code …} when longer. */
    @Override
    public String toString() {
        String s = node.toString();
        return s.length() <= MAX_TO_STRING ? s : s.substring(0, MAX_TO_STRING - 1) + "\u2026";
    }

    /** Writes the JSON held (named on the class; Jackson's, not for direct use). */
    public static final class Serializer extends StdSerializer<JsonValue> {
        private static final long serialVersionUID = 1L;

        public Serializer() {
            super(JsonValue.class);
        }

        @Override
        public void serialize(JsonValue value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            provider.defaultSerializeValue(value.node, gen);
        }
    }

    /**
     * Reads any JSON value into a {@code JsonValue} (named on the class; Jackson's, not for direct use): an explicit
     * {@code null} gives {@link #nullValue()}, an absent member Java {@code null}. Jackson hands a {@code null} token
     * to {@link #getNullValue}, not to {@link #deserialize}, and by default uses that same method for an absent
     * creator property (a record component): both are overridden.
     */
    public static final class Deserializer extends StdDeserializer<JsonValue> {
        private static final long serialVersionUID = 1L;

        public Deserializer() {
            super(JsonValue.class);
        }

        @Override
        public JsonValue deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode n = ctxt.readTree(p);
            return n.isNull() || n.isMissingNode() ? NULL : new JsonValue(n);
        }

        @Override
        public JsonValue getNullValue(DeserializationContext ctxt) {
            return NULL;
        }

        @Override
        public AccessPattern getNullAccessPattern() {
            return AccessPattern.CONSTANT;
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return null;
        }
    }
}
