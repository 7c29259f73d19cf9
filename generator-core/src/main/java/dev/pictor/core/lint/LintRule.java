package dev.pictor.core.lint;

/** One lint concern, with a stable code. Rules are stateless; they read the loaded set and report findings. */
public interface LintRule {

    RuleInfo info();

    void check(LintContext context, Findings findings);
}
