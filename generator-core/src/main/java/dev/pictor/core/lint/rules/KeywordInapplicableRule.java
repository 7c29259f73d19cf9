package dev.pictor.core.lint.rules;

import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.LocatedNode.LocatedArray;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.Member;
import dev.pictor.core.lint.Findings;
import dev.pictor.core.lint.LintContext;
import dev.pictor.core.lint.ModelRule;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.model.Dialect;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.schema.SchemaTypes;
import dev.pictor.core.schema.SchemaWalker;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A keyword placed where it constrains nothing: {@code maximum} on a string, {@code minLength} on an array (often a
 * bound meant for the items), {@code properties} on a number. Only schemas with a {@code type} are judged. Also the
 * draft-07 array forms in a draft 2020-12 document, where they no longer mean what the author meant: {@code items}
 * as an array and {@code additionalItems}.
 */
public final class KeywordInapplicableRule extends ModelRule {

    private static final RuleInfo INFO = new RuleInfo(
            "keyword.inapplicable",
            Severity.WARNING,
            "A keyword sits on a schema whose type it cannot constrain, or uses a form its dialect dropped.");

    /** Which kind of value each type-specific keyword constrains. */
    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("minimum", Kind.NUMBER),
            Map.entry("maximum", Kind.NUMBER),
            Map.entry("exclusiveMinimum", Kind.NUMBER),
            Map.entry("exclusiveMaximum", Kind.NUMBER),
            Map.entry("multipleOf", Kind.NUMBER),
            Map.entry("minLength", Kind.STRING),
            Map.entry("maxLength", Kind.STRING),
            Map.entry("pattern", Kind.STRING),
            Map.entry("items", Kind.ARRAY),
            Map.entry("prefixItems", Kind.ARRAY),
            Map.entry("contains", Kind.ARRAY),
            Map.entry("minItems", Kind.ARRAY),
            Map.entry("maxItems", Kind.ARRAY),
            Map.entry("uniqueItems", Kind.ARRAY),
            Map.entry("minContains", Kind.ARRAY),
            Map.entry("maxContains", Kind.ARRAY),
            Map.entry("additionalItems", Kind.ARRAY),
            Map.entry("unevaluatedItems", Kind.ARRAY),
            Map.entry("properties", Kind.OBJECT),
            Map.entry("required", Kind.OBJECT),
            Map.entry("additionalProperties", Kind.OBJECT),
            Map.entry("patternProperties", Kind.OBJECT),
            Map.entry("minProperties", Kind.OBJECT),
            Map.entry("maxProperties", Kind.OBJECT),
            Map.entry("propertyNames", Kind.OBJECT),
            Map.entry("dependentRequired", Kind.OBJECT),
            Map.entry("dependentSchemas", Kind.OBJECT),
            Map.entry("unevaluatedProperties", Kind.OBJECT));

    private enum Kind {
        NUMBER("numbers"),
        STRING("strings"),
        ARRAY("arrays"),
        OBJECT("objects");

        final String plural;

        Kind(String plural) {
            this.plural = plural;
        }

        boolean allowedBy(Set<String> types) {
            return switch (this) {
                case NUMBER -> SchemaTypes.allowsNumbers(types);
                case STRING -> types.contains("string");
                case ARRAY -> types.contains("array");
                case OBJECT -> types.contains("object");
            };
        }
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected void check(ModelDocument model, LintContext context, Findings findings) {
        for (SchemaPart part : SchemaPart.of(model)) {
            SchemaWalker.walk(part.schema(), sub -> {
                if (sub.node() instanceof LocatedObject schema) {
                    check(schema, model.dialect(), findings);
                }
            });
        }
    }

    private static void check(LocatedObject schema, Dialect dialect, Findings findings) {
        Optional<Set<String>> types = SchemaTypes.declared(schema);
        for (Member m : schema.members()) {
            if ((dialect == Dialect.DRAFT_2020_12 || dialect == Dialect.OPENAPI_3_1) && droppedForm(m, findings)) {
                continue;
            }
            Kind kind = KINDS.get(m.name());
            if (kind == null || types.isEmpty() || kind.allowedBy(types.get())) {
                continue;
            }
            boolean itemBound = (kind == Kind.NUMBER || kind == Kind.STRING)
                    && types.get().contains("array")
                    && schema.has("items");
            findings.report(
                    m.value(),
                    "\"" + m.name() + "\" constrains only " + kind.plural + ", but the type is "
                            + SchemaTypes.describe(types.get()) + ", so it has no effect",
                    itemBound ? "did you mean to put it under \"items\"?" : "remove it, or correct the type");
        }
    }

    /** Reports the draft-07 array forms that draft 2020-12 dropped or redefined; true when the member is one. */
    private static boolean droppedForm(Member m, Findings findings) {
        if (m.name().equals("items") && m.value() instanceof LocatedArray) {
            findings.report(
                    m.value(),
                    "\"items\" is an array, the draft-07 form for positional item schemas, which"
                            + " draft 2020-12 no longer has",
                    "write the positional schemas as \"prefixItems\", and the schema of any further items as"
                            + " \"items\"");
            return true;
        }
        if (m.name().equals("additionalItems")) {
            findings.report(
                    m.value(),
                    "\"additionalItems\" is a draft-07 keyword that draft 2020-12 no longer has",
                    "write the positional schemas as \"prefixItems\", and the schema of any further items as"
                            + " \"items\"");
            return true;
        }
        return false;
    }
}
