/**
 * The lint stage: {@link Linter} loads a schemas root, runs every {@link LintRule} over it and collects all findings
 * at once, links every model as generate does so that lint reports what generate would refuse, and contains a
 * failure of Pictor itself to the document it happened on ({@code internal.failed}); then findings a refinement addresses become NOTEs, and the root's {@code pictor-lint.json} and the
 * caller's overrides change severities or suppress findings, giving a {@link LintResult}. {@link Rules} lists the
 * built-in rules and every code a run can report; each rule has a stable code, a default severity and a summary
 * ({@link RuleInfo}).
 */
package dev.pictor.core.lint;
