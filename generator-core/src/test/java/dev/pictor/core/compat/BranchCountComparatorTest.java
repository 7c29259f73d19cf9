package dev.pictor.core.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BranchCountComparatorTest {

    private static List<String> compare(String keyword, String older, String newer) {
        return PairedSchemas.input(older, newer).compare(new BranchCountComparator(keyword));
    }

    @Test
    void anotherNumberOfBranchesCannotBeProvenCompatible() {
        assertEquals(
                List.of("ERROR compat.keyword-changed /input/anyOf: input: anyOf had 1 branch and has 2 branches"),
                compare("anyOf", "{\"anyOf\": [{}]}", "{\"anyOf\": [{}, {}]}"));
        assertEquals(
                List.of("ERROR compat.keyword-changed /input/oneOf: input: oneOf had 2 branches and has none"),
                compare("oneOf", "{\"oneOf\": [{}, {}]}", "{}"));
    }

    @Test
    void listsOfOneLengthPairByPosition() {
        assertEquals(List.of(), compare("allOf", "{\"allOf\": [{}, {}]}", "{\"allOf\": [{\"type\": \"string\"}, {}]}"));
        assertEquals(List.of(), compare("allOf", "{}", "{}"));
    }

    @Test
    void itemsCountOnlyWhenOneSideIsATuple() {
        assertEquals(List.of(), compare("items", "{\"items\": {}}", "{\"items\": {\"type\": \"string\"}}"));
        assertEquals(
                List.of("ERROR compat.keyword-changed /input/items: input: items had one schema and has 1 branch"),
                compare("items", "{\"items\": {}}", "{\"items\": [{}]}"));
    }
}
