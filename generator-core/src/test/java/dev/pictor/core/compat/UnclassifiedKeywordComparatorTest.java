package dev.pictor.core.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnclassifiedKeywordComparatorTest {

    private static List<String> input(String older, String newer) {
        return PairedSchemas.input(older, newer).compare(new UnclassifiedKeywordComparator());
    }

    @Test
    void anyChangeToAKeywordNotEnforcedYetIsReported() {
        assertEquals(
                List.of(
                        "ERROR compat.keyword-changed /input/not: input: not added",
                        "ERROR compat.keyword-changed /input/uniqueItems: input: uniqueItems changed",
                        "ERROR compat.keyword-changed /input/maxProperties: input: maxProperties removed"),
                input(
                        "{\"uniqueItems\": false, \"maxProperties\": 3}",
                        "{\"uniqueItems\": true, \"not\": {\"type\": \"null\"}}"));
    }

    @Test
    void anEqualValueIsNoChange() {
        assertEquals(List.of(), input("{\"minProperties\": 1, \"not\": {}}", "{\"not\": {}, \"minProperties\": 1.0}"));
    }
}
