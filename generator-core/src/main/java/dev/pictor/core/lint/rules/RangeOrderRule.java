package dev.pictor.core.lint.rules;

import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.lint.Findings;
import dev.pictor.core.lint.LintContext;
import dev.pictor.core.lint.ModelRule;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.model.ModelDocument;
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
                    compare(object, "minimum", "maximum", findings);
                    compare(object, "exclusiveMinimum", "exclusiveMaximum", findings);
                    compare(object, "minLength", "maxLength", findings);
                    compare(object, "minItems", "maxItems", findings);
                    compare(object, "minProperties", "maxProperties", findings);
                }
            });
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
