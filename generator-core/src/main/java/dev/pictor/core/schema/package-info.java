/**
 * {@link SchemaWalker}, which visits every subschema of a JSON Schema tree in document order, with the keyword that
 * led to it, without following {@code $ref}. The loader's {@code $ref} check, most lint rules and the Cog importer
 * walk schemas with it.
 */
package dev.pictor.core.schema;
