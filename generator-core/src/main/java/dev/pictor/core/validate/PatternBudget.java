package dev.pictor.core.validate;

import java.util.regex.Pattern;

/**
 * A schema's pattern run with {@link java.util.regex} under a step budget, as the generated validators run it: lint
 * checks examples and defaults the same way, so that a pattern that backtracks ({@code ^(.*a){12}$} takes over two
 * minutes on 46 characters unbounded) ends in milliseconds with an answer of {@link Outcome#TOO_COSTLY}. Every step
 * of the matcher reads a character of the value; the value is handed to the matcher behind a {@link CharSequence}
 * that counts those reads and stops the match past {@link #BASE_STEPS} plus {@link #STEPS_PER_CHARACTER} per
 * character. A match that deep recursion ends (the JDK matcher recurses once per repetition of a group) is
 * {@link Outcome#TOO_COSTLY} too. The figures are the runtime's ({@code Checks.PATTERN_BASE_STEPS},
 * {@code Checks.PATTERN_STEPS_PER_CHARACTER}), so a value lint accepts is one the generated validator accepts.
 */
public final class PatternBudget {

    /** The steps any match may take, whatever the value's length. */
    public static final long BASE_STEPS = 1_000_000;

    /** The steps a match may take per character of the value, beyond {@link #BASE_STEPS}. */
    public static final long STEPS_PER_CHARACTER = 100;

    /** What a bounded match found. */
    public enum Outcome {
        /** The pattern matches somewhere in the value. */
        FOUND,
        /** The pattern matches nowhere in the value. */
        NOT_FOUND,
        /** The match took more steps than the budget, or recursed too deep: nobody knows. */
        TOO_COSTLY
    }

    private PatternBudget() {}

    /** The steps a match on {@code value} may take. */
    public static long steps(String value) {
        return BASE_STEPS + STEPS_PER_CHARACTER * value.length();
    }

    /** Whether {@code pattern} matches somewhere in {@code value} ({@link java.util.regex.Matcher#find()}). */
    public static Outcome find(Pattern pattern, String value) {
        try {
            return pattern.matcher(new CountedText(value, steps(value))).find() ? Outcome.FOUND : Outcome.NOT_FOUND;
        } catch (OutOfSteps | StackOverflowError e) {
            return Outcome.TOO_COSTLY;
        }
    }

    /** The value as the matcher reads it, one counted character at a time. */
    private static final class CountedText implements CharSequence {

        private final String text;

        /** Reads left before the match is stopped. */
        private long left;

        CountedText(String text, long budget) {
            this.text = text;
            this.left = budget;
        }

        @Override
        public char charAt(int index) {
            if (--left < 0) {
                throw OutOfSteps.INSTANCE;
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Thrown through the matcher when the budget is spent; one instance, with no stack trace to fill. */
    private static final class OutOfSteps extends RuntimeException {

        private static final long serialVersionUID = 1L;

        static final OutOfSteps INSTANCE = new OutOfSteps();

        private OutOfSteps() {
            super("the pattern took more steps than its budget", null, false, false);
        }
    }
}
