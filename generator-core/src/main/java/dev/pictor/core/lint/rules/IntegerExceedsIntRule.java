package dev.pictor.core.lint.rules;

import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.JsonPointer;
import dev.pictor.core.json.LocatedNode.LocatedNumber;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.lint.Findings;
import dev.pictor.core.lint.LintContext;
import dev.pictor.core.lint.ModelRule;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.model.ModelDocument;
import dev.pictor.core.schema.Bound;
import dev.pictor.core.schema.SchemaTypes;
import dev.pictor.core.schema.SchemaWalker;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An integer whose bounds reach past the Java {@code int} range (a seed up to 9999999999): the generator gives it a
 * {@code long}, and beyond the {@code long} range it has no Java primitive at all. Exclusive bounds count by the
 * nearest integer they admit, so {@code exclusiveMaximum: 2147483648} still fits an int.
 */
public final class IntegerExceedsIntRule extends ModelRule {

    private static final RuleInfo INFO = new RuleInfo(
            "integer.exceeds-int",
            Severity.NOTE,
            "An integer's bounds lie outside the Java int range, so it is generated as long (or cannot be).");

    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private static final List<String> BOUNDS = List.of("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected void check(ModelDocument model, LintContext context, Findings findings) {
        for (SchemaPart part : SchemaPart.of(model)) {
            SchemaWalker.walk(part.schema(), sub -> {
                if (sub.node() instanceof LocatedObject schema) {
                    Set<String> types = SchemaTypes.declared(schema).orElse(Set.of());
                    if (types.contains("integer") && !types.contains("number")) {
                        check(schema, model, findings);
                    }
                }
            });
        }
    }

    private static void check(LocatedObject schema, ModelDocument model, Findings findings) {
        List<LocatedNumber> beyondInt = new ArrayList<>();
        List<LocatedNumber> beyondLong = new ArrayList<>();
        for (String keyword : BOUNDS) {
            Optional<Bound> bound = Bound.stated(schema, keyword, model.dialect());
            if (bound.isPresent() && schema.get(keyword).orElse(null) instanceof LocatedNumber number) {
                BigDecimal admitted = bound.get().admittedInteger(Bound.isLower(keyword));
                if (!fits(admitted, LONG_MIN, LONG_MAX)) {
                    beyondLong.add(number);
                } else if (!fits(admitted, INT_MIN, INT_MAX)) {
                    beyondInt.add(number);
                }
            }
        }
        if (!beyondLong.isEmpty()) {
            findings.report(
                    beyondLong.get(0),
                    describe(beyondLong) + " outside even the Java long range, so"
                            + " this integer cannot be represented as a Java long",
                    SchemaEdit.hint(model, "set the bound to the range the provider really accepts"));
        } else if (!beyondInt.isEmpty()) {
            findings.report(
                    beyondInt.get(0),
                    describe(beyondInt) + " outside the Java int range, so this" + " integer is generated as long",
                    "nothing to do if the provider takes such values; if its real limit fits an int, "
                            + SchemaEdit.hint(model, "set the bound"));
        }
    }

    /** The keyword a bound's node is the value of: the last token of its pointer. */
    private static String keyword(LocatedNumber bound) {
        List<String> tokens = JsonPointer.tokens(bound.pointer());
        return tokens.get(tokens.size() - 1);
    }

    private static boolean fits(BigDecimal admitted, BigDecimal min, BigDecimal max) {
        return admitted.compareTo(min) >= 0 && admitted.compareTo(max) <= 0;
    }

    /** {@code maximum 9999999999 lies} or {@code minimum -3000000000 and maximum 3000000000 lie}. */
    private static String describe(List<LocatedNumber> bounds) {
        return bounds.stream().map(n -> keyword(n) + " " + n.literal()).collect(Collectors.joining(" and "))
                + (bounds.size() == 1 ? " lies" : " lie");
    }
}
