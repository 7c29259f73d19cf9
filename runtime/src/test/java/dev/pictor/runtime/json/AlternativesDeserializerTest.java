package dev.pictor.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The runtime side of generated sealed interfaces, on hand-written types shaped as the generator writes them. */
class AlternativesDeserializerTest {

    @JsonDeserialize(using = AlternativesDeserializer.class)
    @Alternatives(
            rule = Alternatives.Rule.ONE_OF,
            value = {
                @Alternatives.Alternative(type = Url.class, required = "url"),
                @Alternatives.Alternative(type = Inline.class, required = "base64")
            })
    sealed interface Source permits Url, Inline {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = false)
    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Url(@JsonProperty("url") String url) implements Source {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = false)
    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Inline(
            @JsonProperty("base64") String base64,
            @JsonProperty("width") Integer width) implements Source {}

    /** Alternatives that JSON cannot always tell apart: {"a": "x"} is both. */
    @JsonDeserialize(using = AlternativesDeserializer.class)
    @Alternatives(
            rule = Alternatives.Rule.ONE_OF,
            value = {
                @Alternatives.Alternative(type = A.class, required = "a"),
                @Alternatives.Alternative(type = AC.class, required = "a")
            })
    sealed interface Overlap permits A, AC {}

    @JsonDeserialize(using = AlternativesDeserializer.class)
    @Alternatives(
            rule = Alternatives.Rule.ANY_OF,
            value = {
                @Alternatives.Alternative(type = A.class, required = "a"),
                @Alternatives.Alternative(type = AC.class, required = "a")
            })
    interface FirstMatch {}

    @JsonIgnoreProperties(ignoreUnknown = false)
    @JsonDeserialize(using = JsonDeserializer.None.class)
    record A(@JsonProperty("a") String a) implements Overlap, FirstMatch {}

    @JsonIgnoreProperties(ignoreUnknown = false)
    @JsonDeserialize(using = JsonDeserializer.None.class)
    record AC(
            @JsonProperty("a") String a, @JsonProperty("c") String c) implements Overlap, FirstMatch {}

    /** Alternatives with the same members, told apart by the string in "type". */
    @JsonDeserialize(using = AlternativesDeserializer.class)
    @Alternatives(
            rule = Alternatives.Rule.ONE_OF,
            value = {
                @Alternatives.Alternative(
                        type = Color.class,
                        required = {"type", "value"},
                        tags = @Alternatives.Tag(member = "type", value = "color")),
                @Alternatives.Alternative(
                        type = Words.class,
                        required = {"type", "value"},
                        tags = @Alternatives.Tag(member = "type", value = "prompt"))
            })
    sealed interface Fill permits Color, Words {}

    @JsonIgnoreProperties(ignoreUnknown = false)
    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Color(
            @JsonProperty("type") String type,
            @JsonProperty("value") String value) implements Fill {}

    @JsonIgnoreProperties(ignoreUnknown = false)
    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Words(
            @JsonProperty("type") String type,
            @JsonProperty("value") String value) implements Fill {}

    @Test
    void tagsTellApartAlternativesWithTheSameMembers() {
        assertEquals(
                new Color("color", "#fff"), PictorJson.read("{\"type\":\"color\",\"value\":\"#fff\"}", Fill.class));
        assertEquals(
                new Words("prompt", "moss"), PictorJson.read("{\"value\":\"moss\",\"type\":\"prompt\"}", Fill.class));
        UncheckedIOException e = assertThrows(
                UncheckedIOException.class,
                () -> PictorJson.read("{\"type\":\"Color\",\"value\":\"#fff\"}", Fill.class));
        assertTrue(
                e.getMessage()
                        .contains("no alternative of Fill (oneOf) matches: Color: \"type\" is not \"color\";"
                                + " Words: \"type\" is not \"prompt\""),
                e.getMessage());
        assertThrows(UncheckedIOException.class, () -> PictorJson.read("{\"type\":1,\"value\":\"x\"}", Fill.class));
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Holder(
            @JsonProperty("source") Source source,
            @JsonProperty("sources") List<Source> sources) {}

    @JsonDeserialize(using = AlternativesDeserializer.class)
    interface Unannotated {}

    @Test
    void readsEachAlternativeAsItsRecordAndWritesItBack() {
        String json = "{\"source\":{\"url\":\"https://x\"},\"sources\":[{\"base64\":\"AAAA\",\"width\":2},"
                + "{\"url\":\"u\"}]}";
        Holder holder = PictorJson.read(json, Holder.class);
        assertEquals(new Holder(new Url("https://x"), List.of(new Inline("AAAA", 2), new Url("u"))), holder);
        assertEquals(json, PictorJson.writeString(holder));
        assertEquals(new Inline("AAAA", null), PictorJson.read("{\"base64\":\"AAAA\"}", Source.class));
    }

    @Test
    void anAlternativeStillReadsItselfDirectly() {
        // Without JsonDeserializer.None on the record it would inherit the interface's deserializer.
        assertEquals(new Url("u"), PictorJson.read("{\"url\":\"u\"}", Url.class));
    }

    @Test
    void nullIsNoAlternative() {
        assertNull(PictorJson.read("{\"source\":null}", Holder.class).source());
        assertNull(PictorJson.read("null", Source.class));
    }

    @Test
    void noMatchingAlternativeIsRefusedWithEachReason() {
        assertEquals(
                "no alternative of Source (oneOf) matches: Url: no member \"url\"; Inline: no member \"base64\"",
                refusal("{}", Source.class));
        String both = refusal("{\"url\":\"u\",\"base64\":\"AAAA\"}", Source.class);
        assertTrue(
                both.startsWith("no alternative of Source (oneOf) matches: Url: at /base64: Unrecognized field"
                        + " \"base64\""),
                both);
        assertTrue(both.contains("; Inline: at /url: Unrecognized field \"url\""), both);
        // No coercion: a number is no string, "2" no integer.
        assertTrue(
                refusal("{\"url\":7}", Source.class)
                        .startsWith("no alternative of Source (oneOf) matches: Url: at" + " /url: Cannot coerce"),
                refusal("{\"url\":7}", Source.class));
        assertTrue(
                refusal("{\"base64\":\"AAAA\",\"width\":\"2\"}", Source.class).contains("Inline: at /width: "));
        assertEquals(
                "expected a JSON object for Source (one of Url, Inline), found array",
                refusal("[{\"url\":\"u\"}]", Source.class));
        assertEquals(
                "expected a JSON object for Source (one of Url, Inline), found string", refusal("\"u\"", Source.class));
    }

    @Test
    void oneOfNeedsExactlyOneMatchAndAnyOfTakesTheFirst() {
        assertEquals(
                "2 alternatives of Overlap (oneOf) match, not exactly one: A, AC",
                refusal("{\"a\":\"x\"}", Overlap.class));
        assertEquals(new AC("x", "y"), PictorJson.read("{\"a\":\"x\",\"c\":\"y\"}", Overlap.class));
        assertEquals(new A("x"), PictorJson.read("{\"a\":\"x\"}", FirstMatch.class));
        assertEquals(new AC("x", "y"), PictorJson.read("{\"a\":\"x\",\"c\":\"y\"}", FirstMatch.class));
    }

    @Test
    void theRuntimeConfigurationDecidesWhateverMapperReadsTheValue() throws Exception {
        // A lenient application mapper ignores unknown members and coerces; the alternatives are still matched
        // strictly, or a value could bind to the wrong one.
        ObjectMapper app = new ObjectMapper();
        assertEquals(new Url("u"), app.readValue("{\"url\":\"u\"}", Source.class));
        MismatchedInputException e = assertThrows(
                MismatchedInputException.class, () -> app.readValue("{\"url\":\"u\",\"width\":1}", Source.class));
        assertTrue(e.getOriginalMessage().startsWith("no alternative of Source (oneOf) matches"), e.getMessage());
    }

    @Test
    void anInterfaceWithoutAlternativesIsAConfigurationError() {
        UncheckedIOException e =
                assertThrows(UncheckedIOException.class, () -> PictorJson.read("{}", Unannotated.class));
        JsonMappingException cause = assertInstanceOf(JsonMappingException.class, e.getCause());
        assertTrue(
                cause.getOriginalMessage().contains("for interfaces annotated with @Alternatives only"),
                cause.getMessage());
    }

    /** The message of the binding failure, without Jackson's location and reference chain. */
    private static String refusal(String json, Class<?> type) {
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> PictorJson.read(json, type));
        return assertInstanceOf(MismatchedInputException.class, e.getCause()).getOriginalMessage();
    }
}
