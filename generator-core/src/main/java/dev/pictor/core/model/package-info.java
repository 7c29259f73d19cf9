/**
 * The loaded documents as records: {@link ModelDocument} (one model version, its published schemas verbatim and their
 * refined form), {@link ProviderDocument}, {@link Refinement}, {@link Example} and {@link RuleOverride}, gathered
 * per schemas root in a {@link SchemaSet}. The load stage produces them; lint, link and the compatibility check read
 * them.
 */
package dev.pictor.core.model;
