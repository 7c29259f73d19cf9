package dev.pictor.core.lint;

import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.JsonPointer;
import dev.pictor.core.load.DocumentLoader;
import dev.pictor.core.load.SchemaRootException;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.Refinement;
import dev.pictor.core.model.RuleOverride;
import dev.pictor.core.model.SchemaSet;
import dev.pictor.core.validate.ReferenceValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Loads a schemas root and runs every rule over it, collecting all findings at once. Then, in one place: findings a
 * refinement addresses become NOTEs, and the root's {@code pictor-lint.json} and the caller's overrides change
 * severities or suppress findings, per rule and per file.
 */
public final class Linter {

    private final List<LintRule> rules;

    public Linter(List<LintRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** A linter with every built-in rule. */
    public static Linter standard() {
        return new Linter(Rules.all());
    }

    /**
     * Lints a root.
     *
     * @param overrides the front end's overrides; they win over those of {@code pictor-lint.json}
     */
    public LintResult lint(Path root, List<RuleOverride> overrides) throws SchemaRootException {
        Diagnostics diagnostics = new Diagnostics();
        SchemaSet schemas = DocumentLoader.load(root, diagnostics);
        Map<String, String> fragmentTexts = schemas.fragments().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toJackson().toString()));
        LintContext context = new LintContext(schemas, new ReferenceValidator(fragmentTexts));
        List<Diagnostic> found = new ArrayList<>(diagnostics.sorted());
        for (LintRule rule : rules) {
            Findings findings = new Findings(rule.info());
            rule.check(context, findings);
            for (Diagnostic d : findings.all()) {
                found.add(rule.info().refinable() ? noteIfRefined(d, schemas) : d);
            }
        }
        List<RuleOverride> all = new ArrayList<>(schemas.lintRules());
        all.addAll(overrides);
        return applyOverrides(schemas, found, all);
    }

    /** A finding on a node that a refinement changes is kept, as a NOTE that says which refinement addresses it. */
    private static Diagnostic noteIfRefined(Diagnostic d, SchemaSet schemas) {
        if (d.severity() == Severity.ERROR) {
            return d;
        }
        for (ModelDocument model : schemas.models()) {
            if (!model.file().equals(d.location().file())) {
                continue;
            }
            for (Refinement r : model.refinements()) {
                if (JsonPointer.isAtOrBelow(r.path(), d.pointer())) {
                    return new Diagnostic(Severity.NOTE, d.code(), d.location(), d.pointer(), d.message(),
                            "addressed by the refinement of " + r.path() + ": " + r.why());
                }
            }
        }
        return d;
    }

    private static LintResult applyOverrides(SchemaSet schemas, List<Diagnostic> found, List<RuleOverride> overrides) {
        Map<String, java.util.regex.Pattern> globs = new HashMap<>();
        List<Diagnostic> kept = new ArrayList<>();
        int suppressed = 0;
        for (Diagnostic d : found) {
            Optional<RuleOverride> last = Optional.empty();
            for (RuleOverride o : overrides) {
                boolean fileMatches = o.files().isEmpty() || globs
                        .computeIfAbsent(o.files().get(), Glob::compile).matcher(d.location().file()).matches();
                if (o.rule().equals(d.code()) && fileMatches) {
                    last = Optional.of(o);
                }
            }
            if (last.isEmpty()) {
                kept.add(d);
            } else if (last.get().suppresses()) {
                suppressed++;
            } else {
                kept.add(d.withSeverity(last.get().severity().orElseThrow()));
            }
        }
        kept.sort(Diagnostic.ORDER);
        return new LintResult(schemas, kept, suppressed);
    }
}
