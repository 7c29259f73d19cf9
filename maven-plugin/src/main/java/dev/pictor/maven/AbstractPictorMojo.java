package dev.pictor.maven;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.model.RuleOverride;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every Pictor goal shares: where the schemas are, whether to skip, whether a WARNING fails the build, and the
 * lint rule overrides, with the same names, properties and checks in every goal; and how findings are logged.
 */
abstract class AbstractPictorMojo extends AbstractMojo {

    /** The schemas root: {@code <provider>/provider.json} and {@code <provider>/<model>/<version>.json} documents. */
    @Parameter(property = "pictor.schemasDirectory", defaultValue = "${project.basedir}/src/main/pictor",
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

    /** The goal's name, for messages: {@code lint}, {@code generate}. */
    abstract String goal();

    /** Whether the goal is skipped; logs so when it is. */
    boolean skipped() {
        if (skip) {
            getLog().info("Pictor " + goal() + ": skipping (pictor.skip is set)");
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
}
