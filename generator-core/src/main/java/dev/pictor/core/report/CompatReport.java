package dev.pictor.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pictor.core.compat.CompatFinding;
import dev.pictor.core.compat.CompatResult;
import dev.pictor.core.compat.CompatRule;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The reports of a compatibility check ({@code check-compat}), in the three formats of the lint reports and as
 * deterministic as they are:
 *
 * <ul>
 *   <li>{@link Format#TEXT}: one line per pair of versions compared ({@code compared <model> <old> -> <new>: <old
 *       file> -> <new file>}), one {@link dev.pictor.core.diag.Diagnostic#toText()} line per finding (its message
 *       ends with {@code [before: FILE:LINE:COLUMN]}, the place in the older document), then the summary line of
 *       {@link CompatResult#summary()};</li>
 *   <li>{@link Format#JSON}: the lint report's array ({@link JsonReport}), each finding with one more member,
 *       {@code "before": {"file", "line", "column", "pointer"}} (the place in the older document), or
 *       {@code "before": null} for a finding that is not a change (a loader error, an unused acknowledgement);</li>
 *   <li>{@link Format#SARIF}: the lint report's SARIF 2.1.0 log ({@link SarifReport}) whose rules are
 *       {@link CompatRule#catalog()}, each result of a change with the place in the older document as its
 *       {@code relatedLocations[0]}.</li>
 * </ul>
 */
public final class CompatReport {

    /** The report formats. */
    public enum Format {
        TEXT,
        JSON,
        SARIF
    }

    private final Format format;
    private final Optional<String> toolVersion;
    private final FindingLines lines;
    private final Optional<String> rootUri;

    /** @param toolVersion the SARIF {@code tool.driver.semanticVersion}; nothing is written when empty */
    public CompatReport(Format format, Optional<String> toolVersion) {
        this(format, toolVersion, FindingLines.PLAIN);
    }

    /**
     * @param toolVersion the SARIF {@code tool.driver.semanticVersion}; nothing is written when empty
     * @param lines       how the text report prints each finding
     */
    public CompatReport(Format format, Optional<String> toolVersion, FindingLines lines) {
        this(format, toolVersion, lines, Optional.empty());
    }

    /**
     * @param toolVersion the SARIF {@code tool.driver.semanticVersion}; nothing is written when empty
     * @param lines       how the text report prints each finding
     * @param rootUri     the SARIF {@code uri} of the schemas root ({@link SarifReport#rootUri})
     */
    public CompatReport(Format format, Optional<String> toolVersion, FindingLines lines, Optional<String> rootUri) {
        this.format = format;
        this.toolVersion = toolVersion;
        this.lines = lines;
        this.rootUri = rootUri;
    }

    public String render(CompatResult result) {
        StringBuilder out = new StringBuilder();
        try {
            write(result, out);
        } catch (IOException e) {
            throw new IllegalStateException("a StringBuilder does not throw", e);
        }
        return out.toString();
    }

    public void write(CompatResult result, Appendable out) throws IOException {
        switch (format) {
            case TEXT -> text(result, out);
            case JSON -> ReportJson.write(json(result.findings()), out);
            case SARIF -> ReportJson.write(sarif(result.findings()), out);
        }
    }

    private void text(CompatResult result, Appendable out) throws IOException {
        for (CompatResult.Comparison c : result.comparisons()) {
            out.append(c.toText()).append('\n');
        }
        for (CompatFinding f : result.findings()) {
            out.append(lines.line(f.diagnostic())).append('\n');
        }
        out.append(result.summary()).append('\n');
    }

    private static ArrayNode json(List<CompatFinding> findings) {
        ArrayNode array = JsonReport.toJson(
                findings.stream().map(CompatFinding::diagnostic).toList());
        for (int i = 0; i < findings.size(); i++) {
            ObjectNode o = (ObjectNode) array.get(i);
            Optional<CompatFinding.Before> before = findings.get(i).before();
            if (before.isEmpty()) {
                o.putNull("before");
            } else {
                ObjectNode b = o.putObject("before");
                b.put("file", before.get().location().file());
                b.put("line", before.get().location().line());
                b.put("column", before.get().location().column());
                b.put("pointer", before.get().pointer());
            }
        }
        return array;
    }

    private ObjectNode sarif(List<CompatFinding> findings) {
        ObjectNode log = new SarifReport(toolVersion, rootUri)
                .toJson(findings.stream().map(CompatFinding::diagnostic).toList(), CompatRule.catalog());
        JsonNode results = log.at("/runs/0/results");
        for (int i = 0; i < findings.size(); i++) {
            Optional<CompatFinding.Before> before = findings.get(i).before();
            if (before.isEmpty()) {
                continue;
            }
            ObjectNode related =
                    ((ObjectNode) results.get(i)).putArray("relatedLocations").addObject();
            related.put("id", 0);
            ObjectNode physical = related.putObject("physicalLocation");
            ObjectNode artifact = physical.putObject("artifactLocation");
            artifact.put("uri", SarifReport.uriOf(before.get().location().file()));
            artifact.put("uriBaseId", SarifReport.ROOT_BASE_ID);
            ObjectNode region = physical.putObject("region");
            region.put("startLine", Math.max(1, before.get().location().line()));
            region.put("startColumn", Math.max(1, before.get().location().column()));
            related.putObject("message")
                    .put(
                            "text",
                            "in the older version"
                                    + (before.get().pointer().isEmpty()
                                            ? ""
                                            : ", #" + before.get().pointer()));
        }
        return log;
    }
}
