package dev.pictor.core.lint.rules;

import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.lint.Findings;
import dev.pictor.core.lint.LintContext;
import dev.pictor.core.lint.ModelRule;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.schema.DescriptionProse;
import dev.pictor.core.schema.SchemaWalker;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A description states a bound, a step or a list of values that the keywords do not carry: "A value between 0
 * and 1" on a number with no minimum or maximum, "需要为 64 的倍数" with no multipleOf. Generated validators see only
 * keywords.
 */
public final class ProseRangeRule extends ModelRule {

    private static final RuleInfo INFO = new RuleInfo(
            "description.prose-range",
            Severity.WARNING,
            "A description states a bound, step or allowed values that the schema's keywords do not carry.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected void check(ModelDocument model, LintContext context, Findings findings) {
        for (LocatedNode schema : List.of(model.input(), model.output())) {
            SchemaWalker.walk(schema, sub -> {
                if (sub.node() instanceof LocatedObject object && SchemaFacts.isNumeric(object)) {
                    SchemaFacts.description(object)
                            .ifPresent(d -> check(object, DescriptionProse.bounds(d), model, findings));
                }
            });
        }
    }

    /** What disagrees between prose and keywords, gathered for one message. */
    private static final class Gaps {
        final List<String> missing = new ArrayList<>();
        final List<String> keywords = new ArrayList<>();
        final List<String> conflicts = new ArrayList<>();

        void missing(String stated, String keyword) {
            missing.add(stated);
            keywords.add(keyword);
        }
    }

    private static void check(
            LocatedObject schema, DescriptionProse.Bounds stated, ModelDocument model, Findings findings) {
        Gaps gaps = new Gaps();
        Optional<List<BigDecimal>> allowed = SchemaFacts.allowedNumbers(schema);
        stated.minimum().ifPresent(min -> side(schema, "minimum", "exclusiveMinimum", min, allowed, -1, gaps));
        stated.maximum().ifPresent(max -> side(schema, "maximum", "exclusiveMaximum", max, allowed, 1, gaps));
        stated.multipleOf().ifPresent(step -> {
            Optional<BigDecimal> keyword = schema.number("multipleOf");
            if (keyword.isPresent()) {
                if (keyword.get().compareTo(step) != 0) {
                    gaps.conflicts.add(
                            "multiple of " + plain(step) + " but the schema has multipleOf " + plain(keyword.get()));
                }
            } else if (allowed.isEmpty()
                    || allowed.get().stream().anyMatch(v -> v.remainder(step).signum() != 0)) {
                gaps.missing("multiple of " + plain(step), "multipleOf");
            }
        });
        if (!stated.values().isEmpty()) {
            values(schema, stated.values(), allowed, gaps);
        }
        report(schema, gaps, model, findings);
    }

    /**
     * One side of the range. A stated bound agrees with an inclusive or an exclusive keyword of the same value (prose
     * rarely says which it means), and with an enum whose values all lie on the right side of it.
     *
     * @param outside the sign of {@code value.compareTo(stated)} for a value the stated bound excludes
     */
    private static void side(
            LocatedObject schema,
            String inclusive,
            String exclusive,
            BigDecimal stated,
            Optional<List<BigDecimal>> allowed,
            int outside,
            Gaps gaps) {
        Optional<BigDecimal> in = schema.number(inclusive);
        Optional<BigDecimal> ex = schema.number(exclusive);
        String said = inclusive + " " + plain(stated);
        if (in.isPresent() || ex.isPresent()) {
            boolean agrees = in.map(v -> v.compareTo(stated) == 0).orElse(false)
                    || ex.map(v -> v.compareTo(stated) == 0).orElse(false);
            if (!agrees) {
                gaps.conflicts.add(said + " but the schema has "
                        + (in.isPresent() ? inclusive + " " + plain(in.get()) : exclusive + " " + plain(ex.get())));
            }
        } else if (allowed.isPresent()) {
            allowed.get().stream()
                    .filter(v -> v.compareTo(stated) == outside)
                    .findFirst()
                    .ifPresent(v -> gaps.conflicts.add(said + " but the schema allows " + plain(v)));
        } else {
            gaps.missing(said, inclusive);
        }
    }

    private static void values(
            LocatedObject schema, List<BigDecimal> stated, Optional<List<BigDecimal>> allowed, Gaps gaps) {
        String shown = "allowed values "
                + String.join(", ", stated.stream().map(ProseRangeRule::plain).toList());
        if (allowed.isPresent()) {
            if (!sameSet(allowed.get(), stated)) {
                gaps.conflicts.add(shown + " but the schema allows "
                        + String.join(
                                ", ",
                                allowed.get().stream()
                                        .map(ProseRangeRule::plain)
                                        .toList()));
            }
            return;
        }
        if (!coveredByRange(schema, stated)) {
            gaps.missing(shown, "enum");
        }
    }

    /** An integer range whose every value is stated ("must be 1 or 2" with minimum 1, maximum 2) carries the list. */
    private static boolean coveredByRange(LocatedObject schema, List<BigDecimal> stated) {
        Optional<BigDecimal> min = schema.number("minimum");
        Optional<BigDecimal> max = schema.number("maximum");
        if (min.isEmpty() || max.isEmpty() || !SchemaFacts.types(schema).equals(Set.of("integer"))) {
            return false;
        }
        TreeSet<BigDecimal> values = new TreeSet<>(stated);
        if (values.first().compareTo(min.get()) != 0 || values.last().compareTo(max.get()) != 0) {
            return false;
        }
        return max.get().subtract(min.get()).intValue() + 1 == values.size()
                && values.stream().allMatch(v -> v.stripTrailingZeros().scale() <= 0);
    }

    private static boolean sameSet(List<BigDecimal> a, List<BigDecimal> b) {
        return new TreeSet<>(a).equals(new TreeSet<>(b));
    }

    private static void report(LocatedObject schema, Gaps gaps, ModelDocument model, Findings findings) {
        if (gaps.missing.isEmpty() && gaps.conflicts.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        if (!gaps.missing.isEmpty()) {
            parts.add("the description states " + SchemaFacts.join(gaps.missing, "and") + " but the schema has no "
                    + SchemaFacts.join(gaps.keywords, "or"));
        }
        gaps.conflicts.forEach(c -> parts.add("the description states " + c));
        String hint = !gaps.conflicts.isEmpty()
                ? SchemaEdit.hint(model, "check which the provider enforces and correct the schema")
                : SchemaEdit.hint(model, gaps.missing.size() == 1 ? "add it" : "add them");
        findings.report(schema, String.join("; ", parts), hint);
    }

    private static String plain(BigDecimal number) {
        return SchemaFacts.plain(number);
    }
}
