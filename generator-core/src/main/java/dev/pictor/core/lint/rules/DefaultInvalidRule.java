package dev.pictor.core.lint.rules;

import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedArray;
import dev.pictor.core.json.LocatedNode.LocatedNumber;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.json.LocatedNode.LocatedString;
import dev.pictor.core.lint.Findings;
import dev.pictor.core.lint.LintContext;
import dev.pictor.core.lint.ModelRule;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.model.Dialect;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.schema.Bound;
import dev.pictor.core.schema.JsonValues;
import dev.pictor.core.schema.OpenApiNullable;
import dev.pictor.core.schema.SchemaTypes;
import dev.pictor.core.schema.SchemaWalker;
import dev.pictor.core.validate.PatternBudget;
import dev.pictor.core.validate.ReferenceValidator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A {@code default} that its own schema rejects: of the wrong type, outside the bounds, not among the enum values,
 * not the const, of the wrong length, not matching the pattern. The provider's default or its bound is wrong, and a client cannot know which.
 * Checked on the refined schemas.
 */
public final class DefaultInvalidRule extends ModelRule {

    private static final RuleInfo INFO = new RuleInfo(
            "default.invalid",
            Severity.WARNING,
            "A default value is rejected by its own schema (type, bounds, enum, const, length or pattern).");

    private static final String CHANGE =
            "find out what the provider really uses, and correct the default or the" + " constraint";

    /** How many enum values a message lists before it cuts the list short. */
    private static final int ENUM_SHOWN = 8;

    private static final List<String> BOUNDS = List.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected void check(ModelDocument model, LintContext context, Findings findings) {
        for (SchemaPart part : SchemaPart.of(model)) {
            SchemaWalker.walk(part.schema(), sub -> {
                if (sub.node() instanceof LocatedObject schema) {
                    schema.get("default")
                            .ifPresent(value ->
                                    check(schema, model.dialect(), value, SchemaEdit.hint(model, CHANGE), findings));
                }
            });
        }
    }

    private static void check(
            LocatedObject schema, Dialect dialect, LocatedNode value, String hint, Findings findings) {
        if (value.jsonType().equals("null") && OpenApiNullable.declared(schema, dialect)) {
            return; // OpenAPI 3.0: nullable admits null whatever else the schema says
        }
        String shown = "default " + JsonValues.render(value);
        Optional<Set<String>> types = SchemaTypes.declared(schema);
        if (types.isPresent() && !SchemaTypes.allows(types.get(), value.jsonType())) {
            findings.report(
                    value,
                    shown + " is " + SchemaTypes.withArticle(value.jsonType()) + ", but the type is "
                            + SchemaTypes.describe(types.get()),
                    hint);
            return;
        }
        schema.array("enum").ifPresent(values -> {
            if (values.items().stream().noneMatch(v -> JsonValues.equal(v, value))) {
                findings.report(value, shown + " is not one of the enum values " + list(values), hint);
            }
        });
        schema.get("const").ifPresent(constant -> {
            if (!JsonValues.equal(constant, value)) {
                findings.report(value, shown + " is not the const " + JsonValues.render(constant), hint);
            }
        });
        if (value instanceof LocatedNumber number) {
            checkNumber(schema, dialect, number.value(), shown, value, hint, findings);
        }
        if (value instanceof LocatedString text) {
            int length = text.value().codePointCount(0, text.value().length());
            schema.number("minLength")
                    .filter(min -> BigDecimal.valueOf(length).compareTo(min) < 0)
                    .ifPresent(min -> findings.report(
                            value,
                            shown + " has " + length + " characters, fewer than the minLength " + min.toPlainString(),
                            hint));
            schema.number("maxLength")
                    .filter(max -> BigDecimal.valueOf(length).compareTo(max) > 0)
                    .ifPresent(max -> findings.report(
                            value,
                            shown + " has " + length + " characters, more than the maxLength " + max.toPlainString(),
                            hint));
            schema.text("pattern")
                    // a match past the step budget is pattern.too-costly's
                    .filter(pattern ->
                            ReferenceValidator.patternFinds(pattern, text.value()) == PatternBudget.Outcome.NOT_FOUND)
                    .ifPresent(pattern -> findings.report(
                            value,
                            shown + " does not match the pattern "
                                    + JsonValues.render(schema.get("pattern").orElseThrow()),
                            hint));
        }
    }

    private static void checkNumber(
            LocatedObject schema,
            Dialect dialect,
            BigDecimal n,
            String shown,
            LocatedNode value,
            String hint,
            Findings findings) {
        for (String keyword : BOUNDS) {
            boolean lower = Bound.isLower(keyword);
            Bound.stated(schema, keyword, dialect)
                    .filter(b -> !admits(b, n, lower))
                    .ifPresent(b -> findings.report(value, shown + " " + outside(b, lower), hint));
        }
        schema.number("multipleOf")
                .filter(m -> m.signum() > 0 && n.remainder(m).signum() != 0)
                .ifPresent(m -> findings.report(value, shown + " is not a multiple of " + m.toPlainString(), hint));
    }

    private static boolean admits(Bound b, BigDecimal n, boolean lower) {
        int c = n.compareTo(b.value());
        return lower ? c > 0 || (c == 0 && !b.exclusive()) : c < 0 || (c == 0 && !b.exclusive());
    }

    private static String outside(Bound b, boolean lower) {
        String v = b.value().toPlainString();
        if (lower) {
            return b.exclusive() ? "is not above the exclusive minimum " + v : "is below the minimum " + v;
        }
        return b.exclusive() ? "is not below the exclusive maximum " + v : "is above the maximum " + v;
    }

    private static String list(LocatedArray values) {
        List<LocatedNode> items = values.items();
        String shown = items.stream().limit(ENUM_SHOWN).map(JsonValues::render).collect(Collectors.joining(", "));
        return items.size() > ENUM_SHOWN ? shown + ", ... (" + items.size() + " in all)" : shown;
    }
}
