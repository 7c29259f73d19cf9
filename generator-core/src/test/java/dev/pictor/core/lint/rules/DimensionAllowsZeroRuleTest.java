package dev.pictor.core.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pictor.core.model.Dialect;
import dev.pictor.core.testing.TestRoot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DimensionAllowsZeroRuleTest {

    private static final String PREFIX = "acme/m/2025-01-01.json:";

    @TempDir
    Path dir;

    @Test
    void reportsWidthsAndHeightsWhoseLowerBoundAdmitsZero() {
        TestRoot root = TestRoot.create(dir).model("m", """
                {"type": "object", "properties": {
                  "height": {"type": "integer", "minimum": 0, "maximum": 2500, "default": 1120},
                  "image_width": {"type": "number", "exclusiveMinimum": -1}
                }}""");
        assertEquals(
                List.of(
                        PREFIX
                                + "11:13: warning: image.dimension-allows-zero: #/input/properties/height: \"height\" admits 0 (minimum 0), but no image"
                                + " has zero height (hint: set the minimum to the smallest height the"
                                + " model accepts with a refinement; the published schema stays"
                                + " verbatim)",
                        PREFIX
                                + "12:18: warning: image.dimension-allows-zero: #/input/properties/image_width: \"image_width\" admits 0 (exclusiveMinimum"
                                + " -1), but no image has zero width (hint: set the minimum to the smallest width"
                                + " the model accepts with a refinement; the published schema stays verbatim)"),
                root.lintText(new DimensionAllowsZeroRule()));
    }

    @Test
    void inOpenApi30AMinimumMadeExclusiveExcludesZero() {
        TestRoot root = TestRoot.create(dir).dialect(Dialect.OPENAPI_3_0).model("m", """
                {"type": "object", "properties": {
                  "width": {"type": "integer", "minimum": 0, "exclusiveMinimum": true},
                  "height": {"type": "integer", "minimum": 0, "exclusiveMinimum": false}
                }}""");
        assertEquals(
                List.of(PREFIX + "12:13: warning: image.dimension-allows-zero: #/input/properties/height: \"height\""
                        + " admits 0 (minimum 0), but no image has zero height (hint: set the minimum to the smallest"
                        + " height the model accepts with a refinement; the published schema stays verbatim)"),
                root.lintText(new DimensionAllowsZeroRule()));
    }

    @Test
    void acceptsPositiveLowerBoundsAndOtherProperties() {
        TestRoot root = TestRoot.create(dir).model("m", """
                {"type": "object", "properties": {
                  "width": {"type": "integer", "minimum": 256, "maximum": 2048},
                  "height": {"type": "integer", "minimum": 0, "exclusiveMinimum": 0},
                  "mask_height": {"type": "integer"},
                  "seed": {"type": "integer", "minimum": 0},
                  "widths": {"type": "integer", "minimum": 0}
                }}""");
        assertEquals(List.of(), root.lintText(new DimensionAllowsZeroRule()));
    }
}
