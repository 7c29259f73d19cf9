package dev.pictor.runtime.transport;

import java.io.IOException;

/**
 * Speaks one kind of provider API ({@link ProviderInfo#transport()}): writes the envelope around a model's encoded
 * input, sends it through the {@link TransportContext} (which adds the credential and applies the client's timeouts,
 * size cap, retries and typed errors), waits for an asynchronous job where the API has one, and hands back the
 * payload with the envelope taken off. The runtime has one per kind of the seed providers
 * ({@link CloudflareTransport}, {@link ReplicateTransport}, {@link RunPodTransport}, {@link JsonGatewayTransport});
 * a client may be given more. Implementations are stateless and thread-safe.
 */
public interface Transport {

    /** The transport kind this speaks, as a {@code provider.json} names it ({@code replicate-predictions}). */
    String kind();

    /**
     * Runs one model call.
     *
     * @param adapter the model: {@link ModelAdapter#modelPath()} says which model or version to name
     * @param input   the model's input as {@link ModelAdapter#encode} wrote it (a JSON object)
     * @param context the call: base URL, exchanges, polling, deadline, cancellation
     * @return the payload for {@link ModelAdapter#decode}
     * @throws dev.pictor.runtime.client.PictorException for every failure the provider or the call can have
     */
    Reply send(ModelAdapter<?, ?> adapter, byte[] input, TransportContext context)
            throws IOException, InterruptedException;
}
