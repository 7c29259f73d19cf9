package dev.pictor.maven;

import dev.pictor.core.diag.Severity;
import dev.pictor.core.io.AtomicFiles;
import dev.pictor.core.lint.LintResult;
import dev.pictor.core.lint.Linter;
import dev.pictor.core.load.SchemaRootException;
import dev.pictor.core.model.RuleOverride;
import dev.pictor.core.report.SarifReport;
import dev.pictor.core.report.TextReport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints the provider schemas: loads every document under {@code schemasDirectory}, runs every rule, logs each finding
 * as a compiler-like line ({@code acme/m/2025-01-01.json:11:13: error: range.min-above-max: #/input/...: ...}) and fails
 * the build on an ERROR, or on a WARNING with {@code failOnWarning}. The findings are also written as a SARIF 2.1.0
 * log for CI code scanning, before the build fails, so that a CI step can upload them either way.
 *
 * <p>Each finding is logged once per build: when {@code generate} runs after it in the same build, it does not log
 * them again. NOTEs are listed with {@code showNotes} only (the summary counts them, the SARIF report has them).
 *
 * <p>A rebuild with nothing changed lints nothing: a fingerprint of the documents, the goal's configuration and the
 * plugin, and one of the SARIF report, are kept in {@code lint.fingerprint} in the execution's own folder under
 * {@code target/pictor}; when both match, the goal logs {@code Pictor lint: up to date (fingerprint …) in N ms: } and
 * the summary of the run that linted, and nothing else. A run that fails records nothing, so it fails again.
 *
 * <p>The goal only maps its parameters to the core's {@link Linter}; it keeps no state between executions but its
 * fingerprint file, so parallel builds may run it in several modules at once.
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

    /** Skips this goal only ({@code pictor.skip} skips every Pictor goal). */
    @Parameter(property = "pictor.lint.skip", defaultValue = "false")
    private boolean skipLint;

    @Override
    String goal() {
        return "lint";
    }

    @Override
    boolean goalSkip() {
        return skipLint;
    }

    @Override
    String goalSkipProperty() {
        return "pictor.lint.skip";
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skipped()) {
            return;
        }
        long start = System.nanoTime();
        List<RuleOverride> overrides = overrides();
        Path sarif = sarifFile.toPath().toAbsolutePath().normalize();
        Path root = schemasDirectory.toPath().toAbsolutePath().normalize();
        UpToDate upToDate = new UpToDate(workFolder().resolve("lint.fingerprint"), goal());
        Optional<String> inputs;
        Optional<String> stale;
        try {
            inputs = UpToDate.lintInputs(root, configuration(root, overrides, sarif), pluginStamp());
            stale = upToDate.staleness(inputs, () -> UpToDate.file(sarif), "the SARIF report was changed or removed");
        } catch (IOException e) {
            inputs = Optional.empty();
            stale = Optional.of("an input could not be fingerprinted: " + e.getMessage());
        }
        // As for generate: an IDE's full build lints again, since only a run puts the problem markers back.
        boolean mayskip = !reportsToIde() || buildContext.isIncremental();
        Optional<UpToDate.State> last = upToDate.read();
        if (stale.isEmpty() && mayskip && last.isPresent()) {
            log.info("Pictor lint: up to date (fingerprint " + UpToDate.shortHex(inputs.orElseThrow()) + ") in "
                    + millis(start) + " ms: " + last.get().summary() + "; the findings are in " + sarifFile);
            return;
        }
        log.debug("Pictor lint: linting, because " + stale.orElse("the IDE asked for a full build"));
        LintResult result;
        Optional<String> shared = SharedLint.fingerprint(root, overrides, pluginStamp());
        try {
            upToDate.forget();
            result = Linter.standard().withCache(lintCache()).lint(schemasDirectory.toPath(), overrides);
            shared.ifPresent(fingerprint -> SharedLint.keep(project, fingerprint, result));
        } catch (SchemaRootException e) {
            // A user mistake (wrong or missing folder): one line, no stack trace.
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Pictor lint: cannot delete " + upToDate.stateFile() + ": " + e.getMessage(), e);
        }
        logFindings(result.diagnostics(), f -> root.resolve(f).toFile());
        logFailures(result.failures());
        report(schemasDirectory, result.diagnostics());
        String summary = TextReport.summary(result);
        log.info("Pictor lint: " + summary + " (schemas in " + schemasDirectory + notesHint(result.count(Severity.NOTE))
                + ")");
        try {
            String text = new SarifReport(
                            SarifReport.packageVersion(),
                            Optional.of(SarifReport.rootUri(schemasDirectory.toPath(), Path.of(""))))
                    .render(result);
            Path folder = sarif.getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            AtomicFiles.write(sarif, text);
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
        remember(upToDate, inputs, sarif, summary);
    }

    /** Records a successful run, so that the next one with the same inputs is up to date; never fails the build. */
    private void remember(UpToDate upToDate, Optional<String> inputs, Path sarif, String summary) {
        if (inputs.isEmpty()) {
            return;
        }
        try {
            Optional<String> written = UpToDate.file(sarif);
            if (written.isPresent()) {
                upToDate.write(new UpToDate.State(inputs.get(), written.get(), summary));
            }
        } catch (IOException e) {
            getLog().warn("Pictor lint: cannot record the fingerprint in " + upToDate.stateFile() + ": "
                    + e.getMessage() + "; the next build lints again");
        }
    }

    /**
     * Everything of the goal's configuration that the findings, their log or the build's outcome depend on: the
     * schemas root, the rules, failOnWarning, showNotes (a build that asks for the notes lists them) and the report.
     */
    private String configuration(Path root, List<RuleOverride> overrides, Path sarif) {
        return "schemas " + root + "\nrules " + overrides + "\nfailOnWarning " + failOnWarning + "\nshowNotes "
                + showNotes + "\nsarif " + sarif;
    }

    private static String counts(LintResult result) {
        return plural(result.count(Severity.ERROR), "error") + ", " + plural(result.count(Severity.WARNING), "warning");
    }
}
