package dev.pictor.core.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PatternComparatorTest {

    private static List<String> input(String older, String newer) {
        return PairedSchemas.input(older, newer).compare(new PatternComparator());
    }

    @Test
    void addedRemovedAndChanged() {
        assertEquals(
                List.of("ERROR compat.pattern-added /input/pattern: input: pattern \"^a\" added"),
                input("{}", "{\"pattern\": \"^a\"}"));
        assertEquals(
                List.of("NOTE compat.pattern-removed /input/pattern: input: pattern \"^a\" removed"),
                input("{\"pattern\": \"^a\"}", "{}"));
        assertEquals(
                List.of("ERROR compat.pattern-changed /input/pattern: input: pattern \"^a\" is now \"^a+\""),
                input("{\"pattern\": \"^a\"}", "{\"pattern\": \"^a+\"}"));
        assertEquals(List.of(), input("{\"pattern\": \"^a\"}", "{\"pattern\": \"^a\"}"));
    }

    @Test
    void aRemovedOutputPatternBreaksReaders() {
        assertEquals(
                List.of("ERROR compat.pattern-removed /output/pattern: output: pattern \"^a\" removed"),
                PairedSchemas.output("{\"pattern\": \"^a\"}", "{}").compare(new PatternComparator()));
    }
}
