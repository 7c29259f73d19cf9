package dev.pictor.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.pictor.runtime.json.PictorJson;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** An open enum, as generated code declares one: known constants, any other string kept, JSON as the bare string. */
class OpenEnumTest {

    /** Shaped as a generated open enum. */
    static final class Quality extends OpenEnum {
        static final Quality HIGH = new Quality("high", true);

        private Quality(String wireValue, boolean known) {
            super(wireValue, known);
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Quality of(String wireValue) {
            return wireValue.equals("high") ? HIGH : new Quality(wireValue, false);
        }
    }

    /** Another open enum with a value of the same text. */
    static final class Style extends OpenEnum {
        Style(String wireValue) {
            super(wireValue, true);
        }
    }

    @Test
    void aKnownValueIsItsConstant() {
        assertSame(Quality.HIGH, PictorJson.read("\"high\"", Quality.class));
        assertTrue(Quality.HIGH.isKnown());
        assertEquals("\"high\"", PictorJson.writeString(Quality.HIGH));
    }

    @Test
    void anUnknownValueIsKeptUnchanged() {
        Quality q = PictorJson.read("\"ultra \\u00e9\"", Quality.class);
        assertFalse(q.isKnown());
        assertEquals("ultra \u00e9", q.wireValue());
        assertEquals("ultra \u00e9", q.toString());
        assertEquals("\"ultra \u00e9\"", PictorJson.writeString(q));
        assertEquals(Quality.of("ultra \u00e9"), q);
        assertEquals(Quality.of("ultra \u00e9").hashCode(), q.hashCode());
    }

    @Test
    void valuesOfTwoTypesDifferEvenWithOneText() {
        assertNotEquals(new Style("high"), Quality.HIGH);
        assertNotEquals(Quality.HIGH, null);
    }

    @Test
    void onlyAStringReads() {
        assertThrows(UncheckedIOException.class, () -> PictorJson.read("5", Quality.class));
        assertThrows(UncheckedIOException.class, () -> PictorJson.read("true", Quality.class));
        assertThrows(NullPointerException.class, () -> new Style(null));
    }
}
