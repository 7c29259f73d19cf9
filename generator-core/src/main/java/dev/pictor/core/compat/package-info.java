/**
 * Breaking-change detection between versions of a model, behind {@code check-compat}: {@link CompatRun} pairs each
 * model's newest version with the one before it (or takes two given documents), {@link CompatChecker} compares their
 * refined input and output schemas, and each change becomes a {@link CompatFinding} of a {@link CompatRule}, whose
 * severity depends on the {@link Side} it is on. It loads documents as lint does, and runs beside the lint, link
 * and codegen stages rather than in them.
 */
package dev.pictor.core.compat;
