package dev.pictor.core.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The conformance run's figures: {@code summary.json} for CI to keep (per dialect, per file and in total; sorted, no
 * timestamp, so that two runs of one commit write the same bytes) and the table the test prints.
 */
final class ConformanceSummary {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final List<FileTally> files;

    ConformanceSummary(List<FileTally> files) {
        this.files = List.copyOf(files);
    }

    /** Writes {@code summary.json}: {@code {"draft7": {"files": {NAME: counts}, "totals": counts}, ...}}. */
    void write(Path summary) throws IOException {
        Map<String, Object> dialects = new TreeMap<>();
        for (String dialect : dialects()) {
            Map<String, Object> byFile = new TreeMap<>();
            for (FileTally f : of(dialect)) {
                Map<String, Object> counts = counts(List.of(f));
                counts.put("refusalCodes", f.refusalCodes());
                byFile.put(f.file(), counts);
            }
            dialects.put(dialect, Map.of("files", byFile, "totals", counts(of(dialect))));
        }
        Files.createDirectories(summary.getParent());
        Files.writeString(summary, JSON.writeValueAsString(dialects) + "\n");
    }

    /** Writes every refusal, disagreement and networknt disagreement, one per line, by file. */
    void writeDetails(Path details) throws IOException {
        StringBuilder out = new StringBuilder();
        section(out, "refused", FileTally::refusals);
        section(out, "disagreements", FileTally::disagreements);
        section(out, "networknt disagreements", FileTally::networkntDisagreements);
        Files.createDirectories(details.getParent());
        Files.writeString(details, out.toString());
    }

    private void section(StringBuilder out, String title, Function<FileTally, List<String>> lines) {
        List<String> all = files.stream().flatMap(f -> lines.apply(f).stream()).toList();
        out.append(title).append(": ").append(all.size()).append('\n');
        all.forEach(line -> out.append("  ").append(line).append('\n'));
    }

    /** One row per file, then each dialect's totals beside networknt's on the same cases. */
    String table() {
        String row = "%-13s %-46s %5s %5s %6s %7s %5s %5s %9s%n";
        StringBuilder out = new StringBuilder("\nJSON-Schema-Test-Suite conformance of the generated validators\n");
        out.append(String.format(
                Locale.ROOT,
                row,
                "dialect",
                "file",
                "cases",
                "run",
                "agreed",
                "refused",
                "typed",
                "json",
                "networknt"));
        for (FileTally f : files) {
            out.append(String.format(
                    Locale.ROOT,
                    row,
                    f.dialect(),
                    f.file(),
                    f.cases(),
                    f.run(),
                    f.agreed(),
                    f.refused(),
                    f.typed(),
                    f.jsonForm(),
                    f.networkntAgreed()));
        }
        out.append("\n");
        for (String dialect : dialects()) {
            Map<String, Object> t = counts(of(dialect));
            out.append(String.format(
                    Locale.ROOT,
                    "%-13s %5d cases: Pictor agreed on %d (%d run: %d typed, %d on their JSON form; %d refused),"
                            + " networknt agreed on %d%n",
                    dialect,
                    (Integer) t.get("cases"),
                    (Integer) t.get("agreed"),
                    (Integer) t.get("run"),
                    (Integer) t.get("typed"),
                    (Integer) t.get("jsonForm"),
                    (Integer) t.get("refused"),
                    (Integer) t.get("networkntAgreed")));
        }
        return out.toString();
    }

    private List<String> dialects() {
        return files.stream().map(FileTally::dialect).distinct().sorted().toList();
    }

    private List<FileTally> of(String dialect) {
        return files.stream().filter(f -> f.dialect().equals(dialect)).toList();
    }

    /** The counts of {@code tallies}, summed, under the summary's names. */
    private static Map<String, Object> counts(List<FileTally> tallies) {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("cases", tallies.stream().mapToInt(FileTally::cases).sum());
        counts.put("run", tallies.stream().mapToInt(FileTally::run).sum());
        counts.put("agreed", tallies.stream().mapToInt(FileTally::agreed).sum());
        counts.put("refused", tallies.stream().mapToInt(FileTally::refused).sum());
        counts.put("typed", tallies.stream().mapToInt(FileTally::typed).sum());
        counts.put("jsonForm", tallies.stream().mapToInt(FileTally::jsonForm).sum());
        counts.put(
                "networkntAgreed",
                tallies.stream().mapToInt(FileTally::networkntAgreed).sum());
        return counts;
    }
}
