package dev.pictor.core.lint.rules;

import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.lint.Findings;
import dev.pictor.core.lint.LintContext;
import dev.pictor.core.lint.ModelRule;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.schema.SchemaWalker;

/**
 * An {@code openapi.*} rule that looks at one schema object at a time, wherever it is written: the linter runs it on
 * every schema of a model document in an OpenAPI dialect, and {@code dev.pictor.core.lint.openapi.OpenApiLint} on
 * every schema an imported operation reaches in the OpenAPI file.
 */
public abstract class OpenApiSchemaRule extends ModelRule {

    private final RuleInfo info;

    /** A rule with this code, default severity and summary. */
    protected OpenApiSchemaRule(RuleInfo info) {
        this.info = info;
    }

    @Override
    public final RuleInfo info() {
        return info;
    }

    @Override
    protected final void check(ModelDocument model, LintContext context, Findings findings) {
        if (OpenApiScope.isOpenApi(model)) {
            OpenApiScope scope = OpenApiScope.of(model);
            for (SchemaPart part : SchemaPart.of(model)) {
                SchemaWalker.walk(part.schema(), sub -> {
                    if (sub.node() instanceof LocatedObject schema) {
                        check(schema, scope, findings);
                    }
                });
            }
        }
    }

    /** Checks one schema object, reporting to {@code findings}, whose rule is this one. */
    public abstract void check(LocatedObject schema, OpenApiScope scope, Findings findings);
}
