/**
 * A loopback HTTP fake of each provider API ({@link ProviderEmulator}), driven by the model documents: each request is
 * validated with the reference validator against the model's refined input schema and answered in that provider's
 * envelope, with a deterministic image or the provider's error. Providers of transport {@code openapi} are served from
 * their operations and job descriptions alone ({@link OpenApiApi}), with no code per provider. Tests call generated clients against it offline,
 * inject {@link Fault}s, script jobs ({@link JobScript}) and read the {@link RecordedRequest}s; {@link Main} runs it as a standalone process. It loads
 * documents with generator-core but reads and writes the wire format itself, never with the runtime's codecs, so that
 * one bug cannot hide on both sides.
 */
package dev.pictor.emulator;
