package dev.pictor.core.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pictor.core.testing.TestRoot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RangeOrderRuleTest {

    @TempDir
    Path dir;

    @Test
    void reportsBoundsThatLeaveNoValidValue() {
        TestRoot root = TestRoot.create(dir).model("m", """
                {"type": "object", "properties": {
                  "height": {"type": "integer", "minimum": 4096, "maximum": 2048},
                  "name": {"type": "string", "minLength": 3, "maxLength": 2}
                }}""");
        assertEquals(
                List.of(
                        "acme/m/2025-01-01.json:11:13: error: range.min-above-max: #/input/properties/height: minimum"
                                + " 4096 > maximum 2048: no value is valid (hint: swap or correct the bounds)",
                        "acme/m/2025-01-01.json:12:11: error: range.min-above-max: #/input/properties/name: minLength"
                                + " 3 > maxLength 2: no value is valid (hint: swap or correct the bounds)"),
                root.lintText(new RangeOrderRule()));
    }

    @Test
    void acceptsEqualBounds() {
        TestRoot root = TestRoot.create(dir).model("m", """
                {"type": "object", "properties": {"n": {"type": "integer", "minimum": 1, "maximum": 1}}}""");
        assertEquals(List.of(), root.lintText(new RangeOrderRule()));
    }

    @Test
    void anExclusiveBoundAtTheOtherBoundLeavesNoValueEither() {
        TestRoot root = TestRoot.create(dir).model("m", """
                {"type": "object", "properties": {
                  "a": {"type": "number", "minimum": 5, "exclusiveMaximum": 5},
                  "b": {"type": "number", "minimum": 1, "exclusiveMinimum": 10, "maximum": 5}
                }}""");
        assertEquals(
                List.of(
                        "acme/m/2025-01-01.json:11:8: error: range.min-above-max: #/input/properties/a: minimum 5 ="
                                + " exclusiveMaximum 5: no value is valid (hint: swap or correct the bounds)",
                        "acme/m/2025-01-01.json:12:8: error: range.min-above-max: #/input/properties/b:"
                                + " exclusiveMinimum 10 > maximum 5: no value is valid (hint: swap or correct the"
                                + " bounds)"),
                root.lintText(new RangeOrderRule()));
    }
}
