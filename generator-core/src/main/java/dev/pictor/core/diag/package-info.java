/**
 * Findings as every stage reports them: a {@link Diagnostic} holds a {@link Severity}, a stable rule code, a
 * {@link SourceLocation} (file, line, column), a JSON Pointer, a message and a hint. The loader, the linter and the
 * generator add theirs to one {@link Diagnostics} collector, so a run reports every problem at once, sorted, instead
 * of stopping at the first.
 */
package dev.pictor.core.diag;
