package dev.pictor.maven;

import dev.pictor.core.lint.LintResult;
import dev.pictor.core.model.RuleOverride;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.project.MavenProject;

/**
 * The documents and findings of the last lint run of this build of a module, kept among the project's context
 * values: when {@code generate} runs after {@code lint} on the same schemas root, with the same rules, and no
 * document changed in between, it generates from them instead of loading and linting every document again.
 */
final class SharedLint {

    /** The key of the kept run among the project's context values. */
    static final String KEY = SharedLint.class.getName();

    /** A lint run and the fingerprint of what it read and how. */
    private record Kept(String fingerprint, LintResult result) {}

    private SharedLint() {}

    /**
     * The fingerprint of a lint run: the schemas root, every document under it (by path and bytes), the rules and the
     * plugin; empty when the documents cannot be read (nothing is shared then).
     */
    static Optional<String> fingerprint(Path schemasRoot, List<RuleOverride> overrides, String pluginStamp) {
        Path root = schemasRoot.toAbsolutePath().normalize();
        try {
            return UpToDate.lintInputs(root, "root " + root + "\nrules " + overrides, pluginStamp);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Keeps {@code result} for a later goal of this build of the module. */
    static void keep(MavenProject project, String fingerprint, LintResult result) {
        if (project != null) {
            project.setContextValue(KEY, new Kept(fingerprint, result));
        }
    }

    /** The lint run kept in this build of the module, when its fingerprint is {@code fingerprint}. */
    static Optional<LintResult> find(MavenProject project, String fingerprint) {
        if (project == null) {
            return Optional.empty();
        }
        return project.getContextValue(KEY) instanceof Kept kept
                        && kept.fingerprint().equals(fingerprint)
                ? Optional.of(kept.result())
                : Optional.empty();
    }
}
