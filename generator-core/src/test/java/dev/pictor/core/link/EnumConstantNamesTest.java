package dev.pictor.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.json.LocatedJsonReader;
import dev.pictor.core.json.LocatedNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Enum constants from wire values that are not Java identifiers: deterministic, readable, and apart where the plain
 * names would be one; number constants from their values.
 */
class EnumConstantNamesTest {

    private final Diagnostics diagnostics = new Diagnostics();
    private final JavaNames names = new JavaNames(diagnostics);
    private final LocatedNode at = LocatedJsonReader.read(
                    "m.json", "{\"enum\": []}".getBytes(StandardCharsets.UTF_8), new Diagnostics())
            .orElseThrow();

    private List<String> constants(String... wires) {
        return names.constantNames(List.of(wires), at);
    }

    @Test
    void valuesThatAreNoIdentifiersGetPlainNames() {
        assertEquals(
                List.of("_1_1", "_16_9", "DPM_2M", "NONE", "EMPTY", "EULER_ANCESTRAL", "K_EULER"),
                constants("1:1", "16:9", "dpm++ 2m", "None", "", "euler_ancestral", "K_EULER"));
        assertEquals(3, diagnostics.sorted().size(), "a leading digit and an empty value are noted");
    }

    @Test
    void valuesWhosePlainNamesCollideSpellTheirPunctuation() {
        assertEquals(List.of("A_B", "A_MINUS_B"), constants("a_b", "a-b"));
        assertEquals(List.of("DPM_PLUS_PLUS_SPACE_2M", "DPM_SPACE_2M"), constants("dpm++ 2m", "dpm 2m"));
        assertEquals(List.of("_1_COLON_1", "_1_MINUS_1"), constants("1:1", "1-1"));
        assertEquals(List.of("A_U00E9", "A_PLUS"), constants("a\u00e9", "a+"));
        assertEquals(List.of("X"), constants("x"), "no collision, no change");
    }

    @Test
    void valuesThatDifferOnlyInCaseKeepIt() {
        assertEquals(List.of("None", "none", "NONE"), constants("None", "none", "NONE"));
        assertEquals(List.of("null_", "Null"), constants("null", "Null"), "a keyword kept as it is gets a _");
    }

    @Test
    void theNamesDependOnlyOnTheValues() {
        assertEquals(constants("b-c", "b_c", "None", "none"), constants("b-c", "b_c", "None", "none"));
    }

    @Test
    void numberConstantsAreNamedAfterTheirValue() {
        assertEquals("V75", JavaNames.numberConstantName(new BigDecimal("75")));
        assertEquals("V0_5", JavaNames.numberConstantName(new BigDecimal("0.5")));
        assertEquals("V1", JavaNames.numberConstantName(new BigDecimal("1.00")));
        assertEquals("V0", JavaNames.numberConstantName(new BigDecimal("-0.0")));
        assertEquals("MINUS_1", JavaNames.numberConstantName(new BigDecimal("-1")));
        assertEquals("MINUS_0_25", JavaNames.numberConstantName(new BigDecimal("-0.25")));
        assertEquals("V1000", JavaNames.numberConstantName(new BigDecimal("1E+3")));
    }
}
