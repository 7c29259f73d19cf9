/**
 * The Maven plugin's goals: {@link LintMojo} ({@code pictor:lint}), {@link GenerateMojo} ({@code pictor:generate})
 * and {@link CheckCompatMojo} ({@code pictor:check-compat}). A thin front end: each goal maps its parameters to a call
 * into generator-core and logs the findings as compiler-like lines, which also reach an IDE as markers;
 * {@code pictor:generate} skips the pipeline when neither its inputs nor its output changed since its last successful
 * run.
 */
package dev.pictor.maven;
