package dev.pictor.core.validate;

import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import com.networknt.schema.regex.RegularExpressions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The regular expressions networknt runs for {@code pattern} and {@code patternProperties}: translated from
 * ECMA-262 as networknt's own JDK factory translates them, and matched under {@link PatternBudget}, so that no
 * example or request can make the reference validator hang. A match past the budget counts as no match (the value is
 * refused, as the generated validator refuses it) and is recorded for the caller of {@link #recording}, which reports
 * it ({@code pattern.too-costly}).
 */
final class BudgetedRegularExpressions implements RegularExpressionFactory {

    /** The one instance. */
    static final BudgetedRegularExpressions INSTANCE = new BudgetedRegularExpressions();

    /** The patterns that ran out of steps on this thread, while a {@link #recording} call runs; else null. */
    private static final ThreadLocal<List<String>> TOO_COSTLY = new ThreadLocal<>();

    private BudgetedRegularExpressions() {}

    /** Compiles as networknt's {@code JDKRegularExpressionFactory} does; throws what {@link Pattern} throws. */
    static Pattern compile(String regex) {
        return Pattern.compile(
                RegularExpressions.replaceLongformCharacterProperties(RegularExpressions.replaceDollarAnchors(regex)));
    }

    @Override
    public RegularExpression getRegularExpression(String regex) {
        Pattern pattern = compile(regex);
        return value -> switch (PatternBudget.find(pattern, value)) {
            case FOUND -> true;
            case NOT_FOUND -> false;
            case TOO_COSTLY -> {
                List<String> sink = TOO_COSTLY.get();
                if (sink != null && !sink.contains(regex)) {
                    sink.add(regex);
                }
                yield false;
            }
        };
    }

    /** Runs {@code work} and returns, beside its result, the patterns that ran out of steps meanwhile, in order. */
    static <T> Recorded<T> recording(Supplier<T> work) {
        List<String> outer = TOO_COSTLY.get();
        List<String> costly = new ArrayList<>();
        TOO_COSTLY.set(costly);
        try {
            return new Recorded<>(work.get(), List.copyOf(costly));
        } finally {
            if (outer == null) {
                TOO_COSTLY.remove();
            } else {
                TOO_COSTLY.set(outer);
            }
        }
    }

    /**
     * A result and the patterns that ran out of steps while it was computed.
     *
     * @param result     what the work returned
     * @param tooCostly  the patterns, as the schema writes them, in the order they ran out
     */
    record Recorded<T>(T result, List<String> tooCostly) {}
}
