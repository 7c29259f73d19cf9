package dev.pictor.runtime.transport;

import dev.pictor.runtime.client.MalformedResponseException;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A plain JSON gateway ({@code json-gateway}, the ComfyUI-style API), with the contract its provider document's
 * {@code assumptions} state: {@code POST {base}/{model}} (the model path, else the model id: {@code /img2img}) with
 * the model's input as one JSON object, {@code Authorization: Bearer <token>}; the answer is the model's output object
 * as JSON ({@code {"images": ["<base64 PNG>", ...]}}), passed on as it is. Errors are whatever status the gateway
 * sends, with its body parsed for a message ({@code {"error": "...", "violations": [...]}}). A run creates nothing,
 * so it is idempotent.
 */
public final class JsonGatewayTransport implements Transport {

    public static final String KIND = "json-gateway";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Reply send(ModelAdapter<?, ?> adapter, byte[] input, TransportContext context)
            throws IOException, InterruptedException {
        String path = adapter.modelPath().isEmpty() ? adapter.id().model() : adapter.modelPath();
        HttpResponse<byte[]> response = context.exchange(
                HttpRequest.newBuilder(Urls.child(context.baseUrl(), path))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(input))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json"),
                true);
        String mediaType = Bodies.mediaType(Bodies.contentType(response));
        if (!Bodies.isJson(mediaType)) {
            throw new MalformedResponseException(
                    context.model(),
                    "content type "
                            + (mediaType.isEmpty() ? "(none)" : mediaType) + " (" + response.body().length
                            + " bytes), expected JSON");
        }
        return new Reply.Json(context.json(response));
    }
}
