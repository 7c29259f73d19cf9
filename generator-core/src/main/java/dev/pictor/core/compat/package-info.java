/**
 * Breaking-change detection between versions of a model, behind {@code check-compat}: {@link CompatRun} pairs each
 * model's newest version with the one before it (or takes two given documents), {@link CompatChecker} compares their
 * refined input and output schemas, and each change becomes a {@link CompatFinding} of a {@link CompatRule}, whose
 * severity depends on the {@link Side} it is on. It loads documents as lint does, and runs beside the lint, link
 * and codegen stages rather than in them.
 *
 * <p>A schema's two versions are compared as smithy-diff compares models: {@code SchemaPairWalker} walks both trees
 * together and pairs their nodes ({@code $ref}s followed through {@code DocumentRefs}), and runs every
 * {@code KeywordComparator} on every pair, one small class per family of keywords (types, numeric bounds, lengths,
 * enum and const, defaults, properties, required...). {@code ChangeReport} is where each comparator reports: it
 * locates a change in the newer document and gives it the rule's severity for the side. A new kind of change is a
 * comparator of its own, tested on a pair of schemas.
 */
package dev.pictor.core.compat;
