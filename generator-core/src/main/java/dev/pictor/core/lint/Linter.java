package dev.pictor.core.lint;

import dev.pictor.core.concurrent.InOrder;
import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.InternalFailure;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.diag.SourceLocation;
import dev.pictor.core.io.Glob;
import dev.pictor.core.json.JsonPointer;
import dev.pictor.core.load.DocumentLoader;
import dev.pictor.core.load.Progress;
import dev.pictor.core.load.SchemaRoot;
import dev.pictor.core.load.SchemaRootException;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.Refinement;
import dev.pictor.core.model.RuleOverride;
import dev.pictor.core.model.SchemaSet;
import dev.pictor.core.validate.ReferenceValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads a schemas root and runs every rule over it, collecting all findings at once, and reports what generate would
 * refuse ({@link LinkCheck}); a failure of Pictor itself on one document is an {@link InternalFailure} on that
 * document. Then, in one place: findings a
 * refinement addresses become NOTEs, and the root's {@code pictor-lint.json} and the caller's overrides change
 * severities or suppress findings, per rule and per file (the last matching override wins).
 */
public final class Linter {

    private final List<LintRule> rules;

    /** Whether the models are linked as generate links them, to report what generate would refuse. */
    private final boolean linkCheck;

    /** The threads the documents are linted and linked on. */
    private final InOrder workers;

    /** Where the findings of unchanged documents are kept, if anywhere. */
    private final Optional<LintCache> cache;

    /** A linter with the given rules only (a rule's own test, for example), without {@link LinkCheck}. */
    public Linter(List<LintRule> rules) {
        this(rules, false, InOrder.SEQUENTIAL, Optional.empty());
    }

    private Linter(List<LintRule> rules, boolean linkCheck, InOrder workers, Optional<LintCache> cache) {
        this.rules = List.copyOf(rules);
        this.linkCheck = linkCheck;
        this.workers = workers;
        this.cache = cache;
    }

    /**
     * A linter with every built-in rule, which also reports what generate would refuse ({@link LinkCheck}), on
     * every available processor, with no cache.
     */
    public static Linter standard() {
        return new Linter(Rules.all(), true, InOrder.availableProcessors(), Optional.empty());
    }

    /**
     * This linter, linting and linking the documents on {@code workers}; the findings are those of one thread, in
     * the same order.
     */
    public Linter withWorkers(InOrder workers) {
        return new Linter(rules, linkCheck, workers, cache);
    }

    /**
     * This linter, taking the findings of the per-document rules on a document that did not change from {@code
     * cache}, and keeping those of the others there; the findings are those of a run without it, in the same order.
     */
    public Linter withCache(LintCache cache) {
        return new Linter(rules, linkCheck, workers, Optional.of(cache));
    }

    /**
     * Lints a root.
     *
     * @param overrides the front end's overrides; they win over those of {@code pictor-lint.json}
     */
    public LintResult lint(Path root, List<RuleOverride> overrides) throws SchemaRootException {
        return lint(root, overrides, Progress.NONE);
    }

    /**
     * Lints a root, telling {@code progress} after each document read.
     *
     * @param overrides the front end's overrides; they win over those of {@code pictor-lint.json}
     */
    public LintResult lint(Path root, List<RuleOverride> overrides, Progress progress) throws SchemaRootException {
        Diagnostics diagnostics = new Diagnostics();
        SchemaSet schemas = DocumentLoader.load(SchemaRoot.open(root), diagnostics, progress);
        ReferenceValidator validator = ReferenceValidator.forSchemas(schemas);
        List<Diagnostic> found = new ArrayList<>(diagnostics.sorted());
        Diagnostics failures = new Diagnostics();
        List<List<Diagnostic>> views = new RuleRuns(rules, workers, cache)
                .run(
                        List.of(new LintContext(schemas, validator), new LintContext(schemas.refined(), validator)),
                        failures);
        found.addAll(compareViews(schemas, views.get(0), views.get(1)));
        Set<String> erroneous = found.stream() // a node lint already refuses needs no second finding
                .filter(d -> d.severity() == Severity.ERROR)
                .map(Linter::place)
                .collect(Collectors.toSet());
        (linkCheck ? LinkCheck.errors(schemas, failures, workers) : List.<Diagnostic>of())
                .stream().filter(d -> !erroneous.contains(place(d))).forEach(found::add);
        List<RuleOverride> all = new ArrayList<>(schemas.lintRules());
        all.addAll(overrides);
        Map<Diagnostic, InternalFailure> failed = new LinkedHashMap<>(); // a failure in both views is one
        diagnostics.failures().forEach(f -> failed.putIfAbsent(f.diagnostic(), f));
        failures.failures().forEach(f -> failed.putIfAbsent(f.diagnostic(), f));
        return applyOverrides(schemas, found, all, List.copyOf(failed.values()));
    }

    /**
     * A rule that failed on the whole set is run again on one model at a time (with the set's providers and shared
     * schemas), so that the failure is an {@link InternalFailure} on the document it happened on and every other
     * document still gets the rule's findings.
     */
    static Collection<Diagnostic> runPerModel(LintRule rule, LintContext context, Diagnostics failures) {
        SchemaSet set = context.schemas();
        Set<Diagnostic> found = new LinkedHashSet<>(); // findings on shared schemas come once per run
        for (ModelDocument model : set.models()) {
            SchemaSet one =
                    new SchemaSet(set.providers(), List.of(model), set.fragments(), set.lintRules(), set.uris());
            Findings findings = new Findings(rule.info());
            try {
                rule.check(new LintContext(one, context.validator()), findings);
                found.addAll(findings.all());
            } catch (RuntimeException | StackOverflowError e) {
                InternalFailure failure = InternalFailure.of(
                        SourceLocation.startOf(model.file()),
                        "rule " + rule.info().code(),
                        e);
                failures.failed(failure);
                found.add(failure.diagnostic());
            }
        }
        return found;
    }

    /**
     * Rules run twice: on the schemas as published and as refined. A finding of the published view that the refined
     * view no longer has is addressed by a refinement: it is kept, as a NOTE, because the provider's page is still
     * wrong. A finding only the refined view has was brought in by a refinement and is kept as it is.
     */
    private static List<Diagnostic> compareViews(
            SchemaSet schemas, List<Diagnostic> published, List<Diagnostic> refined) {
        Set<String> refinedKeys = refined.stream().map(Linter::key).collect(Collectors.toSet());
        Set<String> publishedKeys = published.stream().map(Linter::key).collect(Collectors.toSet());
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : published) {
            out.add(refinedKeys.contains(key(d)) ? d : addressed(d, schemas));
        }
        refined.stream().filter(d -> !publishedKeys.contains(key(d))).forEach(out::add);
        return out;
    }

    private static String place(Diagnostic d) {
        return d.location().file() + " " + d.pointer();
    }

    private static String key(Diagnostic d) {
        return d.code() + " " + d.location().file() + " " + d.pointer();
    }

    /** The finding as a NOTE whose hint names the refinements of the flagged node (or of its document). */
    private static Diagnostic addressed(Diagnostic d, SchemaSet schemas) {
        List<String> paths = schemas.models().stream()
                .filter(model -> model.file().equals(d.location().file()))
                .flatMap(model -> model.refinements().stream())
                .map(Refinement::path)
                .filter(path ->
                        JsonPointer.isAtOrBelow(path, d.pointer()) || JsonPointer.isAtOrBelow(d.pointer(), path))
                .distinct()
                .toList();
        String hint = paths.isEmpty()
                ? "addressed by the refinements of this document"
                : "addressed by the refinement" + (paths.size() > 1 ? "s" : "") + " of " + String.join(", ", paths);
        return new Diagnostic(Severity.NOTE, d.code(), d.location(), d.pointer(), d.message(), hint);
    }

    private static LintResult applyOverrides(
            SchemaSet schemas, List<Diagnostic> found, List<RuleOverride> overrides, List<InternalFailure> failures) {
        Map<String, java.util.regex.Pattern> globs = new HashMap<>();
        List<Diagnostic> kept = new ArrayList<>();
        int suppressed = 0;
        for (Diagnostic d : found) {
            Optional<RuleOverride> last = Optional.empty();
            for (RuleOverride o : overrides) {
                boolean fileMatches = o.files().isEmpty()
                        || globs.computeIfAbsent(o.files().get(), Glob::compile)
                                .matcher(d.location().file())
                                .matches();
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
        return new LintResult(schemas, kept, suppressed, failures);
    }
}
