package dev.pictor.core.lint.rules;

import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.lint.Findings;
import dev.pictor.core.lint.LintContext;
import dev.pictor.core.lint.ModelRule;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.model.Dialect;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.schema.Bound;
import dev.pictor.core.schema.SchemaWalker;
import java.math.BigDecimal;
import java.util.Optional;

/** A lower bound above its upper bound leaves no valid value: {@code minimum 4096 > maximum 2048}. */
public final class RangeOrderRule extends ModelRule {

    private static final RuleInfo INFO = new RuleInfo(
            "range.min-above-max",
            Severity.ERROR,
            "A lower bound (minimum, minLength, minItems, minProperties) is above its upper bound.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected void check(ModelDocument model, LintContext context, Findings findings) {
        for (var schema : new dev.pictor.core.json.LocatedNode[] {model.input(), model.output()}) {
            SchemaWalker.walk(schema, sub -> {
                if (sub.node() instanceof LocatedObject object) {
                    compareNumbers(object, model.dialect(), findings);
                    compare(object, "minLength", "maxLength", findings);
                    compare(object, "minItems", "maxItems", findings);
                    compare(object, "minProperties", "maxProperties", findings);
                }
            });
        }
    }

    /**
     * The tightest lower and upper numeric bounds, inclusive or exclusive, as {@link Bound} reads them in the
     * document's dialect: {@code minimum 5} with {@code exclusiveMaximum 5} leaves no value either.
     */
    private static void compareNumbers(LocatedObject schema, Dialect dialect, Findings findings) {
        Optional<Bound> lower = Bound.tightest(schema, true, dialect);
        Optional<Bound> upper = Bound.tightest(schema, false, dialect);
        if (lower.isEmpty() || upper.isEmpty()) {
            return;
        }
        int c = lower.get().value().compareTo(upper.get().value());
        if (c > 0 || (c == 0 && (lower.get().exclusive() || upper.get().exclusive()))) {
            findings.report(
                    schema,
                    lower.get().keyword(true) + " " + lower.get().value().toPlainString() + (c > 0 ? " > " : " = ")
                            + upper.get().keyword(false) + " "
                            + upper.get().value().toPlainString()
                            + ": no value is valid",
                    "swap or correct the bounds");
        }
    }

    private static void compare(LocatedObject schema, String low, String high, Findings findings) {
        Optional<BigDecimal> min = schema.number(low);
        Optional<BigDecimal> max = schema.number(high);
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            findings.report(
                    schema,
                    low + " " + min.get().toPlainString() + " > " + high + " "
                            + max.get().toPlainString() + ": no value is valid",
                    "swap or correct the bounds");
        }
    }
}
