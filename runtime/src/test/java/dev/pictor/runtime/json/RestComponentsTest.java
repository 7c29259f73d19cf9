package dev.pictor.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The runtime side of generated records that keep what their schema does not name, on hand-written records shaped as
 * the generator writes them: undeclared members in the order read, tuples as JSON arrays.
 */
class RestComponentsTest {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonDeserialize(using = UndeclaredMembersDeserializer.class)
    record Metadata(
            @JsonProperty("seed") @JsonDeserialize(using = NonNullDeserializer.class)
            Long seed,

            @Rest @JsonAnyGetter Map<String, Integer> additionalProperties) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonSerialize(using = TupleSerializer.class)
    @JsonDeserialize(using = TupleDeserializer.class)
    record Size(
            @JsonProperty("0") Long width,
            @JsonProperty("1") Long height) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonSerialize(using = TupleSerializer.class)
    @JsonDeserialize(using = TupleDeserializer.class)
    record Path(@JsonProperty("0") String kind, @Rest List<Double> rest) {}

    @Test
    void undeclaredMembersKeepTheirOrderBesideTheDeclaredOnes() {
        String json = "{\"zeta\":1,\"seed\":7,\"alpha\":2,\"mid\":3}";
        Metadata m = PictorJson.read(json, Metadata.class);
        assertEquals(7L, m.seed());
        assertEquals(
                List.of("zeta", "alpha", "mid"),
                List.copyOf(m.additionalProperties().keySet()));
        assertEquals("{\"seed\":7,\"zeta\":1,\"alpha\":2,\"mid\":3}", PictorJson.writeString(m));
        assertEquals(Map.of(), PictorJson.read("{}", Metadata.class).additionalProperties());
    }

    @Test
    void anUndeclaredMemberOfTheWrongTypeOrNullIsRefused() {
        assertThrows(UncheckedIOException.class, () -> PictorJson.read("{\"a\":\"x\"}", Metadata.class));
        assertThrows(UncheckedIOException.class, () -> PictorJson.read("{\"a\":null}", Metadata.class));
        assertThrows(UncheckedIOException.class, () -> PictorJson.read("{\"seed\":null}", Metadata.class));
        assertThrows(UncheckedIOException.class, () -> PictorJson.read("[1]", Metadata.class));
    }

    @Test
    void aTupleIsReadAndWrittenAsAnArray() {
        Size size = PictorJson.read("[640,480]", Size.class);
        assertEquals(new Size(640L, 480L), size);
        assertEquals("[640,480]", PictorJson.writeString(size));
        assertEquals(new Size(640L, null), PictorJson.read("[640]", Size.class));
        assertEquals("[640]", PictorJson.writeString(new Size(640L, null)));
        assertEquals("[null,480]", PictorJson.writeString(new Size(null, 480L)));
        UncheckedIOException tooLong =
                assertThrows(UncheckedIOException.class, () -> PictorJson.read("[1,2,3]", Size.class));
        assertTrue(tooLong.getMessage().contains("Size holds at most 2 items"), tooLong.getMessage());
        assertThrows(UncheckedIOException.class, () -> PictorJson.read("{\"0\":1}", Size.class));
    }

    @Test
    void theItemsAfterATuplesPositionsAreItsRest() {
        Path path = PictorJson.read("[\"curve\",1.5,2.5]", Path.class);
        assertEquals(new Path("curve", List.of(1.5, 2.5)), path);
        assertEquals("[\"curve\",1.5,2.5]", PictorJson.writeString(path));
        assertEquals(new Path("line", List.of()), PictorJson.read("[\"line\"]", Path.class));
        assertThrows(UncheckedIOException.class, () -> PictorJson.read("[\"curve\",null]", Path.class));
    }
}
