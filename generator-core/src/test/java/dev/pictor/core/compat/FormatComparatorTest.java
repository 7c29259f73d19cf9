package dev.pictor.core.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormatComparatorTest {

    private static List<String> input(String older, String newer) {
        return PairedSchemas.input(older, newer).compare(new FormatComparator());
    }

    private static List<String> output(String older, String newer) {
        return PairedSchemas.output(older, newer).compare(new FormatComparator());
    }

    @Test
    void aFormatChangeIsAWarningOnEitherSide() {
        String expected = "compat.format-changed /%s/format: %s: format \"uri\" is now \"uri-reference\"";
        assertEquals(
                List.of("WARNING " + expected.formatted("input", "input")),
                input("{\"format\": \"uri\"}", "{\"format\": \"uri-reference\"}"));
        assertEquals(
                List.of("WARNING " + expected.formatted("output", "output")),
                output("{\"format\": \"uri\"}", "{\"format\": \"uri-reference\"}"));
    }

    @Test
    void theEncodingOrMediaTypeOfTheOutputIsAContentTypeChange() {
        assertEquals(
                List.of("ERROR compat.output-content-type-changed /output/contentEncoding: output: contentEncoding"
                        + " \"base64\" added"),
                output("{}", "{\"contentEncoding\": \"base64\"}"));
        assertEquals(
                List.of("WARNING compat.format-changed /input/contentMediaType: input: contentMediaType"
                        + " \"image/png\" removed"),
                input("{\"contentMediaType\": \"image/png\"}", "{}"));
    }

    @Test
    void cloudflaresContentTypeIsTheMediaTypeUnderAnotherName() {
        assertEquals(List.of(), output("{\"contentType\": \"image/png\"}", "{\"contentMediaType\": \"image/png\"}"));
        assertEquals(
                List.of("ERROR compat.output-content-type-changed /output/contentMediaType: output: contentType"
                        + " \"image/png\" is now contentMediaType \"image/jpeg\""),
                output("{\"contentType\": \"image/png\"}", "{\"contentMediaType\": \"image/jpeg\"}"));
    }
}
