/**
 * The JSON Schema vocabulary every stage shares, so lint, link and compat read a schema alike: {@link
 * dev.pictor.core.schema.Keywords} (what each dialect defines, and what generation cannot enforce yet), {@link
 * dev.pictor.core.schema.SchemaTypes} ({@code type} and what it admits), {@link dev.pictor.core.schema.Bound}
 * (numeric bounds as each dialect reads them, which is tighter, the integers they admit), {@link
 * dev.pictor.core.schema.OpenApiNullable} (what OpenAPI 3.0's {@code nullable} admits), {@link
 * dev.pictor.core.schema.SchemaRefs} (how a
 * {@code $ref} names a schema inside the root, and how far a chain is followed), {@link
 * dev.pictor.core.schema.SchemaResources} (the base URIs, {@code $id}s and anchors of one document), {@link
 * dev.pictor.core.schema.BundledMetaSchemas} (the draft meta-schemas a reference may name, read from the jar), {@link
 * dev.pictor.core.schema.JsonValues} (values as messages show them), {@link dev.pictor.core.schema.DescriptionProse}
 * (bounds and defaults stated in words), and {@link dev.pictor.core.schema.SchemaWalker}, which visits every
 * subschema in document order without following {@code $ref}.
 */
package dev.pictor.core.schema;
