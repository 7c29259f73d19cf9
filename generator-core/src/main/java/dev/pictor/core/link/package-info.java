/**
 * The link stage: {@link Linker} turns loaded documents into immutable {@link LinkedModel}s, with the refined schemas
 * parsed into {@link SchemaNode}s, a {@link JavaType} decided for every value position and every Java name decided by
 * {@link JavaNames}. The linked model holds no JavaPoet type; what cannot be mapped (a keyword the generator cannot
 * enforce, two names that become one) is reported with its location, and that model is left out.
 */
package dev.pictor.core.link;
