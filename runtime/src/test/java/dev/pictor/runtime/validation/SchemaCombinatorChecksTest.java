package dev.pictor.runtime.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code false}, {@code additionalProperties: false}, {@code anyOf} and {@code oneOf}. */
class SchemaCombinatorChecksTest {

    private static Violations branch(String... pointerAndMessage) {
        Violations v = new Violations();
        for (int i = 0; i < pointerAndMessage.length; i += 2) {
            v.add(Pointer.parse(pointerAndMessage[i]), "maximum", pointerAndMessage[i + 1]);
        }
        return v;
    }

    @Test
    void falseSchemaAndAdditionalProperties() {
        Violations v = new Violations();
        Checks.never(v, Pointer.parse("/x"));
        Checks.additionalProperty(v, Pointer.parse("/extra"), "extra");
        assertEquals("/x: no value is allowed here\n/extra: property \"extra\" is not allowed", v.toString());
        assertEquals("false", v.list().get(0).keyword());
        assertEquals("additionalProperties", v.list().get(1).keyword());
    }

    @Test
    void anyOfPassesWhenOneBranchPasses() {
        Violations v = new Violations();
        assertTrue(Checks.anyOf(v, Pointer.parse(""), branch("/a", "3 is above the maximum 2"), branch()));
        assertTrue(v.isEmpty());
        Checks.anyOf(v, Pointer.parse(""), branch("/a", "3 is above the maximum 2"), branch("", "x"));
        assertEquals(1, v.size());
        assertEquals("anyOf", v.list().get(0).keyword());
        assertTrue(
                v.list().get(0).message().startsWith("matches none of the 2 schemas of anyOf (1: /a: 3 is above"),
                v.toString());
    }

    @Test
    void aCountingCollectorCountsWithoutBuildingMessages() {
        Violations v = Violations.counting();
        assertFalse(Checks.never(v, Pointer.parse("/x")));
        assertFalse(Checks.additionalProperty(v, Pointer.parse("/extra"), "extra"));
        assertFalse(Checks.anyOf(v, Pointer.parse(""), branch("/a", "no"), branch("", "x")));
        assertFalse(Checks.oneOf(v, Pointer.parse("/p"), branch(), branch()));
        assertFalse(Checks.oneOf(v, Pointer.parse("/p"), branch("/p", "no")));
        assertTrue(Checks.oneOf(v, Pointer.parse("/p"), branch("/p", "no"), branch()));
        assertEquals(5, v.size());
        assertEquals("5 violations counted", v.toString());
    }

    @Test
    void oneOfNeedsExactlyOne() {
        Violations v = new Violations();
        assertTrue(Checks.oneOf(v, Pointer.parse("/p"), branch("/p", "no"), branch()));
        Checks.oneOf(v, Pointer.parse("/p"), branch(), branch("/p", "no"), branch());
        assertEquals("/p: matches 2 of the 3 schemas of oneOf (1, 3), not exactly one", v.toString());
    }
}
