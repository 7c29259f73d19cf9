/**
 * Turns files providers publish (Cloudflare Workers AI catalog files; the model objects Replicate serves, or the bare
 * OpenAPI documents Cog generates for Replicate models; see {@link ImportFormat}) into model documents of a schemas
 * root, with the published schemas verbatim. {@link Importer} converts and checks every file before it writes anything: this is how a new snapshot
 * enters a schemas root, ahead of the load and lint stages.
 */
package dev.pictor.core.imports;
