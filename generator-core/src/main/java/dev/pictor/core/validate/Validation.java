package dev.pictor.core.validate;

import java.util.List;

/**
 * What the reference validator said of one instance.
 *
 * @param violations the instance's violations, sorted
 * @param tooCostly  the patterns (as the schema writes them) whose match on a string of the instance took more steps
 *                   than {@link PatternBudget} allows, in the order they ran out; each counted as no match, so the
 *                   violations are not a verdict when this is not empty
 */
public record Validation(List<Violation> violations, List<String> tooCostly) {

    public Validation {
        violations = List.copyOf(violations);
        tooCostly = List.copyOf(tooCostly);
    }
}
