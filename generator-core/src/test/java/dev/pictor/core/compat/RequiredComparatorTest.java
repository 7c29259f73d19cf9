package dev.pictor.core.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequiredComparatorTest {

    private static final String STEPS = "{\"type\": \"integer\", \"description\": \"The number of steps.\"}";

    private static String object(String properties, String required) {
        return "{\"type\": \"object\", \"properties\": {" + properties + "}, \"required\": [" + required + "]}";
    }

    private static List<String> input(String older, String newer) {
        return PairedSchemas.input(older, newer).compare(new RequiredComparator());
    }

    @Test
    void aPropertyNowRequiredBreaksCallersAndOneNoLongerRequiredReaders() {
        String optional = object("\"seed\": {}", "");
        String required = object("\"seed\": {}", "\"seed\"");
        assertEquals(
                List.of("ERROR compat.required-added /input/required/0: input: \"seed\" is now required"),
                input(optional, required));
        assertEquals(
                List.of("ERROR compat.required-removed /output/required: output: \"seed\" is no longer required"),
                PairedSchemas.output(required, optional).compare(new RequiredComparator()));
    }

    @Test
    void aNewPropertyThatIsRequiredIsSaidToBeNew() {
        assertEquals(
                List.of("ERROR compat.required-added /input/required/0: input: new property \"seed\" is required"),
                input(object("", ""), object("\"seed\": {}", "\"seed\"")));
    }

    @Test
    void aRemovedPropertyIsNotAlsoNoLongerRequired() {
        assertEquals(List.of(), input(object("\"seed\": {}", "\"seed\""), object("", "")));
    }

    @Test
    void aRenamedPropertyStaysRequiredUnderItsNewName() {
        assertEquals(
                List.of(),
                input(object("\"num_steps\": " + STEPS, "\"num_steps\""), object("\"steps\": " + STEPS, "\"steps\"")));
        assertEquals(
                List.of("NOTE compat.required-removed /input/required: input: \"steps\" is no longer required"),
                input(object("\"num_steps\": " + STEPS, "\"num_steps\""), object("\"steps\": " + STEPS, "")));
    }
}
