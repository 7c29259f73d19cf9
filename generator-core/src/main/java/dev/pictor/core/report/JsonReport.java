package dev.pictor.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.lint.LintResult;
import java.io.IOException;
import java.util.List;

/**
 * The findings as a JSON array, in the result's sorted order, pretty-printed with a 2-space indent. Each finding is an
 * object with exactly these members, in this order:
 *
 * <pre>
 * {
 *   "severity": "ERROR",                    ERROR, WARNING or NOTE
 *   "code": "range.min-above-max",
 *   "file": "acme/m/2025-01-01.json",       relative to the schemas root, with '/'
 *   "line": 11,                             1-based
 *   "column": 13,                           1-based
 *   "pointer": "/input/properties/height",  JSON Pointer in the document; "" for the whole document
 *   "message": "minimum 4096 > maximum 2048: no value is valid",
 *   "hint": "swap or correct the bounds"    "" when there is none
 * }
 * </pre>
 *
 * No summary is written: a reader counts the array.
 */
public final class JsonReport implements LintReport {

    /** The member names of each finding, in order. */
    public static final List<String> FIELDS =
            List.of("severity", "code", "file", "line", "column", "pointer", "message", "hint");

    @Override
    public void write(LintResult result, Appendable out) throws IOException {
        ReportJson.write(toJson(result.diagnostics()), out);
    }

    public static ArrayNode toJson(List<Diagnostic> diagnostics) {
        ArrayNode array = ReportJson.array();
        for (Diagnostic d : diagnostics) {
            ObjectNode o = array.addObject();
            o.put("severity", d.severity().name());
            o.put("code", d.code());
            o.put("file", d.location().file());
            o.put("line", d.location().line());
            o.put("column", d.location().column());
            o.put("pointer", d.pointer());
            o.put("message", d.message());
            o.put("hint", d.hint());
        }
        return array;
    }
}
