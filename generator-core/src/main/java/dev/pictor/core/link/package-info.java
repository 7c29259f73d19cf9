/**
 * The link stage: {@link Linker} turns loaded documents into immutable {@link LinkedModel}s, with the refined schemas
 * parsed into {@link SchemaNode}s, a {@link JavaType} decided for every value position and every Java name decided by
 * {@link JavaNames}. The linked model holds no JavaPoet type; what cannot be mapped (a keyword the generator cannot
 * enforce, two names that become one) is reported with its location, and that model is left out.
 *
 * <p>{@code TypeMapper} decides each value position's type and asks one class per shape, in this order: {@code
 * NullableMapper} (a value that may be {@code null}), {@code EnumMapper} (closed, number and open enums), {@code
 * UnionMapper} (alternatives told apart by JSON type, shape, tags or an OpenAPI discriminator); inside objects and
 * arrays, {@code RestMapper} (maps, records that keep undeclared members, tuples; a record keeps them too when
 * {@code minProperties}, {@code propertyNames} or the like must see them).
 *
 * <p>{@link ClassFileLimits} refuses, located at the schema, an object no generated form fits (too many properties,
 * positions or required values for the JVM's 255 parameter slots and 64 KB methods).
 */
package dev.pictor.core.link;
