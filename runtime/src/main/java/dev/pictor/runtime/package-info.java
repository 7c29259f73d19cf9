/**
 * The types generated code is written against: image payloads ({@link ImageBytes}, {@link Base64Image},
 * {@link DataUri}, {@link ImageResult}), {@link JsonValue} for schema positions the generator does not type,
 * {@link Nullable} for values whose schema admits {@code null} (unset, {@code null} or a value), and
 * {@link OpenEnum}, the base of generated open enums (known constants, any other string kept), and
 * {@link ModelBinding}, the service interface through which the runtime finds every generated model by its
 * {@link ModelId}. The runtime is what generated code links against and depends on Jackson and the JDK only; the
 * client, the transports, the JSON codecs and the validation support are in its subpackages.
 */
package dev.pictor.runtime;
