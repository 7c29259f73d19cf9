package dev.pictor.cli;

import dev.pictor.core.report.FindingLines;
import dev.pictor.core.report.JsonReport;
import dev.pictor.core.report.LintReport;
import dev.pictor.core.report.SarifReport;
import dev.pictor.core.report.TextReport;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The value of {@code --format}. */
enum ReportFormat {
    TEXT,
    JSON,
    SARIF;

    LintReport report(String toolVersion, FindingLines lines, Path root) {
        return switch (this) {
            case TEXT -> new TextReport(lines);
            case JSON -> new JsonReport();
            case SARIF ->
                new SarifReport(Optional.of(toolVersion), Optional.of(SarifReport.rootUri(root, Path.of(""))));
        };
    }

    /** Reads {@code text}, {@code json} or {@code sarif}, in any case. */
    static final class Converter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            for (ReportFormat f : values()) {
                if (f.name().equalsIgnoreCase(value.trim())) {
                    return f;
                }
            }
            throw new TypeConversionException("expected text, json or sarif but was '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
