package dev.pictor.maven;

import dev.pictor.core.compat.CompatResult;
import dev.pictor.core.compat.CompatRun;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.io.AtomicFiles;
import dev.pictor.core.load.SchemaRootException;
import dev.pictor.core.report.CompatReport;
import dev.pictor.core.report.FindingLines;
import dev.pictor.core.report.SarifReport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Breaking-change detection: for every model of {@code schemasDirectory} with two or more versions, compares its
 * newest version (by snapshot date) with the one before it, logs each change as a compiler-like line
 * ({@code acme/m/2025-02-01.json:9:5: error: compat.property-removed: #/input/properties/seed: ... [before:
 * acme/m/2025-01-01.json:12:7] (hint: ...)}) and fails the build on a breaking change (an ERROR), or on a risky one
 * (a WARNING) with {@code failOnWarning}. A change is accepted by an entry of the newer document's
 * {@code acknowledged} ({@code {rule, pointer, why}}), which makes it a NOTE. The findings are also written as SARIF
 * 2.1.0, before the build fails.
 *
 * <p>The lint {@code <rules>} do not apply: a breaking change is accepted in the document, with its reason, not in
 * the build. The goal only maps its parameters to the core's {@link CompatRun} and keeps no state between
 * executions.
 */
@Mojo(name = "check-compat", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class CheckCompatMojo extends AbstractPictorMojo {

    /**
     * Where the findings are written as SARIF 2.1.0 (replaced atomically on each run); locations are relative to the
     * schemas directory.
     */
    @Parameter(
            property = "pictor.compatSarifFile",
            defaultValue = "${project.build.directory}/pictor/check-compat.sarif",
            required = true)
    private File sarifFile;

    /** Skips this goal only ({@code pictor.skip} skips every Pictor goal). */
    @Parameter(property = "pictor.checkCompat.skip", defaultValue = "false")
    private boolean skipCheckCompat;

    @Override
    String goal() {
        return "check-compat";
    }

    @Override
    boolean goalSkip() {
        return skipCheckCompat;
    }

    @Override
    String goalSkipProperty() {
        return "pictor.checkCompat.skip";
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skipped()) {
            return;
        }
        CompatResult result;
        try {
            result = CompatRun.root(schemasDirectory.toPath());
        } catch (SchemaRootException e) {
            throw new MojoFailureException(e.getMessage());
        }
        result.comparisons().forEach(c -> log.info("Pictor check-compat: " + c.toText()));
        Path root = schemasDirectory.toPath().toAbsolutePath().normalize();
        logFindings(result.diagnostics(), f -> root.resolve(f).toFile());
        report(schemasDirectory, result.diagnostics());
        log.info("Pictor check-compat: " + result.summary() + " (schemas in " + schemasDirectory
                + notesHint(result.count(Severity.NOTE)) + ")");
        try {
            String sarif = new CompatReport(
                            CompatReport.Format.SARIF,
                            SarifReport.packageVersion(),
                            FindingLines.PLAIN,
                            Optional.of(SarifReport.rootUri(schemasDirectory.toPath(), Path.of(""))))
                    .render(result);
            Path target = sarifFile.toPath().toAbsolutePath().normalize();
            Path folder = target.getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            AtomicFiles.write(target, sarif);
            log.debug("Pictor check-compat: SARIF report written to " + sarifFile);
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "cannot write the SARIF report " + sarifFile + ": " + AtomicFiles.reason(e), e);
        }
        if (result.fails(failOnWarning)) {
            throw new MojoFailureException("Pictor check-compat failed: "
                    + plural(result.count(Severity.ERROR), "error") + ", "
                    + plural(result.count(Severity.WARNING), "warning")
                    + (result.hasErrors() ? "" : " and failOnWarning is set")
                    + " (findings above; accept a change with an entry of the newer document's acknowledged; "
                    + "schemas in " + schemasDirectory + ")");
        }
    }
}
