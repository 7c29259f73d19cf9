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
import java.util.List;
import java.util.Optional;

/**
 * A description states a default ("Default: 4", "defaults to 4", "默认值:768") that the schema's {@code default}
 * does not carry, or contradicts. Generated code documents and tests against the keyword only.
 */
public final class ProseDefaultRule extends ModelRule {

    private static final RuleInfo INFO = new RuleInfo(
            "description.prose-default",
            Severity.WARNING,
            "A description states a default that the schema has not, or that differs from its default.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected void check(ModelDocument model, LintContext context, Findings findings) {
        for (LocatedNode schema : List.of(model.input(), model.output())) {
            SchemaWalker.walk(schema, sub -> {
                if (sub.node() instanceof LocatedObject object) {
                    SchemaFacts.description(object)
                            .flatMap(DescriptionProse::statedDefault)
                            .ifPresent(stated -> check(object, stated, model, findings));
                }
            });
        }
    }

    private static void check(
            LocatedObject schema, DescriptionProse.StatedValue stated, ModelDocument model, Findings findings) {
        Optional<LocatedNode> keyword = schema.get("default");
        if (keyword.isEmpty()) {
            findings.report(
                    schema,
                    "the description states default " + stated.shown() + " but the schema has no default",
                    SchemaEdit.hint(model, "add the default"));
        } else if (!stated.matches(keyword.get())) {
            findings.report(
                    schema,
                    "the description states default " + stated.shown() + " but the schema's default is "
                            + SchemaFacts.shown(keyword.get()),
                    SchemaEdit.hint(model, "check which default the provider applies and correct the schema"));
        }
    }
}
