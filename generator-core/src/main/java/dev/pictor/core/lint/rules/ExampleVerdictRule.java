package dev.pictor.core.lint.rules;

import dev.pictor.core.diag.Severity;
import dev.pictor.core.lint.Findings;
import dev.pictor.core.lint.LintContext;
import dev.pictor.core.lint.ModelRule;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.model.Example;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.validate.Validation;
import dev.pictor.core.validate.Violation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Each example must get the verdict it declares from the reference validator, against the refined input schema: a
 * request declared valid that the schema rejects, or one declared invalid that it accepts, means the schema (or the
 * example) is wrong.
 */
public final class ExampleVerdictRule extends ModelRule {

    private static final RuleInfo INFO = new RuleInfo(
            "example.verdict",
            Severity.ERROR,
            "An example declared valid fails the refined input schema, or one declared invalid passes it.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected void check(ModelDocument model, LintContext context, Findings findings) {
        if (!Examples.checkable(model, context)) {
            return; // no examples, or a schema that schema.invalid reports and no verdict can be trusted on
        }
        for (Example example : model.examples()) {
            Validation validation = Examples.validate(model, example, context);
            if (!validation.tooCostly().isEmpty()) {
                continue; // a pattern ran out of steps: no verdict can be trusted (pattern.too-costly says so)
            }
            List<Violation> violations = validation.violations();
            if (example.valid() && !violations.isEmpty()) {
                findings.report(
                        example.node(),
                        "example \"" + example.name() + "\" is declared valid, but the input schema rejects it: "
                                + describe(violations),
                        "correct the example; if the provider accepts this request, "
                                + SchemaEdit.hint(model, "correct the schema"));
            } else if (!example.valid() && violations.isEmpty()) {
                String why = example.why().isEmpty() ? "" : " (\"" + example.why() + "\")";
                findings.report(
                        example.node(),
                        "example \"" + example.name() + "\" is declared invalid" + why
                                + ", but the input schema accepts it",
                        "declare the example valid, or "
                                + SchemaEdit.hint(model, "add the constraint the provider enforces"));
            }
        }
    }

    /** {@code #/num_steps: must have a maximum value of 20; #: property 'x' is not defined ...}, without repeats. */
    private static String describe(List<Violation> violations) {
        Set<String> lines = new LinkedHashSet<>();
        for (Violation v : violations) {
            lines.add("#" + v.pointer() + ": " + v.message());
        }
        return String.join("; ", lines);
    }
}
