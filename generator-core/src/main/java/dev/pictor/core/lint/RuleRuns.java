package dev.pictor.core.lint;

import dev.pictor.core.concurrent.InOrder;
import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.diag.Diagnostics;
import dev.pictor.core.diag.InternalFailure;
import dev.pictor.core.diag.SourceLocation;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.model.SchemaSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the rules over the views of a set (as published, as refined) with the findings, failures and order of a plain
 * loop over the rules, but on several threads and with the cache: the per-document rules ({@link ModelRule}s) run
 * per model document, each document's findings of both views taken from the {@link LintCache} when it did not
 * change; the rules that read several documents run whole, every time.
 *
 * <p>A rule that fails on a document is an {@link InternalFailure} there, and the rule's other findings are kept
 * once each, as {@link Linter} does when a rule fails on the whole set.
 */
final class RuleRuns {

    private final List<LintRule> rules;
    private final InOrder workers;
    private final Optional<LintCache> cache;

    RuleRuns(List<LintRule> rules, InOrder workers, Optional<LintCache> cache) {
        this.rules = List.copyOf(rules);
        this.workers = workers;
        this.cache = cache;
    }

    /** What one rule found on one document (or one set), or how it failed there. */
    private record Outcome(List<Diagnostic> found, Optional<InternalFailure> failure) {}

    /**
     * One model document's outcomes: per view, per rule (only the per-document rules have one), and whether they
     * came from the cache.
     */
    private record ModelOutcomes(List<List<Outcome>> views) {}

    /** One set rule's run on one view: its findings, and the failures found while running it per document. */
    private record SetOutcome(List<Diagnostic> found, Diagnostics failures) {}

    /**
     * The findings of every rule on each view, in the order a loop over the rules (and, within a per-document rule,
     * over the models) gives; each failure of a rule on a document is added to {@code failures}, in that order too.
     */
    List<List<Diagnostic>> run(List<LintContext> views, Diagnostics failures) {
        SchemaSet published = views.get(0).schemas();
        List<ModelDocument> models = published.models();
        List<String> modelRuleCodes = rules.stream()
                .filter(r -> r instanceof ModelRule)
                .map(r -> r.info().code())
                .toList();
        List<Object> work = new ArrayList<>();
        for (int m = 0; m < models.size(); m++) {
            work.add(m);
        }
        for (int view = 0; view < views.size(); view++) {
            for (LintRule rule : rules) {
                if (!(rule instanceof ModelRule)) {
                    work.add(new SetWork(rule, views.get(view)));
                }
            }
        }
        List<Object> done = workers.map(
                work,
                item -> item instanceof SetWork set
                        ? runWhole(set.rule(), set.context())
                        : runModel((Integer) item, views, modelRuleCodes));
        List<List<Diagnostic>> found = new ArrayList<>();
        int next = models.size();
        for (int view = 0; view < views.size(); view++) {
            List<Diagnostic> inView = new ArrayList<>();
            int modelRule = 0;
            for (LintRule rule : rules) {
                if (rule instanceof ModelRule) {
                    inView.addAll(merge(done, models.size(), view, modelRule++, failures));
                } else {
                    SetOutcome outcome = (SetOutcome) done.get(next++);
                    inView.addAll(outcome.found());
                    failures.addFrom(outcome.failures());
                }
            }
            found.add(inView);
        }
        cache.ifPresent(LintCache::trim);
        return found;
    }

    /** A rule that reads the whole set, on one view. */
    private record SetWork(LintRule rule, LintContext context) {}

    /**
     * One per-document rule's findings on one view, over every model in order; when it failed on any, each finding
     * once and each failure as a finding where it happened.
     */
    private static List<Diagnostic> merge(
            List<Object> done, int models, int view, int modelRule, Diagnostics failures) {
        List<Outcome> outcomes = new ArrayList<>();
        for (int m = 0; m < models; m++) {
            outcomes.add(((ModelOutcomes) done.get(m)).views().get(view).get(modelRule));
        }
        boolean failed = outcomes.stream().anyMatch(o -> o.failure().isPresent());
        if (!failed) {
            List<Diagnostic> all = new ArrayList<>();
            outcomes.forEach(o -> all.addAll(o.found()));
            return all;
        }
        Set<Diagnostic> once = new LinkedHashSet<>(); // findings on shared schemas come once per run
        for (Outcome o : outcomes) {
            if (o.failure().isPresent()) {
                failures.failed(o.failure().get());
                once.add(o.failure().get().diagnostic());
            } else {
                once.addAll(o.found());
            }
        }
        return new ArrayList<>(once);
    }

    /** Every per-document rule on one model, on every view: from the cache when the document did not change. */
    private ModelOutcomes runModel(int index, List<LintContext> views, List<String> codes) {
        ModelDocument published = views.get(0).schemas().models().get(index);
        Optional<String> key =
                cache.map(c -> LintCacheKey.of(published, views.get(0).schemas(), codes, c.stamp()));
        if (key.isPresent()) {
            Optional<List<List<List<Diagnostic>>>> kept = cache.get().read(key.get(), codes);
            if (kept.isPresent() && kept.get().size() == views.size()) {
                return new ModelOutcomes(kept.get().stream()
                        .map(view -> view.stream()
                                .map(found -> new Outcome(found, Optional.empty()))
                                .toList())
                        .toList());
            }
        }
        List<List<Outcome>> outcomes = new ArrayList<>();
        for (LintContext context : views) {
            ModelDocument model = context.schemas().models().get(index);
            List<Outcome> perRule = new ArrayList<>();
            for (LintRule rule : rules) {
                if (rule instanceof ModelRule modelRule) {
                    perRule.add(runOn(modelRule, model, context));
                }
            }
            outcomes.add(perRule);
        }
        boolean failed = outcomes.stream()
                .flatMap(List::stream)
                .anyMatch(o -> o.failure().isPresent());
        if (key.isPresent() && !failed) {
            cache.get()
                    .write(
                            key.get(),
                            codes,
                            outcomes.stream()
                                    .map(view ->
                                            view.stream().map(Outcome::found).toList())
                                    .toList());
        }
        return new ModelOutcomes(outcomes);
    }

    private static Outcome runOn(ModelRule rule, ModelDocument model, LintContext context) {
        Findings findings = new Findings(rule.info());
        try {
            rule.check(model, context, findings);
            return new Outcome(findings.all(), Optional.empty());
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(
                    List.of(),
                    Optional.of(InternalFailure.of(
                            SourceLocation.startOf(model.file()),
                            "rule " + rule.info().code(),
                            e)));
        }
    }

    /** A rule that reads the whole set, as {@link Linter} runs it: per document when it fails on the whole. */
    private static SetOutcome runWhole(LintRule rule, LintContext context) {
        Diagnostics failures = new Diagnostics();
        Findings findings = new Findings(rule.info());
        try {
            rule.check(context, findings);
            return new SetOutcome(findings.all(), failures);
        } catch (RuntimeException | StackOverflowError e) {
            if (context.schemas().models().isEmpty()) {
                throw e; // a failure outside any model document
            }
            return new SetOutcome(List.copyOf(Linter.runPerModel(rule, context, failures)), failures);
        }
    }
}
