package dev.pictor.core.lint;

import dev.pictor.core.diag.Severity;

/**
 * What a rule is: its stable code, default severity and a one-line summary (shown in SARIF).
 *
 * @param refinable true when a refinement of the flagged node addresses the finding: such a finding is then kept,
 *                  as a NOTE, because the provider's page is still wrong
 */
public record RuleInfo(String code, Severity defaultSeverity, String summary, boolean refinable) {
}
