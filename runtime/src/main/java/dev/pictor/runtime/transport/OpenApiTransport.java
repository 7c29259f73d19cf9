package dev.pictor.runtime.transport;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pictor.runtime.ImageBytes;
import dev.pictor.runtime.client.ConfigurationException;
import dev.pictor.runtime.client.MalformedResponseException;
import dev.pictor.runtime.json.PictorJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/**
 * The operations of an imported OpenAPI document ({@code openapi}), one declarative transport for every such
 * provider: the adapter's {@link ModelAdapter#operation()} says how the request is laid out and which answer is read,
 * the provider's {@link ProviderInfo#job()} whether the operation runs as an asynchronous job. No provider has Java of
 * its own here.
 *
 * <ol>
 *   <li>The request ({@link OperationRequests}): {@code METHOD {base}{path}} with the path parameters filled in
 *       (percent-encoded), the query and header parameters, and the body as JSON or {@code multipart/form-data}
 *       (each member a part as the operation's encoding says: text, file with a file name and the image's media
 *       type, JSON, {@code name[0][key]} brackets, repeated).</li>
 *   <li>Without a job: {@code Accept} is the media type of the answer the adapter reads; a JSON answer is handed on as
 *       a {@link Reply.Json} (base64 images in it are decoded by the adapter), an image as a {@link Reply.Binary},
 *       its bytes checked against its {@code Content-Type}. A {@code POST} is not idempotent (it may cost), so it is
 *       retried only when the provider cannot have acted on it.</li>
 *   <li>With a job: {@link DescribedJob} submits, polls and reads the result, as the provider document describes.</li>
 * </ol>
 */
public final class OpenApiTransport implements Transport {

    public static final String KIND = "openapi";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Reply send(ModelAdapter<?, ?> adapter, byte[] input, TransportContext context)
            throws IOException, InterruptedException {
        OperationInfo operation = adapter.operation()
                .orElseThrow(() -> new ConfigurationException(
                        "the adapter of " + adapter.id().model() + " carries no OpenAPI operation, which transport "
                                + KIND + " needs: regenerate it"));
        JsonNode request;
        try {
            request = PictorJson.read(input, JsonNode.class);
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException("the encoded request is not JSON", e);
        }
        HttpRequest.Builder builder = OperationRequests.build(context.baseUrl(), operation, request);
        Optional<JobFlow> job = adapter.provider().job();
        if (job.isPresent()) {
            return new DescribedJob(job.get(), context).run(builder);
        }
        Optional<OperationInfo.Response> read = operation.resultResponse();
        boolean binary = read.map(OperationInfo.Response::binary).orElse(false);
        builder.setHeader("Accept", read.map(OperationInfo.Response::mediaType).orElse("application/json"));
        HttpResponse<byte[]> response = context.exchange(builder);
        String contentType = Bodies.contentType(response);
        String mediaType = Bodies.mediaType(contentType);
        if (!binary) {
            return new Reply.Json(context.json(response));
        }
        String expected = Bodies.mediaType(read.get().mediaType());
        if (Bodies.isJson(mediaType) || Bodies.isImage(expected) && !Bodies.isImage(mediaType)) {
            throw new MalformedResponseException(
                    context.model(),
                    "content type " + (mediaType.isEmpty() ? "(none)" : mediaType) + " (" + response.body().length
                            + " bytes), expected " + expected);
        }
        ImageBytes bytes = ImageBytes.of(response.body());
        if (Bodies.isImage(mediaType)) {
            Bodies.checkImage(context.model(), mediaType, bytes);
        }
        return new Reply.Binary(contentType.isEmpty() ? read.get().mediaType() : contentType, bytes);
    }
}
