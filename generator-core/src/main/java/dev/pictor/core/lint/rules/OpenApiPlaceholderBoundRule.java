package dev.pictor.core.lint.rules;

import dev.pictor.core.diag.Severity;
import dev.pictor.core.json.LocatedNode;
import dev.pictor.core.json.LocatedNode.LocatedObject;
import dev.pictor.core.lint.Findings;
import dev.pictor.core.lint.RuleInfo;
import dev.pictor.core.schema.Bound;
import dev.pictor.core.schema.SchemaTypes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An integer bounded by the limit of a machine type rather than by anything the provider decided: 2^53-1
 * (JavaScript's {@code Number.MAX_SAFE_INTEGER}, which zod writes for every {@code .int()}: Runway's many),
 * 2^63-1, 2^31-1, and their negative counterparts. Such a bound is a placeholder for "no limit": the validator
 * checks a number nobody chose, and a bound beyond the Java {@code int} range makes the integer a {@code long}
 * ({@code integer.exceeds-int} says that part). Unsigned limits (2^32-1) are not counted: they are the real range
 * of the seeds image models take. Exclusive bounds count by the integer they admit.
 */
public final class OpenApiPlaceholderBoundRule extends OpenApiSchemaRule {

    /** The rule's code, default severity and summary. */
    public static final RuleInfo INFO = new RuleInfo(
            "openapi.placeholder-bound",
            Severity.NOTE,
            "An integer bound is the limit of a machine type (2^53-1, 2^63-1, 2^31-1), a placeholder for no limit.");

    /** The rule, stateless. */
    public OpenApiPlaceholderBoundRule() {
        super(INFO);
    }

    private static final List<String> BOUNDS = List.of("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum");

    /** Each placeholder, and what it is the limit of. */
    private static final Map<BigDecimal, String> PLACEHOLDERS = Map.of(
            power(53, -1), "2^53-1, JavaScript's Number.MAX_SAFE_INTEGER",
            power(53, -1).negate(), "-(2^53-1), JavaScript's Number.MIN_SAFE_INTEGER",
            power(63, -1), "2^63-1, the largest 64-bit integer",
            power(63, 0).negate(), "-2^63, the smallest 64-bit integer",
            power(31, -1), "2^31-1, the largest 32-bit integer",
            power(31, 0).negate(), "-2^31, the smallest 32-bit integer");

    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    /** Reports an integer schema's placeholder bounds, once, at the first of them. */
    @Override
    public void check(LocatedObject schema, OpenApiScope scope, Findings findings) {
        Set<String> types = SchemaTypes.declared(schema).orElse(Set.of());
        if (!types.contains("integer") || types.contains("number")) {
            return;
        }
        List<LocatedNode> placeholders = new ArrayList<>();
        List<String> said = new ArrayList<>();
        boolean beyondInt = false;
        for (String keyword : BOUNDS) {
            Optional<Bound> bound = Bound.stated(schema, keyword, scope.dialect());
            String meaning = bound.map(b -> PLACEHOLDERS.get(b.admittedInteger(Bound.isLower(keyword))))
                    .orElse(null);
            if (meaning != null) {
                LocatedNode node = schema.get(keyword).orElseThrow();
                placeholders.add(node);
                String admits = !bound.get().exclusive() ? "" : Bound.isLower(keyword) ? "so at least " : "so at most ";
                said.add(keyword + " " + SchemaFacts.shown(node) + " (" + admits + meaning + ")");
                BigDecimal value = bound.get().value();
                beyondInt |= value.compareTo(INT_MIN) < 0 || value.compareTo(INT_MAX) > 0;
            }
        }
        if (placeholders.isEmpty()) {
            return;
        }
        findings.report(
                placeholders.get(0),
                SchemaFacts.join(said, "and") + (said.size() == 1 ? " looks" : " look")
                        + " like a placeholder for \"no limit\" rather than a limit the provider chose"
                        + (beyondInt
                                ? "; Java's int cannot hold " + (said.size() == 1 ? "it" : "them")
                                        + ", so this integer is generated as long"
                                : ""),
                scope.hint(
                                placeholders.size() == 1 ? "remove the bound" : "remove the bounds",
                                placeholders.stream()
                                        .map(n -> SuggestedRefinement.remove(n.pointer(), "a placeholder for no limit"))
                                        .toList())
                        + "; if the provider has a real limit, set that instead");
    }

    private static BigDecimal power(int exponent, int plus) {
        return new BigDecimal(BigInteger.TWO.pow(exponent).add(BigInteger.valueOf(plus)));
    }
}
