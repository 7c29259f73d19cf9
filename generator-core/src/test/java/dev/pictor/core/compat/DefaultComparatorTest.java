package dev.pictor.core.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pictor.core.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultComparatorTest {

    private static List<String> input(String older, String newer) {
        return PairedSchemas.input(older, newer).compare(new DefaultComparator());
    }

    @Test
    void changedAddedAndRemoved() {
        assertEquals(
                List.of("WARNING compat.default-changed /input/default: input: default 4 is now 8"),
                input("{\"default\": 4}", "{\"default\": 8}"));
        assertEquals(
                List.of("NOTE compat.default-added /input/default: input: default 4 added"),
                input("{}", "{\"default\": 4}"));
        assertEquals(
                List.of("WARNING compat.default-removed /input/default: input: default 4 removed"),
                input("{\"default\": 4}", "{}"));
        assertEquals(List.of(), input("{\"default\": 4}", "{\"default\": 4.0}"));
    }

    @Test
    void aDefaultTheDescriptionStatesNowMovedThereAndIsLocatedAtTheDescription() {
        List<CompatFinding> found = PairedSchemas.input(
                        "{\"default\": 4}", "{\"description\": \"The count. Defaults to 4.\"}")
                .findings();
        assertEquals(
                List.of("WARNING compat.default-moved-to-description /input/default: input: default 4 is no longer"
                        + " a keyword; only the description states it now"),
                PairedSchemas.lines(found));
        Diagnostic d = found.get(0).diagnostic();
        assertEquals(2, d.location().line());
        assertEquals(26, d.location().column());
    }

    @Test
    void aDefaultTheDescriptionStatesDifferentlyIsRemoved() {
        assertEquals(
                List.of("WARNING compat.default-removed /input/default: input: default 4 removed (the description"
                        + " states default 8)"),
                input("{\"default\": 4}", "{\"description\": \"Defaults to 8.\"}"));
    }
}
