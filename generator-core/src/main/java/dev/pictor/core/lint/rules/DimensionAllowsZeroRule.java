package dev.pictor.core.lint.rules;

import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.lint.Findings;
import dev.pictor.core.lint.LintContext;
import dev.pictor.core.lint.ModelRule;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.schema.SchemaWalker;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A width or height whose lower bound admits 0 ({@code minimum: 0}, or {@code exclusiveMinimum} below 0): no model
 * renders an image zero pixels wide, so the schema lets through a request the provider rejects.
 */
public final class DimensionAllowsZeroRule extends ModelRule {

    private static final RuleInfo INFO = new RuleInfo(
            "image.dimension-allows-zero",
            Severity.WARNING,
            "An image width or height has a lower bound that admits 0.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected void check(ModelDocument model, LintContext context, Findings findings) {
        for (LocatedNode schema : List.of(model.input(), model.output())) {
            SchemaWalker.walk(schema, sub -> {
                Optional<String> dimension = dimension(sub.name());
                if (sub.isProperty()
                        && dimension.isPresent()
                        && sub.node() instanceof LocatedObject property
                        && SchemaFacts.isNumeric(property)
                        && admitsZero(property)) {
                    findings.report(
                            property,
                            SchemaFacts.quoted(sub.name()) + " admits 0 (" + bound(property)
                                    + "), but no image has zero " + dimension.get(),
                            SchemaEdit.hint(
                                    model,
                                    "set the minimum to the smallest " + dimension.get() + " the model accepts"));
                }
            });
        }
    }

    /** "width" or "height" for width, height, ..._width and ..._height. */
    private static Optional<String> dimension(String name) {
        String lower = SchemaFacts.lower(name);
        for (String d : List.of("width", "height")) {
            if (lower.equals(d) || lower.endsWith("_" + d)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** True when the schema has a lower bound and 0 satisfies it (so every value below is no longer excluded). */
    private static boolean admitsZero(LocatedObject property) {
        Optional<BigDecimal> min = property.number("minimum");
        Optional<BigDecimal> exclusive = property.number("exclusiveMinimum");
        if (min.isEmpty() && exclusive.isEmpty()) {
            return false;
        }
        return min.map(v -> v.signum() <= 0).orElse(true)
                && exclusive.map(v -> v.signum() < 0).orElse(true);
    }

    private static String bound(LocatedObject property) {
        return property.number("minimum")
                .map(v -> "minimum " + SchemaFacts.plain(v))
                .orElseGet(() -> "exclusiveMinimum "
                        + SchemaFacts.plain(property.number("exclusiveMinimum").orElseThrow()));
    }
}
