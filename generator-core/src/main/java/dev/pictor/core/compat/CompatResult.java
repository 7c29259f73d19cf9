package dev.pictor.core.compat;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Severity;
import java.util.List;

/**
 * The outcome of a compatibility check: which versions were compared, and every finding, sorted.
 *
 * @param comparisons    the pairs of versions compared, in order of provider and model
 * @param singleVersion  how many models were left out because the root holds only one version of them
 * @param findings       the changes, the unused acknowledgements and the loader's errors, sorted by place
 */
public record CompatResult(List<Comparison> comparisons, int singleVersion, List<CompatFinding> findings) {

    /** One pair of versions: the files are relative to their schemas roots. */
    public record Comparison(
            String provider,
            String olderModel,
            String olderVersion,
            String olderFile,
            String newerModel,
            String newerVersion,
            String newerFile) {

        /**
         * {@code compared @cf/black-forest-labs/flux-1-schnell 2025-11-20 -> 2026-11-22: a/2025-11-20.json ->
         * a/2026-11-22.json}; both model ids when they differ.
         */
        public String toText() {
            String models = olderModel.equals(newerModel)
                    ? newerModel + " " + olderVersion + " -> " + newerVersion
                    : olderModel + " " + olderVersion + " -> " + newerModel + " " + newerVersion;
            return "compared " + models + ": " + olderFile + " -> " + newerFile;
        }
    }

    public CompatResult {
        comparisons = List.copyOf(comparisons);
        findings = findings.stream().sorted().toList();
    }

    public List<Diagnostic> diagnostics() {
        return findings.stream().map(CompatFinding::diagnostic).toList();
    }

    public long count(Severity severity) {
        return findings.stream()
                .filter(f -> f.diagnostic().severity() == severity)
                .count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** Whether the build should fail: on any ERROR, and on any WARNING when asked. */
    public boolean fails(boolean failOnWarning) {
        return hasErrors() || (failOnWarning && count(Severity.WARNING) > 0);
    }

    /**
     * The summary line: {@code 1 model compared (11 with a single version): 0 errors, 0 warnings, 2 notes}; the part in
     * parentheses only when models were left out.
     */
    public String summary() {
        StringBuilder line =
                new StringBuilder().append(plural(comparisons.size(), "model")).append(" compared");
        if (singleVersion > 0) {
            line.append(" (").append(singleVersion).append(" with a single version)");
        }
        return line.append(": ")
                .append(plural(count(Severity.ERROR), "error"))
                .append(", ")
                .append(plural(count(Severity.WARNING), "warning"))
                .append(", ")
                .append(plural(count(Severity.NOTE), "note"))
                .toString();
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
