package dev.pictor.runtime.transport;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pictor.runtime.ImageBytes;
import dev.pictor.runtime.ImageResult;
import dev.pictor.runtime.client.MalformedResponseException;
import dev.pictor.runtime.client.ProviderRejectedException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Cloudflare Workers AI ({@code cloudflare-workers-ai}): {@code POST {base}/{model id}} with the model's input as
 * the JSON body ({@code base} is {@code .../client/v4/accounts/{account_id}/ai/run}), the credential as
 * {@code Authorization: Bearer}. The answer is the image itself ({@code image/png} or {@code image/jpeg}, as its
 * {@code Content-Type} says, the bytes checked against it) for a model whose output schema is binary, else JSON: the
 * REST API's envelope {@code {"result": ..., "success": ..., "errors": [...], "messages": [...]}} is taken off (an
 * envelope with {@code success: false} is a {@link ProviderRejectedException}), a bare JSON value is passed on as it
 * is. The run creates nothing at the provider, so it is idempotent: retried on 502, 504, a timeout or a broken
 * connection too.
 */
public final class CloudflareTransport implements Transport {

    public static final String KIND = "cloudflare-workers-ai";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Reply send(ModelAdapter<?, ?> adapter, byte[] input, TransportContext context)
            throws IOException, InterruptedException {
        URI uri = Urls.child(context.baseUrl(), adapter.modelPath());
        boolean binaryOutput = adapter.resultType() == ImageResult.class;
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .POST(HttpRequest.BodyPublishers.ofByteArray(input))
                .header("Content-Type", "application/json")
                .header(
                        "Accept",
                        binaryOutput
                                ? "image/png, image/jpeg, image/*;q=0.8, application/json;q=0.5"
                                : "application/json");
        HttpResponse<byte[]> response = context.exchange(request, true);
        String contentType = Bodies.contentType(response);
        String mediaType = Bodies.mediaType(contentType);
        if (Bodies.isImage(mediaType)) {
            if (!binaryOutput) {
                throw new MalformedResponseException(
                        context.model(), "an image (" + mediaType + ") where the model's output schema is JSON");
            }
            ImageBytes bytes = ImageBytes.of(response.body());
            Bodies.checkImage(context.model(), mediaType, bytes);
            return new Reply.Binary(contentType, bytes);
        }
        if (!Bodies.isJson(mediaType)) {
            throw new MalformedResponseException(
                    context.model(),
                    "content type "
                            + (mediaType.isEmpty() ? "(none)" : mediaType) + " (" + response.body().length
                            + " bytes), expected " + (binaryOutput ? "an image" : "JSON"));
        }
        JsonNode body = context.json(response);
        if (isEnvelope(body)) {
            if (!body.path("success").asBoolean(false)) {
                String message = context.scrub(ProviderMessages.describe(body));
                throw new ProviderRejectedException(
                        context.model(),
                        response.statusCode(),
                        message,
                        context.scrub(ProviderMessages.text(response.body())));
            }
            JsonNode result = body.get("result");
            if (result == null || result.isNull()) {
                throw new MalformedResponseException(context.model(), "the envelope says success but has no result");
            }
            if (binaryOutput) {
                throw new MalformedResponseException(
                        context.model(), "JSON where the model's output schema is a binary image");
            }
            return new Reply.Json(result);
        }
        if (binaryOutput) {
            throw new MalformedResponseException(
                    context.model(), "JSON where the model's output schema is a binary image");
        }
        return new Reply.Json(body);
    }

    /** The REST API's envelope: an object with a boolean {@code success} and a {@code result} or {@code errors}. */
    static boolean isEnvelope(JsonNode body) {
        return body.isObject() && body.path("success").isBoolean() && (body.has("result") || body.has("errors"));
    }
}
