package dev.pictor.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.json.LocatedJsonReader;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.model.Dialect;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BoundTest {

    private static LocatedObject schema(String text) {
        return (LocatedObject)
                LocatedJsonReader.read("s.json", text.getBytes(StandardCharsets.UTF_8), new Diagnostics())
                        .orElseThrow();
    }

    private static Bound bound(String value, boolean exclusive) {
        return new Bound(new BigDecimal(value), exclusive);
    }

    @Test
    void theTighterOfTwoBoundsDecidesAndAtOneValueTheExclusiveOne() {
        LocatedObject s = schema("{\"minimum\": 1, \"exclusiveMinimum\": 1, \"maximum\": 9, \"exclusiveMaximum\": 10}");
        assertEquals(Optional.of(bound("1", true)), Bound.tightest(s, true, Dialect.DRAFT_2020_12));
        assertEquals(Optional.of(bound("9", false)), Bound.tightest(s, false, Dialect.DRAFT_2020_12));
        assertEquals(
                "exclusiveMinimum",
                Bound.tightest(s, true, Dialect.DRAFT_2020_12).orElseThrow().keyword(true));
    }

    @Test
    void aBooleanExclusiveBoundIsNoBoundOfItsOwnInDraft2020() {
        LocatedObject s = schema("{\"minimum\": 0, \"exclusiveMinimum\": true}");
        assertEquals(Optional.of(bound("0", false)), Bound.tightest(s, true, Dialect.DRAFT_2020_12));
        assertEquals(Optional.empty(), Bound.tightest(s, false, Dialect.DRAFT_2020_12));
    }

    @Test
    void inOpenApi30ABooleanExclusiveBoundMakesMinimumOrMaximumExclusive() {
        LocatedObject s =
                schema("{\"minimum\": 0, \"exclusiveMinimum\": true, \"maximum\": 5, \"exclusiveMaximum\": false}");
        assertEquals(Optional.of(bound("0", true)), Bound.tightest(s, true, Dialect.OPENAPI_3_0));
        assertEquals(Optional.of(bound("5", false)), Bound.tightest(s, false, Dialect.OPENAPI_3_0));
        assertEquals(Optional.empty(), Bound.stated(s, "exclusiveMinimum", Dialect.OPENAPI_3_0));
        assertEquals(
                Optional.of(bound("0", false)), Bound.tightest(schema("{\"minimum\": 0}"), true, Dialect.OPENAPI_3_0));
        // A numeric exclusiveMinimum is no OpenAPI 3.0 bound (the meta-schema check reports it).
        assertEquals(Optional.empty(), Bound.tightest(schema("{\"exclusiveMinimum\": 3}"), true, Dialect.OPENAPI_3_0));
    }

    @Test
    void theIntegerABoundAdmits() {
        assertEquals(new BigDecimal("1"), bound("0", true).admittedInteger(true));
        assertEquals(new BigDecimal("3"), bound("2.5", true).admittedInteger(true));
        assertEquals(new BigDecimal("3"), bound("2.5", false).admittedInteger(true));
        assertEquals(new BigDecimal("1"), bound("2", true).admittedInteger(false));
        assertEquals(new BigDecimal("2"), bound("2.5", true).admittedInteger(false));
        // Far outside the long range a bound is returned as written, never expanded digit by digit.
        assertEquals(
                new BigDecimal("1e1000000000"), bound("1e1000000000", false).admittedInteger(false));
    }

    @Test
    void lowerKeywords() {
        assertEquals(true, Bound.isLower("exclusiveMinimum"));
        assertEquals(false, Bound.isLower("maximum"));
    }
}
