package dev.pictor.core.lint.rules;

import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.LocatedString;
import dev.pictor.core.json.LocatedNode.Member;
import dev.pictor.core.lint.Findings;
import dev.pictor.core.lint.LintContext;
import dev.pictor.core.lint.ModelRule;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.model.Example;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.schema.JsonValues;
import dev.pictor.core.schema.SchemaWalker;
import dev.pictor.core.validate.PatternBudget;
import dev.pictor.core.validate.ReferenceValidator;
import dev.pictor.core.validate.Validation;
import java.util.Optional;

/**
 * A {@code pattern} whose match on an example or a default takes more steps than {@link PatternBudget} allows: it
 * backtracks ({@code ^(.*a){12}$} on 46 characters), so lint cannot say whether the value matches, and the generated
 * validator, which matches under the same budget, refuses the value. Reported at the pattern (at the example when the
 * pattern is in a shared file), so that lint and generate end in milliseconds instead of hours.
 */
public final class PatternCostRule extends ModelRule {

    private static final RuleInfo INFO = new RuleInfo(
            "pattern.too-costly",
            Severity.ERROR,
            "A pattern takes more steps than the budget on an example or a default; the generated validator refuses"
                    + " such a value.");

    private static final String CHANGE =
            "rewrite the pattern so that no part of the value can be matched in two ways (no nested quantifiers"
                    + " such as (.*a){12} or (a+)+)";

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected void check(ModelDocument model, LintContext context, Findings findings) {
        String hint = SchemaEdit.hint(model, CHANGE);
        for (SchemaPart part : SchemaPart.of(model)) {
            SchemaWalker.walk(part.schema(), sub -> {
                if (sub.node() instanceof LocatedObject schema
                        && schema.get("default").orElse(null) instanceof LocatedString value) {
                    schema.get("pattern")
                            .filter(p -> p.asText().isPresent())
                            .filter(p ->
                                    ReferenceValidator.patternFinds(p.asText().orElseThrow(), value.value())
                                            == PatternBudget.Outcome.TOO_COSTLY)
                            .ifPresent(p -> findings.report(
                                    p, costly(p.asText().orElseThrow(), "the default " + shown(value)), hint));
                }
            });
        }
        if (!Examples.checkable(model, context)) {
            return; // as example.verdict: no example is checked against a schema that schema.invalid reports
        }
        for (Example example : model.examples()) {
            Validation validation = Examples.validate(model, example, context);
            for (String pattern : validation.tooCostly()) {
                Optional<LocatedNode> written = writtenAt(model.effectiveInput(), pattern);
                findings.report(
                        written.orElse(example.node()),
                        costly(pattern, "a string of example \"" + example.name() + "\""),
                        hint);
            }
        }
    }

    /** Where the input schema writes {@code pattern}: a {@code pattern} keyword or a {@code patternProperties} name. */
    private static Optional<LocatedNode> writtenAt(LocatedNode schema, String pattern) {
        LocatedNode[] found = {null};
        SchemaWalker.walk(schema, sub -> {
            if (found[0] == null && sub.node() instanceof LocatedObject object) {
                object.get("pattern")
                        .filter(p -> p.asText().filter(pattern::equals).isPresent())
                        .ifPresent(p -> found[0] = p);
                object.object("patternProperties").ifPresent(names -> {
                    for (Member m : names.members()) {
                        if (found[0] == null && m.name().equals(pattern)) {
                            found[0] = m.value();
                        }
                    }
                });
            }
        });
        return Optional.ofNullable(found[0]);
    }

    /** The message: which pattern, on what value, and the budget. */
    static String costly(String pattern, String value) {
        return "the pattern " + JsonValues.render(pattern) + " runs out of its step budget ("
                + PatternBudget.BASE_STEPS + " steps plus " + PatternBudget.STEPS_PER_CHARACTER
                + " per character) on " + value
                + ": it backtracks, lint cannot tell whether the value matches, and the generated validator refuses"
                + " such a value";
    }

    private static String shown(LocatedString value) {
        int length = value.value().codePointCount(0, value.value().length());
        return JsonValues.render(value) + " (" + length + " characters)";
    }
}
