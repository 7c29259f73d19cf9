package dev.pictor.core.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PropertiesComparatorTest {

    private static final String STEPS = "{\"type\": \"integer\", \"description\": \"The number of steps.\"}";

    private static String object(String properties) {
        return "{\"type\": \"object\", \"properties\": {" + properties + "}}";
    }

    private static List<String> input(String older, String newer) {
        return PairedSchemas.input(older, newer).compare(new PropertiesComparator());
    }

    @Test
    void aRemovedPropertyIsAnErrorAndAnAddedOneANote() {
        assertEquals(
                List.of(
                        "ERROR compat.property-removed /input/properties/seed: input: property \"seed\" removed",
                        "NOTE compat.property-added /input/properties/steps: input: property \"steps\" added"),
                input(
                        object("\"seed\": {\"type\": \"integer\"}"),
                        object("\"steps\": {\"type\": \"integer\", \"minimum\": 1}")));
    }

    @Test
    void aRemovedAndAnAddedPropertyThatLookTheSameAreARename() {
        assertEquals(
                List.of("ERROR compat.property-renamed /input/properties/steps: input: property \"num_steps\" is now"
                        + " \"steps\" (removed and added with the same type and description)"),
                input(object("\"num_steps\": " + STEPS), object("\"steps\": " + STEPS)));
    }

    @Test
    void anAddedPropertyIsTheRenameOfOneRemovedPropertyOnly() {
        PairedSchemas schemas =
                PairedSchemas.input(object("\"a\": " + STEPS + ", \"b\": " + STEPS), object("\"c\": " + STEPS));
        assertEquals(Map.of("a", "c"), schemas.pair().properties().renamed());
        assertEquals(
                List.of(
                        "ERROR compat.property-removed /input/properties/b: input: property \"b\" removed",
                        "ERROR compat.property-renamed /input/properties/c: input: property \"a\" is now \"c\""
                                + " (removed and added with the same type and description)"),
                schemas.compare(new PropertiesComparator()));
    }

    @Test
    void theSameTypeWithoutADescriptionIsNoRename() {
        assertEquals(
                List.of(
                        "ERROR compat.property-removed /input/properties/a: input: property \"a\" removed",
                        "NOTE compat.property-added /input/properties/b: input: property \"b\" added"),
                input(
                        object("\"a\": {\"type\": \"integer\", \"minimum\": 1}"),
                        object("\"b\": {\"type\": \"integer\", \"minimum\": 2}")));
    }
}
