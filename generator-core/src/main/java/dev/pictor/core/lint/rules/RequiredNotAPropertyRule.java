package dev.pictor.core.lint.rules;

import dev.pictor.core.diag.Severity;
import dev.pictor.core.diag.Spelling;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.LocatedString;
import dev.pictor.core.json.LocatedNode.Member;
import dev.pictor.core.lint.Findings;
import dev.pictor.core.lint.LintContext;
import dev.pictor.core.lint.ModelRule;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.schema.SchemaWalker;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A name in {@code required} that the same schema object does not declare under {@code properties}: usually a
 * misspelling, and then no request can satisfy both the required name and the typed field. Only objects that declare
 * {@code properties} are judged. Checked on the refined schemas, so that a refinement of {@code required} fixes it.
 */
public final class RequiredNotAPropertyRule extends ModelRule {

    private static final RuleInfo INFO = new RuleInfo(
            "required.not-a-property",
            Severity.ERROR,
            "A name in required is not declared under properties of the same schema.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected void check(ModelDocument model, LintContext context, Findings findings) {
        for (SchemaPart part : SchemaPart.of(model)) {
            SchemaWalker.walk(part.schema(), sub -> {
                if (sub.node() instanceof LocatedObject schema) {
                    schema.object("properties")
                            .ifPresent(properties -> schema.array("required")
                                    .ifPresent(required -> check(properties, required.items(), findings)));
                }
            });
        }
    }

    private static void check(LocatedObject properties, List<LocatedNode> required, Findings findings) {
        List<String> names = properties.members().stream().map(Member::name).toList();
        Set<String> declared = new HashSet<>(names); // one lookup per name: required may list thousands
        for (LocatedNode item : required) {
            if (item instanceof LocatedString name && !declared.contains(name.value())) {
                findings.report(
                        item,
                        "\"" + name.value() + "\" is required but is not declared under properties",
                        Spelling.closest(name.value(), names)
                                .map(n -> "did you mean \"" + n + "\"?")
                                .orElse("declare it under properties, or remove it from required"));
            }
        }
    }
}
