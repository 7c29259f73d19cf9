package dev.pictor.core.lint;

import dev.pictor.core.diag.Severity;

/** What a rule is: its stable code, default severity and a one-line summary (shown in SARIF). */
public record RuleInfo(String code, Severity defaultSeverity, String summary) {}
