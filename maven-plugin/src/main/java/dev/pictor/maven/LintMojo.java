package dev.pictor.maven;

import dev.pictor.core.diag.Severity;
import dev.pictor.core.io.AtomicFiles;
import dev.pictor.core.lint.LintResult;
import dev.pictor.core.lint.Linter;
import dev.pictor.core.load.SchemaRootException;
import dev.pictor.core.report.SarifReport;
import dev.pictor.core.report.TextReport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
public class LintMojo extends AbstractPictorMojo {

    /**
     * Where the findings are written as SARIF 2.1.0 (replaced atomically on each run); locations are relative to the
     * schemas directory.
     */
    @Parameter(
            property = "pictor.sarifFile",
            defaultValue = "${project.build.directory}/pictor/lint.sarif",
            required = true)
    private File sarifFile;

    @Override
    String goal() {
        return "lint";
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skipped()) {
            return;
        }
        LintResult result;
        try {
            result = Linter.standard().lint(schemasDirectory.toPath(), overrides());
        } catch (SchemaRootException e) {
            // A user mistake (wrong or missing folder): one line, no stack trace.
            throw new MojoFailureException(e.getMessage());
        }
        result.diagnostics().forEach(this::log);
        report(schemasDirectory, result.diagnostics());
        log.info("Pictor lint: " + TextReport.summary(result) + " (schemas in " + schemasDirectory + ")");
        try {
            String sarif = new SarifReport().render(result);
            Path target = sarifFile.toPath().toAbsolutePath().normalize();
            Path folder = target.getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            AtomicFiles.write(target, sarif);
            log.debug("Pictor lint: SARIF report written to " + sarifFile);
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "cannot write the SARIF report " + sarifFile + ": " + AtomicFiles.reason(e), e);
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
}
