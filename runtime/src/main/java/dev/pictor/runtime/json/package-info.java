/**
 * The runtime's own Jackson configuration ({@link PictorJson}) and the codecs that generated code names in its
 * annotations: image bytes as a JSON number array ({@link UInt8ArraySerializer}, {@link UInt8ArrayDeserializer}) or
 * as base64 ({@link Base64BytesSerializer}, {@link Base64BytesDeserializer}), sealed unions
 * ({@link AlternativesDeserializer}), wrapper records ({@link WrapperDeserializer}), three-state nullable values
 * ({@link NullableSerializer}, {@link NullableDeserializer}), records that keep their undeclared members
 * ({@link UndeclaredMembersDeserializer}), tuples read and written as arrays ({@link TupleDeserializer},
 * {@link TupleSerializer}) and components that must not be {@code null} ({@link NonNullDeserializer}). Every request
 * is written and every response read with this
 * configuration, so an application's {@code ObjectMapper} settings cannot change the wire format.
 */
package dev.pictor.runtime.json;
