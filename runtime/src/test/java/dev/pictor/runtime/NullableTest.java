package dev.pictor.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pictor.runtime.json.PictorJson;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NullableTest {

    enum Size {
        @JsonProperty("1:1")
        SQUARE,
        @JsonProperty("16:9")
        WIDE
    }

    record Lora(@JsonProperty("path") String path) {}

    /** As generated records declare nullable components. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Holder(
            @JsonProperty("seed") @JsonInclude(JsonInclude.Include.NON_EMPTY)
            Nullable<Long> seed,

            @JsonProperty("size") @JsonInclude(JsonInclude.Include.NON_EMPTY)
            Nullable<Size> size,

            @JsonProperty("lora") @JsonInclude(JsonInclude.Include.NON_EMPTY)
            Nullable<Lora> lora,

            @JsonProperty("tags") @JsonInclude(JsonInclude.Include.NON_EMPTY)
            Nullable<List<String>> tags,

            @JsonProperty("names") List<Nullable<String>> names) {
        Holder {
            seed = seed == null ? Nullable.unset() : seed;
            size = size == null ? Nullable.unset() : size;
            lora = lora == null ? Nullable.unset() : lora;
            tags = tags == null ? Nullable.unset() : tags;
        }
    }

    @Test
    void threeStates() {
        Nullable<Long> unset = Nullable.unset();
        Nullable<Long> nul = Nullable.ofNull();
        Nullable<Long> value = Nullable.of(42L);
        assertFalse(unset.isSet());
        assertFalse(unset.isNull());
        assertFalse(unset.hasValue());
        assertTrue(nul.isSet());
        assertTrue(nul.isNull());
        assertFalse(nul.hasValue());
        assertTrue(value.isSet());
        assertFalse(value.isNull());
        assertTrue(value.hasValue());
        assertEquals(42L, value.value());
        assertThrows(NoSuchElementException.class, unset::value);
        assertThrows(NoSuchElementException.class, nul::value);
        assertEquals(7L, nul.orElse(7L));
        assertEquals(42L, value.orElse(7L));
        assertEquals(Optional.empty(), unset.toOptional());
        assertEquals(Optional.of(42L), value.toOptional());
        assertThrows(NullPointerException.class, () -> Nullable.of(null));
    }

    @Test
    void equalityAndText() {
        assertEquals(Nullable.of(1L), Nullable.of(1L));
        assertEquals(Nullable.of(1L).hashCode(), Nullable.of(1L).hashCode());
        assertNotEquals(Nullable.unset(), Nullable.ofNull());
        assertNotEquals(Nullable.unset().hashCode(), Nullable.ofNull().hashCode());
        assertNotEquals(Nullable.ofNull(), Nullable.of(0L));
        assertSame(Nullable.unset(), Nullable.<String>unset().map(String::length));
        assertSame(Nullable.ofNull(), Nullable.<String>ofNull().map(String::length));
        assertEquals(Nullable.of(3), Nullable.of("abc").map(String::length));
        assertEquals("Nullable.unset", Nullable.unset().toString());
        assertEquals("Nullable[null]", Nullable.ofNull().toString());
        assertEquals("Nullable[42]", Nullable.of(42).toString());
    }

    @Test
    void absentNullAndValueStayApartThroughJson() {
        Holder absent = PictorJson.read("{}", Holder.class);
        assertEquals(Nullable.unset(), absent.seed());
        assertEquals(Nullable.unset(), absent.tags());
        assertEquals("{}", PictorJson.writeString(absent));

        String nulls = "{\"seed\":null,\"size\":null,\"lora\":null,\"tags\":null}";
        Holder explicit = PictorJson.read(nulls, Holder.class);
        assertTrue(explicit.seed().isNull());
        assertTrue(explicit.size().isNull());
        assertTrue(explicit.lora().isNull());
        assertTrue(explicit.tags().isNull());
        assertEquals(nulls, PictorJson.writeString(explicit));

        String values = "{\"seed\":42,\"size\":\"16:9\",\"lora\":{\"path\":\"a\"},\"tags\":[\"x\",\"y\"]}";
        Holder set = PictorJson.read(values, Holder.class);
        assertEquals(Nullable.of(42L), set.seed());
        assertEquals(Nullable.of(Size.WIDE), set.size());
        assertEquals(Nullable.of(new Lora("a")), set.lora());
        assertEquals(Nullable.of(List.of("x", "y")), set.tags());
        assertEquals(values, PictorJson.writeString(set));
    }

    @Test
    void theValueIsReadByItsOwnTypesRules() {
        // The runtime's strict numbers: 1.5 is no Long, and a string is no number.
        assertThrows(UncheckedIOException.class, () -> PictorJson.read("{\"seed\":1.5}", Holder.class));
        assertThrows(UncheckedIOException.class, () -> PictorJson.read("{\"seed\":\"1\"}", Holder.class));
        assertThrows(UncheckedIOException.class, () -> PictorJson.read("{\"size\":\"2:1\"}", Holder.class));
    }

    @Test
    void itemsMayBeNull() {
        String json = "{\"names\":[\"a\",null]}";
        Holder h = PictorJson.read(json, Holder.class);
        assertEquals(List.of(Nullable.of("a"), Nullable.ofNull()), h.names());
        assertEquals(json, PictorJson.writeString(h));
    }

    @Test
    void worksWithAPlainObjectMapperToo() throws Exception {
        ObjectMapper plain = new ObjectMapper();
        Holder h = plain.readValue("{\"seed\":null,\"tags\":[\"t\"]}", Holder.class);
        assertTrue(h.seed().isNull());
        assertEquals(Nullable.unset(), h.size());
        assertEquals("{\"seed\":null,\"tags\":[\"t\"]}", plain.writeValueAsString(h));
    }

    @Test
    void anUnsetValueOutsideAnExcludingComponentIsNotWrittenAsNull() {
        assertThrows(UncheckedIOException.class, () -> PictorJson.writeString(List.of(Nullable.unset())));
    }
}
