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
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An array of numbers that carries image or mask bytes but whose items are not bounded to 0..255: generated code
 * cannot give it a byte payload type, nor reject 256 or -1 before the request leaves.
 */
public final class Uint8UnboundedRule extends ModelRule {

    private static final RuleInfo INFO = new RuleInfo(
            "image.uint8-unbounded",
            Severity.WARNING,
            "An array carrying 8-bit image or mask data has items without minimum 0 and maximum 255.");

    private static final Pattern BYTE_WORDS = Pattern.compile(
            "\\b8[- ]?bit|\\buint8|\\bunsigned\\s+(?:int)?8|\\bbytes?\\b"
                    + "|\\b0\\s*(?:and|to|-|–|~|～|到|至|和)\\s*255\\b",
            Pattern.CASE_INSENSITIVE);

    private static final BigDecimal ZERO = BigDecimal.ZERO;
    private static final BigDecimal BYTE_MAX = BigDecimal.valueOf(255);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected void check(ModelDocument model, LintContext context, Findings findings) {
        for (LocatedNode schema : List.of(model.input(), model.output())) {
            SchemaWalker.walk(schema, sub -> {
                if (sub.node() instanceof LocatedObject array
                        && array.get("items").orElse(null) instanceof LocatedObject items
                        && SchemaFacts.isNumeric(items)
                        && carriesBytes(sub.name(), array, items)
                        && !bounded(items)) {
                    String subject = sub.name().isEmpty()
                            ? "the items of this array"
                            : "the items of " + SchemaFacts.quoted(sub.name());
                    findings.report(
                            items,
                            subject + " carry 8-bit image data but have " + lower(items) + " and " + upper(items)
                                    + "; generated code cannot map them to bytes safely",
                            SchemaEdit.hint(model, "give the items \"minimum\": 0 and \"maximum\": 255"));
                }
            });
        }
    }

    private static boolean carriesBytes(String name, LocatedObject array, LocatedObject items) {
        String lower = SchemaFacts.lower(name);
        boolean imageName =
                lower.endsWith("image") || lower.endsWith("mask") || lower.equals("img") || lower.endsWith("_img");
        return imageName || mentionsBytes(array) || mentionsBytes(items);
    }

    private static boolean mentionsBytes(LocatedObject schema) {
        return SchemaFacts.description(schema)
                .map(d -> BYTE_WORDS.matcher(d).find())
                .orElse(false);
    }

    /** True when no value below 0 or above 255 is valid. */
    private static boolean bounded(LocatedObject items) {
        boolean integers = SchemaFacts.types(items).equals(Set.of("integer"));
        BigDecimal lowest = integers ? BigDecimal.ONE.negate() : ZERO;
        BigDecimal highest = integers ? BYTE_MAX.add(BigDecimal.ONE) : BYTE_MAX;
        boolean low = items.number("minimum").map(v -> v.compareTo(ZERO) >= 0).orElse(false)
                || items.number("exclusiveMinimum")
                        .map(v -> v.compareTo(lowest) >= 0)
                        .orElse(false);
        boolean high =
                items.number("maximum").map(v -> v.compareTo(BYTE_MAX) <= 0).orElse(false)
                        || items.number("exclusiveMaximum")
                                .map(v -> v.compareTo(highest) <= 0)
                                .orElse(false);
        return low && high;
    }

    private static String lower(LocatedObject items) {
        return side(items, "minimum", "exclusiveMinimum");
    }

    private static String upper(LocatedObject items) {
        return side(items, "maximum", "exclusiveMaximum");
    }

    private static String side(LocatedObject items, String inclusive, String exclusive) {
        Optional<BigDecimal> in = items.number(inclusive);
        if (in.isPresent()) {
            return inclusive + " " + SchemaFacts.plain(in.get());
        }
        return items.number(exclusive)
                .map(v -> exclusive + " " + SchemaFacts.plain(v))
                .orElse("no " + inclusive);
    }
}
