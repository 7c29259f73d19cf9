package dev.pictor.core.lint.rules;

import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.lint.Findings;
import dev.pictor.core.lint.LintContext;
import dev.pictor.core.lint.ModelRule;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.model.Dialect;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.schema.JsonValues;
import dev.pictor.core.schema.OpenApiNullable;
import dev.pictor.core.schema.SchemaRefs;
import dev.pictor.core.schema.SchemaWalker;

/**
 * A schema no value can satisfy through its allowed values: an empty {@code enum}, or a {@code const} that is not one
 * of the {@code enum}'s values (an empty range is {@code range.min-above-max}). No request can be valid where it
 * applies. Checked on the refined schemas, so that a refinement of either keyword fixes it.
 */
public final class EnumNoValueRule extends ModelRule {

    private static final RuleInfo INFO = new RuleInfo(
            "enum.no-value",
            Severity.ERROR,
            "No value is valid: the enum is empty, or the const is not one of the enum's values.");

    private static final String CHANGE = "list the values the provider accepts, or remove the keyword";

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected void check(ModelDocument model, LintContext context, Findings findings) {
        for (SchemaPart part : SchemaPart.of(model)) {
            SchemaWalker.walk(part.schema(), sub -> {
                if (sub.node() instanceof LocatedObject schema && applies(schema, model.dialect())) {
                    check(schema, SchemaEdit.hint(model, CHANGE), findings);
                }
            });
        }
    }

    /** Draft-07 and OpenAPI 3.0 ignore a {@code $ref}'s siblings; OpenAPI 3.0's {@code nullable} admits null. */
    private static boolean applies(LocatedObject schema, Dialect dialect) {
        return !(SchemaRefs.ignoresSiblings(dialect) && schema.has("$ref"))
                && !OpenApiNullable.declared(schema, dialect);
    }

    private static void check(LocatedObject schema, String hint, Findings findings) {
        schema.array("enum").ifPresent(values -> {
            if (values.items().isEmpty()) {
                findings.report(values, "the enum lists no value: no value is valid", hint);
                return;
            }
            schema.get("const").ifPresent(constant -> {
                if (values.items().stream().noneMatch(v -> JsonValues.equal(v, constant))) {
                    findings.report(
                            constant,
                            "const " + JsonValues.render(constant) + " is not one of the enum values: no value is"
                                    + " valid",
                            hint);
                }
            });
        });
    }
}
