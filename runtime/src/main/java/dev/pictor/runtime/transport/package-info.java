/**
 * The HTTP side of a call: {@link ModelAdapter}, the interface every generated adapter implements (endpoint, encoding
 * of the request, decoding of the reply), with what adapters do in {@link GeneratedAdapter} and the class of each shape
 * of answer a generated adapter extends ({@link BinaryImageAdapter}, {@link JsonRecordAdapter} with
 * {@link FoundImages}), and one {@link Transport} per kind of provider API
 * ({@link CloudflareTransport}, {@link ReplicateTransport}, {@link RunPodTransport}, {@link JsonGatewayTransport}). A
 * transport writes the API's envelope, sends it through the {@link TransportContext} the client gives it and waits for
 * an asynchronous job where the API has one; for a kind the runtime does not know, the generated adapter is abstract
 * and implements {@link SelfTransport}, whose {@code send} the user writes.
 */
package dev.pictor.runtime.transport;
