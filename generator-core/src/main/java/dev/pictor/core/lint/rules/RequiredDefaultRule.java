package dev.pictor.core.lint.rules;

import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedArray;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.lint.Findings;
import dev.pictor.core.lint.LintContext;
import dev.pictor.core.lint.ModelRule;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.schema.SchemaWalker;
import java.util.Optional;

/**
 * A required property that also has a default: every valid request sets it, so the default can never apply. Either
 * the property is really optional (the provider fills in the default) or the default is noise. Reported at
 * {@code required}, since the usual fix is a refinement of it.
 */
public final class RequiredDefaultRule extends ModelRule {

    private static final RuleInfo INFO = new RuleInfo(
            "required.has-default", Severity.WARNING, "A required property also has a default, which can never apply.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected void check(ModelDocument model, LintContext context, Findings findings) {
        SchemaWalker.walk(model.input(), sub -> {
            if (sub.node() instanceof LocatedObject object
                    && object.get("required").orElse(null) instanceof LocatedArray required) {
                Optional<LocatedObject> properties = object.object("properties");
                for (String name : SchemaFacts.names(Optional.of(required)).stream()
                        .distinct()
                        .toList()) {
                    properties
                            .flatMap(p -> p.object(name))
                            .flatMap(p -> p.get("default"))
                            .ifPresent(value -> report(required, name, value, model, findings));
                }
            }
        });
    }

    private static void report(
            LocatedArray required, String name, LocatedNode value, ModelDocument model, Findings findings) {
        String quoted = SchemaFacts.quoted(name);
        findings.report(
                required,
                quoted + " is required and also has default " + SchemaFacts.shown(value)
                        + "; the default can never apply",
                SchemaEdit.hint(
                        model,
                        "if the provider fills in the default, remove " + quoted + " from " + required.pointer()
                                + "; otherwise remove the default"));
    }
}
