package dev.pictor.runtime.transport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.pictor.runtime.client.CallCancelledException;
import dev.pictor.runtime.client.JobFailedException;
import dev.pictor.runtime.client.MalformedResponseException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Replicate's predictions API ({@code replicate-predictions}), as its HTTP API document describes it:
 *
 * <ol>
 *   <li>create: {@code POST {base}/predictions} with {@code {"version": <modelPath>, "input": {...}}} (or, when the
 *       model path is an {@code owner/name} without a version, {@code POST {base}/models/{owner}/{name}/predictions}
 *       with {@code {"input": {...}}}); with {@link TransportContext#waitForResult()} the header
 *       {@code Prefer: wait=n} (n the seconds left, 1 to 60) asks for the finished prediction. Creating is not
 *       idempotent: it is retried only after a 429 or 503 or a connection that could not be opened;</li>
 *   <li>poll: {@code GET urls.get} (the prediction's own URL when it is on the base URL's origin, else
 *       {@code {base}/predictions/{id}}) at the client's poll interval until the status is {@code succeeded},
 *       {@code failed}, {@code canceled} or {@code aborted}, within the overall timeout;</li>
 *   <li>{@code succeeded}: the {@code output} is the payload (file URLs are downloaded by the adapter's
 *       {@code images} through the client's fetcher); {@code failed}: a {@link JobFailedException} with the
 *       prediction's {@code error}; {@code canceled}/{@code aborted}: a {@link CallCancelledException}.</li>
 * </ol>
 *
 * When the call ends any other way while the prediction runs (the overall timeout, a cancellation, an interrupt, a
 * failed poll), the prediction is cancelled: {@code POST urls.cancel} (or {@code {base}/predictions/{id}/cancel}).
 */
public final class ReplicateTransport implements Transport {

    public static final String KIND = "replicate-predictions";

    private static final Set<String> RUNNING = Set.of("starting", "processing");
    private static final Set<String> FINISHED = Set.of("succeeded", "failed", "canceled", "aborted");
    private static final Pattern MODEL_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*");

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Reply send(ModelAdapter<?, ?> adapter, byte[] input, TransportContext context)
            throws IOException, InterruptedException {
        URI base = context.baseUrl();
        String path = adapter.modelPath();
        URI create;
        byte[] body;
        if (MODEL_NAME.matcher(path).matches()) {
            create = Urls.child(base, "models/" + path + "/predictions");
            body = JobBodies.envelope(input);
        } else {
            create = Urls.child(base, "predictions");
            body = JobBodies.envelope(input, "version", path);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(create)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        if (context.waitForResult()) {
            long seconds =
                    Math.max(1, Math.min(60, context.remaining().minusSeconds(1).toSeconds()));
            request.header("Prefer", "wait=" + seconds);
        }
        JsonNode prediction = context.json(context.exchange(request, false));
        String id = prediction.path("id").asText("");
        if (!Urls.isSafeId(id)) {
            throw new MalformedResponseException(context.model(), "the created prediction has no usable id");
        }
        URI get = own(base, prediction.path("urls").path("get"), Urls.child(base, "predictions/" + id));
        URI cancel =
                own(base, prediction.path("urls").path("cancel"), Urls.child(base, "predictions/" + id + "/cancel"));
        String status = status(context, prediction);
        boolean finished = false;
        try {
            int poll = 0;
            while (RUNNING.contains(status)) {
                context.awaitNextPoll(poll++);
                prediction = context.json(
                        context.exchange(HttpRequest.newBuilder(get).GET().header("Accept", "application/json"), true));
                status = status(context, prediction);
            }
            finished = true;
        } finally {
            if (!finished) {
                context.cancelJob(HttpRequest.newBuilder(cancel)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .header("Accept", "application/json"));
            }
        }
        return switch (status) {
            case "succeeded" -> new Reply.Json(prediction.has("output") ? prediction.get("output") : NullNode.instance);
            case "failed" ->
                throw new JobFailedException(
                        context.model(),
                        id,
                        status,
                        context.scrub(prediction.path("error").asText("(no error given)")),
                        context.scrub(prediction.toString()));
            default ->
                throw new CallCancelledException(
                        context.model(), "prediction " + id + " was " + status + " at the provider");
        };
    }

    private static String status(TransportContext context, JsonNode prediction) {
        String status = prediction.path("status").asText("");
        if (!RUNNING.contains(status) && !FINISHED.contains(status)) {
            throw new MalformedResponseException(
                    context.model(),
                    "unknown prediction status \"" + (status.length() > 40 ? status.substring(0, 40) + "…" : status)
                            + "\"");
        }
        return status;
    }

    /** The URL the prediction names, when it is on the base URL's origin (the credential goes there); else {@code fallback}. */
    private static URI own(URI base, JsonNode url, URI fallback) {
        if (!url.isTextual()) {
            return fallback;
        }
        try {
            URI uri = URI.create(url.asText());
            return Urls.sameOrigin(base, uri) && uri.getRawQuery() == null ? uri : fallback;
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
