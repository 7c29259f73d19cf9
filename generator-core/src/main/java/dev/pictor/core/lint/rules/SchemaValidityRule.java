package dev.pictor.core.lint.rules;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.diag.Spelling;
import dev.pictor.core.json.JsonPointer;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedArray;
import dev.pictor.core.lint.Findings;
import dev.pictor.core.lint.LintContext;
import dev.pictor.core.lint.ModelRule;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.schema.Keywords;
import dev.pictor.core.schema.SchemaWalker;
import dev.pictor.core.validate.Violation;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The input and output schemas must conform to their dialect's meta-schema. Run on the refined view too, this
 * catches a refinement that puts a bad value in place (reported where the refinement writes it).
 */
public final class SchemaValidityRule extends ModelRule {

    /** JSON Schema's type names, in the order the specification lists them. */
    static final List<String> TYPE_NAMES = List.of("null", "boolean", "object", "array", "number", "string", "integer");

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
            Set<String> ownMessages = reportTypeNames(part, model, findings);
            List<Violation> all =
                    context.validator().validateSchema(part.schema().toJackson(), model.dialect());
            List<Violation> violations = all.stream()
                    .filter(v -> ownMessages.stream().noneMatch(p -> JsonPointer.isAtOrBelow(v.pointer(), p)))
                    .toList();
            report(
                    part,
                    violations,
                    "the " + part.name() + " schema is not valid " + Keywords.dialectName(model.dialect()),
                    new MetaSchemaFixes(model, part, context.validator(), all),
                    findings);
        }
    }

    /**
     * A {@code type} value that is not one of JSON Schema's seven type names gets its own message with the name it was
     * probably meant to be, instead of the meta-schema's enumeration; returns the pointers (relative to the part) of
     * the {@code type} keywords so reported.
     */
    private static Set<String> reportTypeNames(SchemaPart part, ModelDocument model, Findings findings) {
        Set<String> reported = new LinkedHashSet<>();
        SchemaWalker.walk(
                part.schema(),
                sub -> sub.node().asObject().flatMap(o -> o.get("type")).ifPresent(type -> {
                    List<LocatedNode> names =
                            type.asArray().map(LocatedArray::items).orElse(List.of(type));
                    for (LocatedNode name : names) {
                        name.asText().filter(t -> !TYPE_NAMES.contains(t)).ifPresent(t -> {
                            Optional<String> meant = Spelling.closest(t, TYPE_NAMES);
                            String suggestion = meant.map(k -> "; did you mean \"" + k + "\"?")
                                    .orElse("; the types are " + String.join(", ", TYPE_NAMES));
                            List<SuggestedRefinement> fix = meant
                                    .map(k -> SuggestedRefinement.set(
                                            name.pointer(),
                                            JsonNodeFactory.instance.textNode(k),
                                            "\"" + t + "\" is no JSON Schema type; it is read as the misspelt \"" + k
                                                    + "\"."))
                                    .stream()
                                    .toList();
                            findings.report(
                                    name,
                                    "\"" + t + "\" is not a JSON Schema type" + suggestion,
                                    SchemaEdit.hint(model, "correct the type", fix));
                            reported.add(type.pointer()
                                    .substring(part.schema().pointer().length()));
                        });
                    }
                }));
        return reported;
    }

    /** One finding per offending node, with every distinct complaint about it and the refinement that fixes it. */
    private static void report(
            SchemaPart part, List<Violation> violations, String what, MetaSchemaFixes fixes, Findings findings) {
        Map<String, Set<String>> byPointer = new LinkedHashMap<>();
        for (Violation v : violations) {
            byPointer.computeIfAbsent(v.pointer(), p -> new LinkedHashSet<>()).add(v.message());
        }
        byPointer.forEach((pointer, messages) -> {
            LocatedNode at = part.schema().nearest(pointer);
            String full = part.schema().pointer() + pointer;
            String where = at.pointer().equals(full) ? "" : " at #" + full;
            findings.report(at, what + where + ": " + String.join("; ", messages), fixes.hint(pointer));
        });
    }
}
