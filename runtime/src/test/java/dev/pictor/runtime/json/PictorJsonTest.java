package dev.pictor.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PictorJsonTest {

    enum Scheduler {
        @JsonProperty("euler_a")
        EULER_A,
        @JsonProperty("ddim")
        DDIM
    }

    /** What a generated request record looks like: wire names on the components, optional fields nullable. */
    record Request(
            @JsonProperty("prompt") String prompt,
            @JsonProperty("num_steps") Integer numSteps,
            @JsonProperty("guidance") Double guidance,
            @JsonProperty("seed") Long seed,
            @JsonProperty("strength") BigDecimal strength,
            @JsonProperty("scheduler") Scheduler scheduler,
            @JsonProperty("tiled") Boolean tiled,
            @JsonProperty("loras") List<String> loras) {}

    @JsonIgnoreProperties(ignoreUnknown = false)
    record ClosedRequest(@JsonProperty("prompt") String prompt) {}

    record Primitives(
            @JsonProperty("width") int width,
            @JsonProperty("steps") long steps) {}

    record Big(
            @JsonProperty("n") BigInteger n,
            @JsonProperty("f") Float f) {}

    record Node(@JsonProperty("v") JsonNode v) {}

    @Test
    void writesWireNamesInDeclaredOrderAndOmitsUnsetFields() {
        Request r = new Request("a cat", 20, null, null, null, Scheduler.EULER_A, null, null);
        assertEquals("{\"prompt\":\"a cat\",\"num_steps\":20,\"scheduler\":\"euler_a\"}", PictorJson.writeString(r));
        Request full = new Request("p", 1, 7.5, 1L << 40, new BigDecimal("0.80"), Scheduler.DDIM, false, List.of("x"));
        String json = "{\"prompt\":\"p\",\"num_steps\":1,\"guidance\":7.5,\"seed\":1099511627776,\"strength\":0.80,"
                + "\"scheduler\":\"ddim\",\"tiled\":false,\"loras\":[\"x\"]}";
        assertEquals(json, PictorJson.writeString(full));
        assertEquals(full, PictorJson.read(json, Request.class));
        assertEquals(full, PictorJson.read(PictorJson.write(full), Request.class));
    }

    @Test
    void anApplicationsMapperSettingsDoNotReachTheRuntime() throws Exception {
        // An application configures its own mapper as it likes; the runtime's instance is separate and private.
        ObjectMapper app = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, null))
                .enable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .build();
        Request r = new Request("a", null, null, null, null, null, null, null);
        assertTrue(app.writeValueAsString(r).contains("\"num_steps\":null"));
        assertEquals(1, app.readValue("{\"num_steps\":1.5}", Request.class).numSteps()); // truncated by Jackson
        assertEquals("{\"prompt\":\"a\"}", PictorJson.writeString(r));
        assertThrows(UncheckedIOException.class, () -> PictorJson.read("{\"num_steps\":1.5}", Request.class));
    }

    @Test
    void unknownMembersAreIgnoredUnlessTheRecordIsClosed() {
        assertEquals(
                "a",
                PictorJson.read("{\"prompt\":\"a\",\"new_field\":{\"x\":[1]}}", Request.class)
                        .prompt());
        UncheckedIOException e = assertThrows(
                UncheckedIOException.class,
                () -> PictorJson.read("{\"prompt\":\"a\",\"new_field\":1}", ClosedRequest.class));
        assertTrue(e.getMessage().contains("new_field"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"num_steps\":\"20\"}     | Integer", // string -> number
                "{\"num_steps\":1.5}        | 1.5", // fraction -> Integer
                "{\"num_steps\":true}       | Integer", // boolean -> Integer
                "{\"num_steps\":\"\"}       | Integer", // empty string -> Integer
                "{\"num_steps\":2147483648} | out of range",
                "{\"num_steps\":[1]}        | Integer",
                "{\"num_steps\":{}}         | Integer",
                "{\"seed\":1e19}            | out of range",
                "{\"seed\":\"7\"}           | Long",
                "{\"seed\":7.25}            | 7.25",
                "{\"guidance\":\"7.5\"}     | Double", // string -> number
                "{\"guidance\":\"NaN\"}     | Double", // Jackson's own accepts this even with coercion off
                "{\"guidance\":\"Infinity\"}| Double",
                "{\"guidance\":true}        | Double",
                "{\"guidance\":1e400}       | out of range",
                "{\"strength\":\"0.5\"}     | BigDecimal",
                "{\"prompt\":5}             | String", // number -> String
                "{\"prompt\":5.5}           | String",
                "{\"prompt\":true}          | String", // boolean -> String
                "{\"prompt\":[\"a\"]}       | String",
                "{\"prompt\":{}}            | String",
                "{\"tiled\":1}              | Boolean", // number -> boolean
                "{\"tiled\":\"true\"}       | Boolean", // string -> boolean
                "{\"tiled\":\"\"}           | Boolean",
                "{\"scheduler\":0}          | Scheduler", // index -> enum
                "{\"scheduler\":\"0\"}      | Scheduler",
                "{\"scheduler\":\"EULER_A\"}| Scheduler", // Java name, not wire name
                "{\"scheduler\":\"\"}       | Scheduler",
                "{\"loras\":\"x\"}          | List", // single value -> array
                "{\"loras\":[1]}            | String",
            })
    void refusesEveryCoercion(String json, String mentioned) {
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> PictorJson.read(json, Request.class));
        assertInstanceOf(MismatchedInputException.class, e.getCause(), e.getMessage());
        assertTrue(e.getMessage().contains(mentioned), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"num_steps\":1.0}     | 1",
                "{\"num_steps\":20.000}  | 20",
                "{\"num_steps\":2e1}     | 20",
                "{\"num_steps\":-0.0}    | 0",
                "{\"num_steps\":2147483647.0} | 2147483647",
            })
    void bindsIntegralFloatsToInteger(String json, int expected) {
        assertEquals(expected, PictorJson.read(json, Request.class).numSteps());
    }

    @Test
    void bindsIntegralFloatsToLongAndBigInteger() {
        assertEquals(
                9007199254740993L,
                PictorJson.read("{\"seed\":9007199254740993.0}", Request.class).seed());
        assertEquals(
                Long.MAX_VALUE,
                PictorJson.read("{\"seed\":9223372036854775807}", Request.class).seed());
        assertEquals(
                new BigInteger("100000000000000000000"),
                PictorJson.read("{\"n\":1e20}", Big.class).n());
        assertEquals(
                new BigInteger("123456789012345678901234567890"),
                PictorJson.read("{\"n\":123456789012345678901234567890}", Big.class)
                        .n());
        assertThrows(UncheckedIOException.class, () -> PictorJson.read("{\"n\":1.5}", Big.class));
        // An integer with a huge exponent is refused, not built.
        UncheckedIOException e =
                assertThrows(UncheckedIOException.class, () -> PictorJson.read("{\"n\":1e999999999}", Big.class));
        assertTrue(e.getMessage().contains("out of range"), e.getMessage());
    }

    @Test
    void numbersBindToFloatingPointTargets() {
        Request r = PictorJson.read("{\"guidance\":7,\"strength\":1}", Request.class);
        assertEquals(7.0, r.guidance());
        assertEquals(BigDecimal.ONE, r.strength());
        assertEquals(0.5f, PictorJson.read("{\"f\":0.5}", Big.class).f());
        assertThrows(UncheckedIOException.class, () -> PictorJson.read("{\"f\":1e39}", Big.class));
        assertThrows(UncheckedIOException.class, () -> PictorJson.read("{\"f\":\"1\"}", Big.class));
    }

    @Test
    void primitivesRefuseNull() {
        assertEquals(new Primitives(512, 4), PictorJson.read("{\"width\":512,\"steps\":4.0}", Primitives.class));
        UncheckedIOException e = assertThrows(
                UncheckedIOException.class, () -> PictorJson.read("{\"width\":null,\"steps\":4}", Primitives.class));
        assertTrue(e.getMessage().contains("null"), e.getMessage());
        assertThrows(
                UncheckedIOException.class, () -> PictorJson.read("{\"width\":1.5,\"steps\":4}", Primitives.class));
        // An absent primitive fails too, instead of silently becoming 0 (generated records use wrapper types).
        e = assertThrows(UncheckedIOException.class, () -> PictorJson.read("{\"steps\":4}", Primitives.class));
        assertTrue(e.getMessage().contains("width"), e.getMessage());
    }

    @Test
    void strictInputShape() {
        // duplicate members
        UncheckedIOException dup = assertThrows(
                UncheckedIOException.class,
                () -> PictorJson.read("{\"prompt\":\"a\",\"prompt\":\"b\"}", Request.class));
        assertTrue(dup.getMessage().contains("Duplicate"), dup.getMessage());
        assertThrows(UncheckedIOException.class, () -> PictorJson.read("{\"a\":1,\"a\":2}", JsonNode.class));
        // trailing tokens
        assertThrows(UncheckedIOException.class, () -> PictorJson.read("{\"prompt\":\"a\"} {}", Request.class));
        assertThrows(UncheckedIOException.class, () -> PictorJson.read("1 2", JsonNode.class));
        // not JSON
        assertThrows(UncheckedIOException.class, () -> PictorJson.read("{'prompt':'a'}", Request.class));
        assertThrows(UncheckedIOException.class, () -> PictorJson.read("{\"guidance\":NaN}", Request.class));
        assertThrows(UncheckedIOException.class, () -> PictorJson.read("{\"num_steps\":01}", Request.class));
        assertThrows(UncheckedIOException.class, () -> PictorJson.read("[1,]", JsonNode.class));
    }

    @Test
    void errorMessagesDoNotQuoteTheDocument() {
        String secret = "x".repeat(1000);
        UncheckedIOException e = assertThrows(
                UncheckedIOException.class,
                () -> PictorJson.read("{\"prompt\":\"" + secret + "\",\"num_steps\":\"1\"}", Request.class));
        assertTrue(!e.getMessage().contains("xxxxxxxxxx"), e.getMessage());
        assertTrue(e.getMessage().contains("num_steps"), e.getMessage());
    }

    @Test
    void passthroughNumbersStayExact() {
        Node n = PictorJson.read("{\"v\":[1.0,0.1,1,100000000000000000000000.5,1.10]}", Node.class);
        assertEquals(new BigDecimal("1.0"), n.v().get(0).decimalValue());
        assertTrue(n.v().get(0).isBigDecimal());
        assertTrue(n.v().get(2).isInt());
        assertEquals("{\"v\":[1.0,0.1,1,100000000000000000000000.5,1.10]}", PictorJson.writeString(n));
        @SuppressWarnings("unchecked")
        Map<String, Object> untyped = PictorJson.read("{\"v\":0.1}", Map.class);
        assertEquals(new BigDecimal("0.1"), untyped.get("v"));
    }

    @Test
    void writeFailsUnchecked() {
        Object notSerializable = new Object() {
            @SuppressWarnings("unused")
            public Object getSelf() {
                return this;
            }
        };
        assertThrows(UncheckedIOException.class, () -> PictorJson.write(notSerializable));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"prompt\":\"a\"}", "{\"prompt\":null}", "{}"})
    void nullOrAbsentOptionalReadsAsNullAndIsNotWritten(String json) {
        Request r = PictorJson.read(json, Request.class);
        assertNull(r.numSteps());
        assertTrue(!PictorJson.writeString(r).contains("null"));
    }

    @Test
    void newMapperIsIndependent() {
        JsonMapper copy = PictorJson.newMapper();
        copy.enable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        copy.setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE);
        assertEquals(
                "{\"prompt\":\"a\"}",
                PictorJson.writeString(new Request("a", null, null, null, null, null, null, null)));
    }
}
