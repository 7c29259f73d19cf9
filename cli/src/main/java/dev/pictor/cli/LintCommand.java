package dev.pictor.cli;

import dev.pictor.core.lint.LintResult;
import dev.pictor.core.lint.Linter;
import dev.pictor.core.load.SchemaRootException;
import dev.pictor.core.report.TextReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pictor lint}: lints a schemas root and reports every finding at once. */
@Command(
        name = "lint",
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

    @Mixin
    ReportOptions report;

    @Mixin
    RuleOptions rules;

    @Mixin
    DebugOption debug;

    @Mixin
    CacheOption cache;

    @Parameters(index = "0", paramLabel = "SCHEMAS_DIR", description = "The schemas root to lint.")
    String schemasDir;

    @Override
    public Integer call() {
        Path root = PathArgument.parse(schemasDir, "schemas root");
        LintResult result;
        ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), PictorCli.terminal(spec));
        try {
            result = cache.apply(Linter.standard()).lint(root, rules.rules, progress.counting("linted", "document"));
        } catch (SchemaRootException e) {
            throw new CliError(e.getMessage());
        } finally {
            progress.finish();
        }
        debug.print(spec.commandLine().getErr(), result.failures());
        report.emit(
                spec.commandLine().getOut(),
                report.format
                        .report(PictorCli.version(), report.color.lines(PictorCli.terminal(spec), schemasDir), root)
                        .render(result),
                TextReport.summary(result),
                List.of(root));
        return result.fails(report.failOnWarning) ? PictorCli.EXIT_FINDINGS : PictorCli.EXIT_OK;
    }
}
