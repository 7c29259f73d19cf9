package dev.pictor.cli;

import dev.pictor.core.io.AtomicFiles;
import dev.pictor.core.lint.LintResult;
import dev.pictor.core.lint.Linter;
import dev.pictor.core.load.SchemaRootException;
import dev.pictor.core.model.RuleOverride;
import dev.pictor.core.report.TextReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pictor lint}: lints a schemas root and reports every finding at once. */
@Command(name = "lint",
        mixinStandardHelpOptions = true,
        versionProvider = PictorCli.VersionProvider.class,
        sortOptions = false,
        description = {
            "Lints the provider and model documents under SCHEMAS_DIR and reports every finding, sorted by file, "
                    + "line and column.",
            "",
            "Exit codes: 0 no error (and no warning with --fail-on-warning); 1 findings that fail the run; "
                    + "2 usage error, or a root or output that cannot be used; 3 internal error."
        })
final class LintCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "text|json|sarif", defaultValue = "text", converter = ReportFormat.Converter.class,
            description = "text (default: one line per finding and a summary), json (an array of findings) "
                    + "or sarif (SARIF 2.1.0, for code scanning).")
    ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (replaced atomically) instead of stdout; stdout then gets the "
                    + "summary line.")
    String output;

    @Option(names = "--fail-on-warning", description = "Exit with 1 on a WARNING too, not only on an ERROR.")
    boolean failOnWarning;

    @Option(names = "--rule", paramLabel = "CODE=LEVEL|off", converter = RuleOption.class,
            description = "Change a rule's severity (error, warning, note) or turn it off, in every file; "
                    + "wins over the root's lint configuration. Repeatable.")
    List<RuleOverride> rules = new ArrayList<>();

    @Parameters(index = "0", paramLabel = "SCHEMAS_DIR", description = "The schemas root to lint.")
    String schemasDir;

    @Override
    public Integer call() {
        Path root = PathArgument.parse(schemasDir, "schemas root");
        LintResult result;
        try {
            result = Linter.standard().lint(root, rules);
        } catch (SchemaRootException e) {
            throw new CliError(e.getMessage());
        }
        String report = format.report(PictorCli.version()).render(result);
        PrintWriter out = spec.commandLine().getOut();
        if (output == null) {
            out.print(report);
        } else {
            Path target = PathArgument.parse(output, "output file");
            try {
                if (PathArgument.isInside(target.toAbsolutePath().normalize().getParent(), root)) {
                    throw new CliError("cannot write " + output + ": it is inside the schemas root, which is only "
                            + "read; write the report elsewhere");
                }
                AtomicFiles.write(target, report);
            } catch (IOException e) {
                throw new CliError("cannot write " + output + ": " + AtomicFiles.reason(e));
            }
            out.print("wrote " + output + ": " + TextReport.summary(result) + "\n");
        }
        out.flush();
        return result.fails(failOnWarning) ? PictorCli.EXIT_FINDINGS : PictorCli.EXIT_OK;
    }
}
