package dev.pictor.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pictor.core.lint.LintResult;
import dev.pictor.core.lint.rules.RangeOrderRule;
import dev.pictor.core.testing.TestRoot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportTest {

    @TempDir
    Path dir;

    @Test
    void writesEachFindingWithExactlyTheEightFieldsInOrder() throws Exception {
        LintResult result = ReportFixture.lint(dir);
        String json = new JsonReport().render(result);
        JsonNode array = new ObjectMapper().readTree(json);
        assertEquals(result.diagnostics().size(), array.size());
        for (JsonNode finding : array) {
            List<String> names = new ArrayList<>();
            finding.fieldNames().forEachRemaining(names::add);
            assertEquals(JsonReport.FIELDS, names);
        }
        JsonNode range = array.get(1);
        assertEquals("ERROR", range.get("severity").asText());
        assertEquals("range.min-above-max", range.get("code").asText());
        assertEquals("acme/m/2025-01-01.json", range.get("file").asText());
        assertTrue(range.get("line").isInt());
        assertEquals(11, range.get("line").asInt());
        assertEquals(13, range.get("column").asInt());
        assertEquals("/input/properties/height", range.get("pointer").asText());
        assertEquals(
                "minimum 4096 > maximum 2048: no value is valid",
                range.get("message").asText());
        assertEquals("swap or correct the bounds", range.get("hint").asText());
    }

    @Test
    void isPrettyPrintedWithTwoSpacesAndNewlines() {
        LintResult result = TestRoot.create(dir).model("m", """
                {"type": "object", "properties": {"n": {"type": "integer", "minimum": 3, "maximum": 2}}}""").lintResult(new RangeOrderRule());
        assertEquals("""
                [
                  {
                    "severity": "ERROR",
                    "code": "range.min-above-max",
                    "file": "acme/m/2025-01-01.json",
                    "line": 10,
                    "column": 49,
                    "pointer": "/input/properties/n",
                    "message": "minimum 3 > maximum 2: no value is valid",
                    "hint": "swap or correct the bounds"
                  }
                ]
                """, new JsonReport().render(result));
    }

    @Test
    void anEmptyResultIsAnEmptyArray() {
        LintResult result = TestRoot.create(dir).model("m", """
                {"type": "object"}""").lintResult(new RangeOrderRule());
        assertEquals("[]\n", new JsonReport().render(result));
    }

    @Test
    void keepsNonAsciiTextAndHasNoCarriageReturn() {
        String json = new JsonReport().render(ReportFixture.lint(dir));
        assertTrue(json.contains("acme/bad name \u00e9.json"), json);
        assertTrue(json.indexOf('\r') < 0);
        assertTrue(json.indexOf('\t') < 0);
        assertTrue(!json.contains(dir.toString()), "no absolute path");
    }
}
