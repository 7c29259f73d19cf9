package dev.pictor.maven;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.lint.LintResult;
import dev.pictor.core.lint.Linter;
import dev.pictor.core.load.SchemaRootException;
import dev.pictor.core.model.RuleOverride;
import dev.pictor.core.report.SarifReport;
import dev.pictor.core.report.TextReport;
import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints the provider schemas: loads every document under {@code schemasDirectory}, runs every rule, logs each finding
 * as a compiler-like line ({@code ERROR range.min-above-max acme/m/2025-01-01.json:11:13 #/input/...: ...}) and fails
 * the build on an ERROR, or on a WARNING with {@code failOnWarning}. The findings are also written as a SARIF 2.1.0
 * log for CI code scanning, before the build fails, so that a CI step can upload them either way.
 *
 * <p>The goal only maps its parameters to the core's {@link Linter}; it keeps no state between executions, so parallel
 * builds may run it in several modules at once.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = true)
public class LintMojo extends AbstractMojo {

    /** The schemas root: {@code <provider>/provider.json} and {@code <provider>/<model>/<version>.json} documents. */
    @Parameter(property = "pictor.schemasDirectory", defaultValue = "${project.basedir}/src/main/pictor",
            required = true)
    private File schemasDirectory;

    /** Skips the goal. */
    @Parameter(property = "pictor.skip", defaultValue = "false")
    private boolean skip;

    /** Fails the build on a WARNING too, not only on an ERROR. */
    @Parameter(property = "pictor.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /**
     * Severity overrides and suppressions, per rule and optionally per file glob, each with its reason; they win over
     * the schemas root's {@code pictor-lint.json}:
     * {@code <rule><code>…</code><files>glob</files><severity>ERROR|WARNING|NOTE|off</severity><why>…</why></rule>}.
     */
    @Parameter
    private List<Rule> rules;

    /**
     * Where the findings are written as SARIF 2.1.0 (replaced atomically on each run); locations are relative to the
     * schemas directory.
     */
    @Parameter(property = "pictor.sarifFile", defaultValue = "${project.build.directory}/pictor/lint.sarif",
            required = true)
    private File sarifFile;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("Pictor lint: skipping (pictor.skip is set)");
            return;
        }
        List<RuleOverride> overrides = RuleOverrides.map(rules);
        LintResult result;
        try {
            result = Linter.standard().lint(schemasDirectory.toPath(), overrides);
        } catch (SchemaRootException e) {
            // A user mistake (wrong or missing folder): one line, no stack trace.
            throw new MojoFailureException(e.getMessage());
        }
        for (Diagnostic d : result.diagnostics()) {
            switch (d.severity()) {
                case ERROR -> log.error(d.toText());
                case WARNING -> log.warn(d.toText());
                case NOTE -> log.info(d.toText());
            }
        }
        log.info("Pictor lint: " + TextReport.summary(result) + " (schemas in " + schemasDirectory + ")");
        try {
            ReportFile.write(sarifFile.toPath(), new SarifReport(), result);
            log.debug("Pictor lint: SARIF report written to " + sarifFile);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the SARIF report " + sarifFile + ": "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        }
        if (result.fails(failOnWarning)) {
            throw new MojoFailureException("Pictor lint failed: " + counts(result)
                    + (result.hasErrors() ? "" : " and failOnWarning is set") + " (findings above; schemas in "
                    + schemasDirectory + ")");
        }
    }

    private static String counts(LintResult result) {
        return plural(result.count(Severity.ERROR), "error") + ", " + plural(result.count(Severity.WARNING), "warning");
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
