/**
 * Writes findings for people and tools: {@link TextReport} (one compiler-like line per finding, then a summary),
 * {@link JsonReport} and {@link SarifReport} (SARIF 2.1.0, for CI code scanning) for lint results, and
 * {@link CompatReport} for compatibility checks. Every report is deterministic: findings sorted, {@code \n} line ends,
 * no timestamps and no absolute paths.
 */
package dev.pictor.core.report;
