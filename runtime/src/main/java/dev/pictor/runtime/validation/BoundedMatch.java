package dev.pictor.runtime.validation;

import java.util.regex.Pattern;

/**
 * A schema's pattern run with {@link java.util.regex} under a step budget, so that no value can make a check
 * backtrack for minutes ({@code ^(.*a){12}$} on 46 characters takes over two minutes unbounded). Every step of the
 * matcher reads a character of the value; the value is handed to the matcher behind a {@link CharSequence} that
 * counts those reads and stops the match when they pass {@link Checks#PATTERN_BASE_STEPS} plus
 * {@link Checks#PATTERN_STEPS_PER_CHARACTER} per character of the value. A match that deep recursion ends (the JDK
 * matcher recurses once per repetition of a group) is stopped likewise. A pattern that matches in linear time never
 * comes near the budget.
 */
final class BoundedMatch {

    /** What a bounded match found. */
    enum Outcome {
        /** The pattern matches somewhere in the value. */
        FOUND,
        /** The pattern matches nowhere in the value. */
        NOT_FOUND,
        /** The match took more steps than the budget, or recursed too deep: nobody knows. */
        TOO_COSTLY
    }

    private BoundedMatch() {}

    /** Whether {@code pattern} matches somewhere in {@code value} ({@link java.util.regex.Matcher#find()}). */
    static Outcome find(Pattern pattern, String value) {
        long budget = Checks.PATTERN_BASE_STEPS + Checks.PATTERN_STEPS_PER_CHARACTER * (long) value.length();
        try {
            return pattern.matcher(new CountedText(value, budget)).find() ? Outcome.FOUND : Outcome.NOT_FOUND;
        } catch (OutOfSteps | StackOverflowError e) {
            return Outcome.TOO_COSTLY;
        }
    }

    /** The value as the matcher reads it, one counted character at a time. */
    private static final class CountedText implements CharSequence {

        /** The value. */
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

        /** The one instance. */
        static final OutOfSteps INSTANCE = new OutOfSteps();

        private OutOfSteps() {
            super("the pattern took more steps than its budget", null, false, false);
        }
    }
}
