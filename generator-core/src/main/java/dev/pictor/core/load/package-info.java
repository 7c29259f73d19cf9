/**
 * The load stage: {@link DocumentLoader} reads a {@link SchemaRoot} (provider documents, model documents, shared
 * {@code *.schema.json} fragments, {@code pictor-lint.json}, and {@code pictor-root.json}'s URI mappings, read by
 * {@link RootConfigReader}) into located trees, checks each document against
 * Pictor's meta-schemas ({@link MetaSchemas}) and its {@code $ref}s, and applies each model document's refinements.
 * Nothing outside the root is read: no URL, no absolute path, no symbolic link that leads out of it.
 */
package dev.pictor.core.load;
