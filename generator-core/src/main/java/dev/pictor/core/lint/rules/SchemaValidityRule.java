package dev.pictor.core.lint.rules;

import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.lint.Findings;
import dev.pictor.core.lint.LintContext;
import dev.pictor.core.lint.ModelRule;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.validate.Violation;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The input and output schemas must conform to their dialect's meta-schema. Run on the refined view too, this
 * catches a refinement that puts a bad value in place (reported where the refinement writes it).
 */
public final class SchemaValidityRule extends ModelRule {

    private static final RuleInfo INFO = new RuleInfo(
            "schema.invalid",
            Severity.ERROR,
            "The input or output schema does not conform to its dialect's meta-schema.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected void check(ModelDocument model, LintContext context, Findings findings) {
        for (SchemaPart part : SchemaPart.of(model)) {
            List<Violation> violations =
                    context.validator().validateSchema(part.schema().toJackson(), model.dialect());
            report(
                    part,
                    violations,
                    "the " + part.name() + " schema is not valid " + Keywords.dialectName(model.dialect()),
                    "correct the schema; if the provider publishes it this way, correct it with a refinement",
                    findings);
        }
    }

    /** One finding per offending node, with every distinct complaint about it. */
    private static void report(
            SchemaPart part, List<Violation> violations, String what, String hint, Findings findings) {
        Map<String, Set<String>> byPointer = new LinkedHashMap<>();
        for (Violation v : violations) {
            byPointer.computeIfAbsent(v.pointer(), p -> new LinkedHashSet<>()).add(v.message());
        }
        byPointer.forEach((pointer, messages) -> {
            LocatedNode at = part.schema().nearest(pointer);
            String full = part.schema().pointer() + pointer;
            String where = at.pointer().equals(full) ? "" : " at #" + full;
            findings.report(at, what + where + ": " + String.join("; ", messages), hint);
        });
    }
}
