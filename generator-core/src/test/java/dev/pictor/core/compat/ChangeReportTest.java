package dev.pictor.core.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeReportTest {

    @Test
    void theSeverityIsTheRulesForTheSide() {
        PairedNodes pair = PairedSchemas.input("{}", "{\"maximum\": 1}").pair();
        List<CompatFinding> out = new ArrayList<>();
        new ChangeReport(Side.INPUT, PairedSchemas.NEW, out).keyword(CompatRule.RANGE_NARROWED, pair, "maximum", "x");
        new ChangeReport(Side.OUTPUT, PairedSchemas.NEW, out).keyword(CompatRule.RANGE_NARROWED, pair, "maximum", "x");
        assertEquals(Severity.ERROR, out.get(0).diagnostic().severity());
        assertEquals(Severity.NOTE, out.get(1).diagnostic().severity());
        assertEquals(
                "a request valid against the older version can be rejected now; to accept the change, acknowledge it"
                        + " in the newer document: {\"rule\": \"compat.range-narrowed\", \"pointer\": \"/input/maximum\","
                        + " \"why\": \"...\"}",
                out.get(0).diagnostic().hint());
        assertEquals("", out.get(1).diagnostic().hint());
    }

    @Test
    void aRemovedKeywordIsLocatedAtTheNewerSchemaAndWasAtItsOlderValue() {
        List<CompatFinding> out = new ArrayList<>();
        PairedNodes pair = PairedSchemas.input("{\"maximum\": 1}", "{}").pair();
        new ChangeReport(Side.INPUT, PairedSchemas.NEW, out)
                .removed(
                        CompatRule.RANGE_WIDENED,
                        pair,
                        "maximum",
                        pair.older().get("maximum").orElseThrow(),
                        "gone");
        CompatFinding f = out.get(0);
        Diagnostic d = f.diagnostic();
        assertEquals("new.json:2:10", d.location().toString());
        assertEquals("/input/maximum", d.pointer());
        assertEquals("input: gone [before: old.json:2:22]", d.message());
        assertEquals("/input/maximum", f.before().orElseThrow().pointer());
    }

    @Test
    void anAddedKeywordWasAtTheOlderSchemaWhosePointerTheMessageShows() {
        List<CompatFinding> out = new ArrayList<>();
        PairedNodes pair = PairedSchemas.input("{}", "{\"maximum\": 1}").pair();
        new ChangeReport(Side.INPUT, PairedSchemas.NEW, out)
                .added(
                        CompatRule.RANGE_NARROWED,
                        pair,
                        pair.newer().get("maximum").orElseThrow(),
                        "added");
        Diagnostic d = out.get(0).diagnostic();
        assertEquals("new.json:2:22", d.location().toString());
        assertEquals("input: added [before: old.json:2:10 #/input]", d.message());
    }

    @Test
    void theSubjectIsTheSideAndThePropertyPath() {
        ChangeReport report = new ChangeReport(Side.OUTPUT, PairedSchemas.NEW, new ArrayList<>());
        String schema = "{\"properties\": {\"a\": {\"items\": {\"additionalProperties\": {\"allOf\": [{}]}}}}}";
        PairedNodes pair = PairedSchemas.output(schema, schema).pair();
        var a = pair.newer().object("properties").orElseThrow().object("a").orElseThrow();
        var items = a.object("items").orElseThrow();
        var star = items.object("additionalProperties").orElseThrow();
        assertEquals("output", report.subject(pair.newer()));
        assertEquals("output a", report.subject(a));
        assertEquals("output a[]", report.subject(items));
        assertEquals("output a[].*", report.subject(star));
        assertEquals(
                "output a[].*/allOf/0",
                report.subject(star.array("allOf").orElseThrow().items().get(0)));
        assertEquals("output (in old.json)", report.subject(pair.older()));
    }
}
