package dev.pictor.core.model;

import dev.pictor.core.diag.Severity;
import java.util.Optional;

/**
 * A change to one rule's findings, with its reason: a new severity, or suppression.
 *
 * @param files    a glob over root-relative paths ({@code replicate/**}); empty for every file
 * @param severity empty when the rule's findings are suppressed
 */
public record RuleOverride(String rule, Optional<String> files, Optional<Severity> severity, String why) {

    public boolean suppresses() {
        return severity.isEmpty();
    }
}
