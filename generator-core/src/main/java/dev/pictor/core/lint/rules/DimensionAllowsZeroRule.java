package dev.pictor.core.lint.rules;

import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.lint.Findings;
import dev.pictor.core.lint.LintContext;
import dev.pictor.core.lint.ModelRule;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.schema.Bound;
import dev.pictor.core.schema.SchemaWalker;
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
                        && SchemaFacts.isNumeric(property)) {
                    Optional<Bound> lower = Bound.tightest(property, true, model.dialect());
                    if (!admitsZero(lower)) {
                        return;
                    }
                    findings.report(
                            property,
                            SchemaFacts.quoted(sub.name()) + " admits 0 (" + shown(lower.orElseThrow())
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
    private static boolean admitsZero(Optional<Bound> lower) {
        return lower.map(b -> b.value().signum() < 0 || (b.value().signum() == 0 && !b.exclusive()))
                .orElse(false);
    }

    /** The bound as messages name it: in OpenAPI 3.0 a minimum made exclusive reads as an exclusive minimum. */
    private static String shown(Bound lower) {
        return lower.keyword(true) + " " + SchemaFacts.plain(lower.value());
    }
}
