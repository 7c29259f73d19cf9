package dev.pictor.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pictor.core.lint.LintResult;
import dev.pictor.core.lint.rules.RangeOrderRule;
import dev.pictor.core.testing.TestRoot;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReportTest {

    @TempDir
    Path dir;

    @Test
    void writesOneLinePerFindingThenTheSummary() {
        String text = new TextReport().render(ReportFixture.lint(dir));
        assertEquals("""
                acme/bad name \u00e9.json:2:12: error: json.malformed: Unexpected character ('}' (code 125)): expected a \
                value (hint: fix the JSON syntax at this position)
                acme/m/2025-01-01.json:11:13: error: range.min-above-max: #/input/properties/height: minimum 4096 > \
                maximum 2048: no value is valid (hint: swap or correct the bounds)
                other/provider.json:3:33: warning: provider.placeholder-unused: #/placeholders/account_id: placeholder \
                {account_id} is declared but baseUrl does not use it (hint: remove it)
                1 model, 2 providers: 2 errors, 1 warning, 0 notes
                """, text);
    }

    @Test
    void aCleanRootGivesOnlyTheSummary() {
        LintResult result = TestRoot.create(dir).model("m", """
                {"type": "object", "properties": {"n": {"type": "integer", "minimum": 1, "maximum": 2}}}""").lintResult(new RangeOrderRule());
        assertEquals("1 model, 1 provider: 0 errors, 0 warnings, 0 notes\n", new TextReport().render(result));
    }

    @Test
    void countsSuppressedFindings() {
        LintResult result = TestRoot.create(dir)
                .model("m", """
                        {"type": "object", "properties": {"n": {"type": "integer", "minimum": 3, "maximum": 2}}}""")
                .write("pictor-lint.json", """
                        {"rules": [{"rule": "range.min-above-max", "suppress": true, "why": "testing"}]}""")
                .lintResult(new RangeOrderRule());
        assertEquals(
                "1 model, 1 provider: 0 errors, 0 warnings, 0 notes, 1 suppressed\n", new TextReport().render(result));
    }

    @Test
    void isDeterministic() {
        LintResult result = ReportFixture.lint(dir);
        assertEquals(new TextReport().render(result), new TextReport().render(ReportFixture.lint(dir)));
    }
}
