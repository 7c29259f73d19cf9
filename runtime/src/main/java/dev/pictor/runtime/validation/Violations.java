package dev.pictor.runtime.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the {@link Violation}s of one validation run, in the order they were added. Generated validators create
 * one per call, let {@link Checks} add to it, and return {@link #list()}. Not thread-safe (it is never shared).
 */
public final class Violations {

    private final List<Violation> violations = new ArrayList<>();

    /** Adds {@code violation}. */
    public void add(Violation violation) {
        violations.add(java.util.Objects.requireNonNull(violation, "violation"));
    }

    /** Adds a violation at {@code pointer} for {@code keyword} with {@code message}. */
    public void add(String pointer, String keyword, String message) {
        violations.add(new Violation(pointer, keyword, message));
    }

    /** Whether nothing was added. */
    public boolean isEmpty() {
        return violations.isEmpty();
    }

    /** How many were added. */
    public int size() {
        return violations.size();
    }

    /** An immutable copy of the violations, in the order they were added. */
    public List<Violation> list() {
        return List.copyOf(violations);
    }

    /** One violation per line. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Violation v : violations) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(v);
        }
        return sb.toString();
    }
}
