package dev.pictor.core.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpellingTest {

    private static final List<String> KEYWORDS = List.of("type", "maximum", "minimum", "$id", "if", "not");

    @Test
    void suggestsTheClosestWordIgnoringCaseAndCountingASwapAsOneEdit() {
        assertEquals(Optional.of("maximum"), Spelling.closest("maximun", KEYWORDS));
        assertEquals(Optional.of("minimum"), Spelling.closest("MINIMUM", KEYWORDS));
        assertEquals(Optional.of("type"), Spelling.closest("tpye", KEYWORDS));
        assertEquals(Optional.of("$id"), Spelling.closest("id", KEYWORDS));
    }

    @Test
    void suggestsNothingForWordsTooFarFromAnyCandidate() {
        assertEquals(Optional.empty(), Spelling.closest("foo", KEYWORDS));
        assertEquals(Optional.empty(), Spelling.closest("nullable", KEYWORDS));
        assertEquals(Optional.empty(), Spelling.closest("type", KEYWORDS));
    }
}
