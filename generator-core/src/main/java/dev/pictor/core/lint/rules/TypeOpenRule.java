package dev.pictor.core.lint.rules;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.JsonPointer;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedBoolean;
import dev.pictor.core.json.LocatedNode.LocatedNull;
import dev.pictor.core.json.LocatedNode.LocatedNumber;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.lint.Findings;
import dev.pictor.core.lint.LintContext;
import dev.pictor.core.lint.ModelRule;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.schema.Keywords;
import dev.pictor.core.schema.SchemaTypes;
import dev.pictor.core.schema.SchemaWalker;
import java.util.List;
import java.util.Optional;

/**
 * A property whose schema leaves its value open ({@code {}}, {@code true}, or a schema of annotations only: no
 * {@code type}, no constraint, no applicator, no {@code $ref}): any JSON value is valid, so the generated code holds
 * it as {@code JsonValue}. Often the provider simply did not write the type down; a refinement that states it makes
 * the property a real Java type.
 */
public final class TypeOpenRule extends ModelRule {

    private static final RuleInfo INFO = new RuleInfo(
            "type.open",
            Severity.NOTE,
            "A property's schema states no type and no constraint, so the generated code holds it as JsonValue.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected void check(ModelDocument model, LintContext context, Findings findings) {
        for (SchemaPart part : SchemaPart.of(model)) {
            SchemaWalker.walk(part.schema(), sub -> {
                if (sub.isProperty() && isOpen(sub.node())) {
                    report(model, part, sub.name(), sub.node(), findings);
                }
            });
        }
    }

    /** True for {@code true}, and for an object schema with no assertion keyword (annotations only, or nothing). */
    static boolean isOpen(LocatedNode schema) {
        if (schema instanceof LocatedBoolean b) {
            return b.value();
        }
        return schema instanceof LocatedObject object
                && object.members().stream().noneMatch(m -> Keywords.ASSERTIONS.contains(m.name()));
    }

    private static void report(
            ModelDocument model, SchemaPart part, String name, LocatedNode schema, Findings findings) {
        String type = JsonPointer.append(schema.pointer(), "type");
        String change = schema instanceof LocatedObject
                ? "state its type at " + type
                : "replace " + schema.pointer() + " with a schema that states its type";
        List<SuggestedRefinement> fix = List.of();
        Optional<String> fromDefault = defaultType(schema);
        if (fromDefault.isPresent()) {
            change = "if it takes only " + SchemaTypes.withArticle(fromDefault.get()) + ", " + change;
            fix = List.of(SuggestedRefinement.set(
                    type,
                    JsonNodeFactory.instance.textNode(fromDefault.get()),
                    "The published default is " + SchemaTypes.withArticle(fromDefault.get()) + "."));
        }
        findings.report(
                schema,
                "property " + SchemaFacts.quoted(name) + " of the " + part.name()
                        + " schema states no type and no constraint: any JSON value is valid, and the generated"
                        + " code holds it as JsonValue",
                SchemaEdit.hint(model, change, fix));
    }

    /**
     * The JSON type of the schema's default, when it has one that is not null; a number is an integer only when
     * written as one ({@code 7.0} is a guidance scale's number).
     */
    private static Optional<String> defaultType(LocatedNode schema) {
        return schema.asObject()
                .flatMap(o -> o.get("default"))
                .filter(v -> !(v instanceof LocatedNull))
                .map(v -> v instanceof LocatedNumber n && !n.literal().matches("-?[0-9]+") ? "number" : v.jsonType());
    }
}
