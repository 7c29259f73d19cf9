package dev.pictor.core.lint;

import dev.pictor.core.model.ModelDocument;

/** A rule that looks at one model document at a time. */
public abstract class ModelRule implements LintRule {

    @Override
    public final void check(LintContext context, Findings findings) {
        for (ModelDocument model : context.schemas().models()) {
            check(model, context, findings);
        }
    }

    protected abstract void check(ModelDocument model, LintContext context, Findings findings);
}
