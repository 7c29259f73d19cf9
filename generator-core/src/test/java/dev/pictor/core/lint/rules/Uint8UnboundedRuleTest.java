package dev.pictor.core.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pictor.core.testing.TestRoot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Uint8UnboundedRuleTest {

    private static final String PREFIX = "acme/m/2025-01-01.json:";
    private static final String HINT = " (hint: give the items \"minimum\": 0 and \"maximum\": 255 with a"
            + " refinement; the published schema stays verbatim)";

    @TempDir
    Path dir;

    @Test
    void reportsImageArraysWhoseItemsAreNotBoundedToAByte() {
        TestRoot root = TestRoot.create(dir).model("m", """
                {"type": "object", "properties": {
                  "image": {"type": "array", "description": "An array of integers constrained to 8-bit unsigned integer values",
                    "items": {"type": "number", "description": "A value between 0 and 255"}},
                  "mask": {"type": "array", "items": {"type": "integer", "minimum": 0}},
                  "pixels": {"type": "array", "description": "uint8 RGB data", "items": {"type": "integer", "minimum": -128, "maximum": 127}}
                }}""");
        assertEquals(
                List.of(
                        PREFIX
                                + "12:14: warning: image.uint8-unbounded: #/input/properties/image/items: the items of \"image\" carry 8-bit image"
                                + " data but have no minimum and no maximum; generated code cannot map them to"
                                + " bytes safely"
                                + HINT,
                        PREFIX
                                + "13:38: warning: image.uint8-unbounded: #/input/properties/mask/items: the items of \"mask\" carry 8-bit image"
                                + " data but have minimum 0 and no maximum; generated code cannot map them to"
                                + " bytes safely"
                                + HINT,
                        PREFIX
                                + "14:73: warning: image.uint8-unbounded: #/input/properties/pixels/items: the items of \"pixels\" carry 8-bit image"
                                + " data but have minimum -128 and maximum 127; generated code cannot map them to"
                                + " bytes safely"
                                + HINT),
                root.lintText(new Uint8UnboundedRule()));
    }

    @Test
    void acceptsByteBoundedItemsAndNumberArraysThatAreNoImage() {
        TestRoot root = TestRoot.create(dir).model("m", """
                {"type": "object", "properties": {
                  "image": {"type": "array", "items": {"type": "integer", "minimum": 0, "maximum": 255}},
                  "init_image": {"type": "array", "items": {"type": "integer", "exclusiveMinimum": -1, "exclusiveMaximum": 256}},
                  "latents": {"type": "array", "description": "Initial noise", "items": {"type": "number"}},
                  "image_url": {"type": "string"}
                }}""");
        assertEquals(List.of(), root.lintText(new Uint8UnboundedRule()));
    }
}
