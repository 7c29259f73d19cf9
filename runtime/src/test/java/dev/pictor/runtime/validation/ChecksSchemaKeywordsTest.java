package dev.pictor.runtime.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks for the schema {@code false}, {@code additionalProperties: false}, {@code anyOf} and {@code oneOf}. */
class ChecksSchemaKeywordsTest {

    private static Violations failing(String pointer, String message) {
        Violations v = new Violations();
        v.add(Pointer.parse(pointer), "maximum", message);
        return v;
    }

    private static Violations passing() {
        return new Violations();
    }

    @Test
    void falseSchemaRefusesEverything() {
        Violations v = new Violations();
        assertFalse(Checks.never(v, Pointer.parse("/x")));
        assertEquals(List.of(Violation.of("/x", "false", "no value is allowed here")), v.list());
    }

    @Test
    void additionalPropertyIsNamedAtItsPointer() {
        Violations v = new Violations();
        assertFalse(Checks.additionalProperty(v, Pointer.parse("/a~1b"), "a/b"));
        assertEquals(
                List.of(Violation.of("/a~1b", "additionalProperties", "property \"a/b\" is not allowed")), v.list());
    }

    @Test
    void anyOfPassesWhenOneBranchPasses() {
        Violations v = new Violations();
        assertTrue(Checks.anyOf(v, Pointer.parse(""), failing("", "1"), passing()));
        assertTrue(Checks.anyOf(v, Pointer.parse(""), passing(), passing()));
        assertTrue(v.isEmpty());
    }

    @Test
    void anyOfNamesTheFirstReasonOfEachBranch() {
        Violations v = new Violations();
        Violations first = failing("/m", "5 is above the maximum 2");
        first.add(Pointer.parse("/m"), "type", "ignored: only the first reason of a branch is named");
        assertFalse(Checks.anyOf(v, Pointer.parse("/m"), first, failing("/m", "5 is below the minimum 10")));
        assertEquals(
                List.of(Violation.of(
                        "/m",
                        "anyOf",
                        "matches none of the 2 schemas of anyOf"
                                + " (1: /m: 5 is above the maximum 2; 2: /m: 5 is below the minimum 10)")),
                v.list());
    }

    @Test
    void oneOfCountsTheBranchesThatPass() {
        Violations v = new Violations();
        assertTrue(Checks.oneOf(v, Pointer.parse(""), failing("", "x"), passing(), failing("", "y")));
        assertTrue(v.isEmpty());
        assertFalse(Checks.oneOf(v, Pointer.parse("/n"), passing(), failing("/n", "x"), passing()));
        assertFalse(Checks.oneOf(v, Pointer.parse(""), failing("", "1 is above the maximum 0")));
        assertEquals(
                List.of(
                        Violation.of("/n", "oneOf", "matches 2 of the 3 schemas of oneOf (1, 3), not exactly one"),
                        Violation.of(
                                "", "oneOf", "does not match the schema of oneOf (1: /: 1 is above the maximum 0)")),
                v.list());
    }
}
