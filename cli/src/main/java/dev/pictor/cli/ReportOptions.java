package dev.pictor.cli;

import dev.pictor.core.io.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of a command that reports findings ({@code lint}, {@code check-compat}): the report's format, where it
 * goes, and whether a WARNING fails the run; and the one way such a report is written.
 */
final class ReportOptions {

    @Option(
            names = "--format",
            paramLabel = "text|json|sarif",
            defaultValue = "text",
            converter = ReportFormat.Converter.class,
            description = "text (default: one line per finding and a summary), json (an array of findings) "
                    + "or sarif (SARIF 2.1.0, for code scanning).")
    ReportFormat format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the report to FILE (replaced atomically; missing folders are created) instead of "
                    + "stdout; stdout then gets the summary line.")
    String output;

    @Mixin
    ColorOption color;

    @Option(names = "--fail-on-warning", description = "Exit with 1 on a WARNING too, not only on an ERROR.")
    boolean failOnWarning;

    /**
     * Prints {@code report} to {@code out}, or writes it to the output file and prints {@code summary}. The file may
     * not be inside any of {@code readOnlyRoots}, the schemas roots the command read.
     */
    void emit(PrintWriter out, String report, String summary, List<Path> readOnlyRoots) {
        if (output == null) {
            out.print(report);
        } else {
            Path target = PathArgument.parse(output, "output file");
            Path folder = target.toAbsolutePath().normalize().getParent();
            try {
                for (Path root : readOnlyRoots) {
                    if (PathArgument.isInside(folder, root)) {
                        throw new CliError("cannot write " + output + ": it is inside the schemas root " + root
                                + ", which is only read; write the report elsewhere");
                    }
                }
                if (folder != null) {
                    Files.createDirectories(folder);
                }
                AtomicFiles.write(target, report);
            } catch (IOException e) {
                throw new CliError("cannot write " + output + ": " + AtomicFiles.reason(e));
            }
            out.print("wrote " + output + ": " + summary + "\n");
        }
        out.flush();
    }
}
