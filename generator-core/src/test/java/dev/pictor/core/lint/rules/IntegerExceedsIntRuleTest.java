package dev.pictor.core.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pictor.core.testing.TestRoot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntegerExceedsIntRuleTest {

    @TempDir
    Path dir;

    @Test
    void reportsIntegersThatNeedALongOrMore() {
        TestRoot root = TestRoot.create(dir).model("m", """
                {"type": "object", "properties": {
                  "seed": {"type": "integer", "minimum": 0, "maximum": 9999999999},
                  "offset": {"type": ["integer", "null"], "minimum": -3000000000, "maximum": 3000000000},
                  "huge": {"type": "integer", "maximum": 1e20}
                }}""");
        assertEquals(
                List.of(
                        "acme/m/2025-01-01.json:11:56: note: integer.exceeds-int: #/input/properties/seed/maximum:"
                                + " maximum 9999999999 lies outside the Java int range, so this integer is"
                                + " generated as long (hint: nothing to do if the provider takes such"
                                + " values; if its real limit fits an int, set the bound with a"
                                + " refinement; the published schema stays verbatim)",
                        "acme/m/2025-01-01.json:12:54: note: integer.exceeds-int: #/input/properties/offset/minimum:"
                                + " minimum -3000000000 and maximum 3000000000 lie outside the Java int range, so"
                                + " this integer is generated as long (hint: nothing to do if the provider"
                                + " takes such values; if its real limit fits an int, set the"
                                + " bound with a refinement; the published schema stays"
                                + " verbatim)",
                        "acme/m/2025-01-01.json:13:42: note: integer.exceeds-int: #/input/properties/huge/maximum:"
                                + " maximum 1e20 lies outside even the Java long range, so this integer cannot be"
                                + " represented as a Java long (hint: set the bound to the range the"
                                + " provider really accepts with a refinement; the published"
                                + " schema stays verbatim)"),
                root.lintText(new IntegerExceedsIntRule()));
    }

    @Test
    void acceptsIntRangesNumbersAndExclusiveBoundsThatStillFit() {
        TestRoot root = TestRoot.create(dir).model("m", """
                {"type": "object", "properties": {
                  "seed": {"type": "integer", "minimum": -2147483648, "exclusiveMaximum": 2147483648},
                  "ratio": {"type": "number", "maximum": 1e20},
                  "steps": {"type": "integer", "maximum": 2147483647.5}
                }}""");
        assertEquals(List.of(), root.lintText(new IntegerExceedsIntRule()));
    }
}
