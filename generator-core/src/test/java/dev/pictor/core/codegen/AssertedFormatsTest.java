package dev.pictor.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pictor.core.schema.AssertedFormats;
import dev.pictor.runtime.validation.Format;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The core lists the formats it asserts without linking against the runtime ({@link AssertedFormats}); this keeps the
 * list the runtime's, and each format naming the runtime constant generated code calls.
 */
class AssertedFormatsTest {

    @Test
    void theGeneratorAssertsWhatTheRuntimeChecks() {
        assertEquals(
                Arrays.stream(Format.values()).map(Format::keyword).toList(),
                AssertedFormats.KEYWORDS,
                "AssertedFormats.KEYWORDS and the runtime's Format differ");
        for (String keyword : AssertedFormats.KEYWORDS) {
            assertEquals(
                    "dev.pictor.runtime.validation.Format."
                            + Format.named(keyword).orElseThrow().name(),
                    RuntimeTypes.format(keyword).toString());
        }
    }
}
