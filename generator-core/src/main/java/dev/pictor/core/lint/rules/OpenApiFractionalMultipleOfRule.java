package dev.pictor.core.lint.rules;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.LocatedNode.LocatedNumber;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.lint.Findings;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.schema.SchemaTypes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;

/**
 * A {@code multipleOf} that is no integer on a schema of integers. Written in lowest terms as p/q, it admits exactly
 * the integers that are multiples of p: {@code 0.5} (1/2) or {@code 0.1} admit every integer, so the keyword says
 * nothing; {@code 1.5} (3/2) admits the multiples of 3, which is rarely what its author read into it. Either the
 * values were meant to be fractional (the type is wrong) or the step was. An integral value written as a decimal
 * ({@code multipleOf: 32.0}, as BFL writes it) is an integer and not reported.
 */
public final class OpenApiFractionalMultipleOfRule extends OpenApiSchemaRule {

    /** The rule's code, default severity and summary. */
    public static final RuleInfo INFO = new RuleInfo(
            "openapi.fractional-multiple-of",
            Severity.WARNING,
            "An integer has a fractional multipleOf, which admits every integer or only multiples of its numerator.");

    /** The rule, stateless. */
    public OpenApiFractionalMultipleOfRule() {
        super(INFO);
    }

    private static final String FRACTIONAL = "; if the values are fractional, correct the type to number instead";

    /** Reports a fractional {@code multipleOf} of an integer schema, at the keyword. */
    @Override
    public void check(LocatedObject schema, OpenApiScope scope, Findings findings) {
        Set<String> types = SchemaTypes.declared(schema).orElse(Set.of());
        if (!types.contains("integer")
                || types.contains("number")
                || !(schema.get("multipleOf").orElse(null) instanceof LocatedNumber step)
                || step.value().signum() <= 0
                || step.integral()) {
            return;
        }
        BigInteger numerator = numerator(step.value());
        String why = "an integer that is a multiple of " + step.literal() + " is a multiple of " + numerator;
        if (numerator.equals(BigInteger.ONE)) {
            findings.report(
                    step,
                    "multipleOf " + step.literal() + " on an integer admits every integer, so it constrains nothing",
                    scope.hint("remove it", List.of(SuggestedRefinement.remove(step.pointer(), why))) + FRACTIONAL);
            return;
        }
        findings.report(
                step,
                "multipleOf " + step.literal() + " on an integer admits only the multiples of " + numerator
                        + ", the integers that are multiples of " + step.literal() + ", which it rarely means",
                scope.hint(
                                "state the step as the integer " + numerator,
                                List.of(SuggestedRefinement.set(
                                        step.pointer(), JsonNodeFactory.instance.numberNode(numerator), why)))
                        + FRACTIONAL);
    }

    /** The numerator of a positive decimal in lowest terms: 3 for 1.5 (3/2), 1 for 0.25 (1/4). */
    static BigInteger numerator(BigDecimal step) {
        BigDecimal plain = step.stripTrailingZeros();
        BigInteger unscaled = plain.unscaledValue();
        BigInteger denominator = BigInteger.TEN.pow(Math.max(plain.scale(), 0));
        return unscaled.divide(unscaled.gcd(denominator));
    }
}
