package dev.pictor.runtime.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.pictor.runtime.ImageBytes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The runtime's own Jackson configuration: every request Pictor sends and every response it reads goes through it,
 * so an application's {@code ObjectMapper} (its naming strategy, coercion settings, inclusion rules, modules) can
 * never change the wire format. The configured mapper is private; {@link #reader()} and {@link #writer()} give
 * immutable, thread-safe views of it, and {@link #newMapper()} a fresh mapper with the same configuration for code
 * that needs one of its own.
 *
 * <h2>Reading</h2>
 * <ul>
 *   <li>No coercion of scalars: a string never binds to a number or boolean ({@code "7"}, {@code "true"},
 *       {@code "NaN"}, {@code ""}), a number or boolean never to a {@code String}, a number never to a boolean or an
 *       enum.</li>
 *   <li>Integers by JSON Schema's rules: {@code Integer}, {@code Long}, {@code int}, {@code long} and
 *       {@code BigInteger} take {@code 7} and also {@code 7.0} (a number with a zero fraction is an integer), and
 *       refuse {@code 7.5}, values out of range and {@code true}. {@code Double}, {@code Float} and {@code BigDecimal}
 *       take any JSON number (a {@code double} must be finite). Primitive arrays ({@code int[]}) are not covered:
 *       generated code uses {@code List<Integer>}.</li>
 *   <li>{@code null} for a primitive fails; a trailing token after the value fails; a duplicate member name fails
 *       (strict duplicate detection in the parser).</li>
 *   <li>Unknown members are ignored, so that a provider adding an output field breaks nothing. A generated record
 *       for a closed schema ({@code additionalProperties: false}) opts out with
 *       {@code @JsonIgnoreProperties(ignoreUnknown = false)}: with this mapper an unknown member of that class then
 *       fails with an {@link com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException} (Jackson alone would
 *       treat {@code false} as "not specified").</li>
 *   <li>Floating-point numbers read into a {@code JsonNode} or {@code Object} become {@code BigDecimal}, trailing
 *       zeros kept: {@code 1.0} stays {@code 1.0} and {@code 0.1} stays exact in a passthrough value.</li>
 *   <li>A JSON string may be up to {@value #MAX_STRING_LENGTH} characters long (a base64 image of 48 MiB), numbers up
 *       to 1000 digits, nesting up to 1000 levels.</li>
 * </ul>
 *
 * <h2>Writing</h2>
 * <ul>
 *   <li>{@code null} members are omitted ({@code JsonInclude.Include.NON_NULL}, also for map values): an unset
 *       optional field is never sent as {@code null}. A value that must be sent as an explicit JSON {@code null} is a
 *       {@link dev.pictor.runtime.JsonValue} holding a {@code NullNode}.</li>
 *   <li>Members in declared order (record component order, or {@code @JsonPropertyOrder}); no naming strategy:
 *       every generated property names its wire name with {@code @JsonProperty}.</li>
 *   <li>No indentation; {@code BigDecimal} as Jackson writes it by default ({@code 1.0}, {@code 1E+3}).</li>
 * </ul>
 *
 * <p>Records bind through their canonical constructor, with the names given by {@code @JsonProperty} on the record
 * components. Generated fields of type {@link dev.pictor.runtime.ImageBytes} name their wire form with
 * {@link UInt8ArraySerializer}/{@link UInt8ArrayDeserializer} or {@link Base64BytesSerializer}/
 * {@link Base64BytesDeserializer}.
 */
public final class PictorJson {

    /** Longest JSON string read, in characters. */
    public static final int MAX_STRING_LENGTH = 64 * 1024 * 1024;

    private static final JsonMapper MAPPER = newMapper();
    private static final ObjectReader READER = MAPPER.reader();
    private static final ObjectWriter WRITER = MAPPER.writer();
    private static final ObjectWriter FILE_PART_WRITER = fileParts(newMapper()).writer();

    private PictorJson() {}

    /** A new mapper with the runtime's configuration (the shared one is never handed out, so none can change it). */
    public static JsonMapper newMapper() {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION) // no payload in messages
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(MAX_STRING_LENGTH)
                        .build())
                .build();
        return JsonMapper.builder(factory)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
                .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
                .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .disable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
                .disable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
                .disable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
                .disable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
                .disable(SerializationFeature.WRITE_ENUMS_USING_INDEX)
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .withCoercionConfig(
                        LogicalType.Textual,
                        c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Boolean,
                        c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Integer,
                        c -> c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Float,
                        c -> c.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Enum,
                        c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .addModule(StrictNumberDeserializers.module())
                .addHandler(new ClosedObjects())
                .build();
    }

    /** An immutable reader with the runtime's configuration ({@code reader().forType(T.class)} and so on). */
    public static ObjectReader reader() {
        return READER;
    }

    /** An immutable writer with the runtime's configuration. */
    public static ObjectWriter writer() {
        return WRITER;
    }

    /**
     * {@code value} as UTF-8 JSON.
     *
     * @throws UncheckedIOException with Jackson's exception as its cause, when the value cannot be written
     */
    public static byte[] write(Object value) {
        try {
            return WRITER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e.getOriginalMessage(), e);
        }
    }

    /**
     * {@code value} as UTF-8 JSON with every {@link dev.pictor.runtime.ImageBytes} whose property names no wire form
     * (the file parts of a {@code multipart/form-data} body, which have no JSON form) written as a base64 string; a
     * property that names its form keeps it. The transport of kind {@code openapi} sends these members as file parts.
     *
     * @throws UncheckedIOException with Jackson's exception as its cause, when the value cannot be written
     */
    public static byte[] writeWithFileParts(Object value) {
        try {
            return FILE_PART_WRITER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e.getOriginalMessage(), e);
        }
    }

    /** {@code mapper}, writing an {@code ImageBytes} whose property names no codec as base64. */
    private static JsonMapper fileParts(JsonMapper mapper) {
        mapper.addMixIn(ImageBytes.class, FilePartMixIn.class);
        return mapper;
    }

    /** The codecs of a file part: base64 ({@link #writeWithFileParts}). */
    @JsonSerialize(using = Base64BytesSerializer.class)
    @JsonDeserialize(using = Base64BytesDeserializer.class)
    private abstract static class FilePartMixIn {}

    /** {@code value} as a JSON string; see {@link #write(Object)}. */
    public static String writeString(Object value) {
        try {
            return WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads one JSON value of type {@code type} from UTF-8 (or UTF-16/32, detected) {@code json}.
     *
     * @throws UncheckedIOException whose cause is Jackson's exception (for a binding failure a
     *         {@link com.fasterxml.jackson.databind.exc.MismatchedInputException} with the path and location), when
     *         {@code json} is malformed or does not bind
     */
    public static <T> T read(byte[] json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        try {
            return READER.readValue(json, type);
        } catch (IOException e) {
            throw unchecked(e);
        }
    }

    /** Reads one JSON value of type {@code type} from {@code json}; see {@link #read(byte[], Class)}. */
    public static <T> T read(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        try {
            return READER.readValue(json, type);
        } catch (IOException e) {
            throw unchecked(e);
        }
    }

    private static UncheckedIOException unchecked(IOException e) {
        String message = e instanceof JsonProcessingException j ? j.getMessage() : e.toString();
        return new UncheckedIOException(message, e);
    }
}
