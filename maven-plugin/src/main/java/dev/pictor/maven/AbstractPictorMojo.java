package dev.pictor.maven;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.load.SchemaRoot;
import dev.pictor.core.load.SchemaRootException;
import dev.pictor.core.model.RuleOverride;
import java.io.File;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.inject.Inject;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;
import org.sonatype.plexus.build.incremental.BuildContext;

/**
 * What every Pictor goal shares: where the schemas are, whether to skip, whether a WARNING fails the build, and the
 * lint rule overrides, with the same names, properties and checks in every goal; how findings are logged; and how
 * they reach an IDE.
 *
 * <p>Thread-safe as Maven means it ({@code threadSafe = true} on every goal): a mojo instance serves one execution in
 * one module, holds no static mutable state and writes only below its own module's folders.
 */
abstract class AbstractPictorMojo extends AbstractMojo {

    /** The schemas root: {@code <provider>/provider.json} and {@code <provider>/<model>/<version>.json} documents. */
    @Parameter(
            property = "pictor.schemasDirectory",
            defaultValue = "${project.basedir}/src/main/pictor",
            required = true)
    protected File schemasDirectory;

    /** Skips the goal. */
    @Parameter(property = "pictor.skip", defaultValue = "false")
    protected boolean skip;

    /** Fails the build on a WARNING too, not only on an ERROR. */
    @Parameter(property = "pictor.failOnWarning", defaultValue = "false")
    protected boolean failOnWarning;

    /**
     * Severity overrides and suppressions, per rule and optionally per file glob, each with its reason; they win over
     * the schemas root's {@code pictor-lint.json}:
     * {@code <rule><code>…</code><files>glob</files><severity>ERROR|WARNING|NOTE|off</severity><why>…</why></rule>}.
     */
    @Parameter
    protected List<Rule> rules;

    /**
     * The incremental build context: in Eclipse, m2e's (findings become problem markers with line and column, and
     * written folders are refreshed); on the command line, the default one, which would only log each finding a second
     * time, so nothing is sent to it there.
     */
    @Inject
    protected BuildContext buildContext;

    /** The goal's name, for messages: {@code lint}, {@code generate}. */
    abstract String goal();

    /** Whether the goal is skipped; logs so when it is. */
    boolean skipped() {
        if (skip) {
            getLog().info("Pictor " + goal() + ": skipping (pictor.skip is set)");
        } else {
            getLog().debug("Pictor " + goal() + ": build context "
                    + (buildContext == null ? "none" : buildContext.getClass().getName()));
        }
        return skip;
    }

    /** The {@code <rules>} as the core's overrides; a configuration mistake fails the build with every problem. */
    List<RuleOverride> overrides() throws MojoFailureException {
        return RuleOverrides.map(rules, goal());
    }

    /** Logs a finding as its compiler-like line, at the log level of its severity. */
    void log(Diagnostic d) {
        Log log = getLog();
        switch (d.severity()) {
            case ERROR -> log.error(d.toText());
            case WARNING -> log.warn(d.toText());
            case NOTE -> log.info(d.toText());
        }
    }

    static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * Shows findings in the IDE: first removes the messages an earlier run left on the inputs, then adds one message
     * per ERROR and WARNING on its file, at its line and column ({@link BuildContext} has no lower severity; NOTEs stay
     * in the log). A finding whose file does not exist (a built-in template) is left to the log.
     *
     * @param inputs      every file the run read (their old messages are removed)
     * @param diagnostics the run's findings
     * @param fileOf      the file a finding's location names ({@code schemas root + relative path}, or the document
     *                    it was merged from)
     */
    void report(Collection<File> inputs, List<Diagnostic> diagnostics, Function<String, File> fileOf) {
        if (!reportsToIde()) {
            return;
        }
        Set<File> files = new LinkedHashSet<>(inputs);
        diagnostics.forEach(d -> files.add(fileOf.apply(d.location().file())));
        files.forEach(buildContext::removeMessages);
        for (Diagnostic d : diagnostics) {
            if (d.severity() == Severity.NOTE) {
                continue;
            }
            File file = fileOf.apply(d.location().file());
            if (file.isFile()) {
                buildContext.addMessage(
                        file,
                        d.location().line(),
                        d.location().column(),
                        ideMessage(d),
                        d.severity() == Severity.ERROR ? BuildContext.SEVERITY_ERROR : BuildContext.SEVERITY_WARNING,
                        null);
            }
        }
    }

    /** {@link #report(Collection, List, Function)} of a run that read the documents of one schemas root. */
    void report(File schemasRoot, List<Diagnostic> diagnostics) {
        if (!reportsToIde()) {
            return;
        }
        Path root = schemasRoot.toPath().toAbsolutePath().normalize();
        report(
                documents(root).stream().map(f -> root.resolve(f).toFile()).toList(),
                diagnostics,
                f -> root.resolve(f).toFile());
    }

    /** Whether there is a build context other than the command line's, which only logs. */
    boolean reportsToIde() {
        return buildContext != null
                && !DEFAULT_CONTEXT.equals(buildContext.getClass().getName());
    }

    /** The command line's build context: it logs messages, the IDE's makes markers of them. */
    static final String DEFAULT_CONTEXT = "org.sonatype.plexus.build.incremental.DefaultBuildContext";

    /**
     * The text of a finding's message in the IDE, where the file, line, column and severity are shown apart:
     * {@code range.min-above-max #/input/properties/height: minimum 4096 > maximum 2048 (hint: ...)}.
     */
    static String ideMessage(Diagnostic d) {
        return d.code() + " " + (d.pointer().isEmpty() ? "" : "#" + d.pointer() + ": ") + d.message()
                + (d.hint().isEmpty() ? "" : " (hint: " + d.hint() + ")");
    }

    /** The {@code *.json} files the loader reads under a schemas root, as root-relative paths; none when unreadable. */
    static List<String> documents(Path root) {
        try {
            return SchemaRoot.open(root).jsonFiles(new Diagnostics());
        } catch (SchemaRootException e) {
            return List.of();
        }
    }
}
