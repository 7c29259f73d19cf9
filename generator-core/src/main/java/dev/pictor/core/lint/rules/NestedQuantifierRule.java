package dev.pictor.core.lint.rules;

import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.Member;
import dev.pictor.core.lint.Findings;
import dev.pictor.core.lint.LintContext;
import dev.pictor.core.lint.ModelRule;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.schema.JsonValues;
import dev.pictor.core.schema.SchemaWalker;
import dev.pictor.core.validate.ReferenceValidator;

/**
 * A {@code pattern} (or a {@code patternProperties} name) that repeats a group holding an unbounded quantifier of its
 * own ({@code ^(.*a){12}$}, {@code (a+)+}): on a value that almost matches, a backtracking matcher tries
 * exponentially many ways to split it. The generated validators stop such a match at a step budget and refuse the
 * value, so a provider's pattern cannot make a prompt a denial of service; but a valid value may be refused too.
 */
public final class NestedQuantifierRule extends ModelRule {

    private static final RuleInfo INFO = new RuleInfo(
            "pattern.nested-quantifier",
            Severity.WARNING,
            "A pattern repeats a group that holds an unbounded quantifier: matching it can take exponential time.");

    private static final String CHANGE = "rewrite the pattern so that the repeated part cannot match the same text in"
            + " two ways (let the inner part exclude what follows it: ([^a]*a){12} rather than (.*a){12})";

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected void check(ModelDocument model, LintContext context, Findings findings) {
        String hint = SchemaEdit.hint(model, CHANGE);
        for (SchemaPart part : SchemaPart.of(model)) {
            SchemaWalker.walk(part.schema(), sub -> {
                if (sub.node() instanceof LocatedObject schema) {
                    schema.get("pattern")
                            .ifPresent(p -> p.asText().ifPresent(text -> check(p, text, "", hint, findings)));
                    schema.object("patternProperties").ifPresent(names -> {
                        for (Member m : names.members()) {
                            check(m.value(), m.name(), " (a name of patternProperties)", hint, findings);
                        }
                    });
                }
            });
        }
    }

    private static void check(LocatedNode at, String pattern, String where, String hint, Findings findings) {
        if (ReferenceValidator.patternError(pattern).isPresent()) {
            return; // pattern.invalid
        }
        NestedQuantifiers.find(pattern)
                .ifPresent(group -> findings.report(
                        at,
                        "the pattern " + JsonValues.render(pattern) + where + " repeats " + JsonValues.render(group)
                                + ", a group with an unbounded quantifier inside: on a long value that almost matches,"
                                + " a backtracking matcher takes exponential time; the generated validator stops"
                                + " after a step budget and refuses the value",
                        hint));
    }
}
