package dev.pictor.core.lint.rules;

import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.lint.Findings;
import dev.pictor.core.lint.LintContext;
import dev.pictor.core.lint.ModelRule;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.model.ModelDocument;

/**
 * An OpenAPI operation without an {@code operationId} (Runway's 64): OpenAPI allows it, so nothing breaks, but the
 * operation has no name of its own. The import derives the model id from the method and path (unless
 * {@code --model} names it), and an id the provider adds later names the same operation differently.
 */
public final class OpenApiOperationIdRule extends ModelRule {

    /** The rule's code, default severity and summary. */
    public static final RuleInfo INFO = new RuleInfo(
            "openapi.operation-id",
            Severity.NOTE,
            "An OpenAPI operation has no operationId, so its model id is derived from its method and path.");

    private static final String HINT = "nothing breaks; ask the provider to name the operation, and pick a stable"
            + " model id with --model at import";

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected void check(ModelDocument model, LintContext context, Findings findings) {
        model.operation()
                .filter(o -> o.operationId().isEmpty())
                .ifPresent(o -> findings.report(
                        o.node(),
                        "the operation " + o.method() + " " + o.path() + " (" + o.file() + " line " + o.line()
                                + ") has no operationId, so the model id " + model.model()
                                + " was derived from its method and path, or named at import",
                        HINT));
    }

    /** Reports an operation of the OpenAPI file that has no {@code operationId}, at the operation. */
    public static void check(LocatedObject operation, String method, String path, Findings findings) {
        if (operation.text("operationId").isEmpty()) {
            findings.report(
                    operation,
                    "the operation " + method + " " + path + " has no operationId, so the import derives its model id"
                            + " from the method and path",
                    HINT);
        }
    }
}
