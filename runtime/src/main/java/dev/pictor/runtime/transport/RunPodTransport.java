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

/**
 * RunPod Serverless ({@code runpod-serverless}), under {@code {base} = https://api.runpod.ai/v2/{endpoint_id}} (the
 * endpoint is the model, so the model path is empty):
 *
 * <ol>
 *   <li>{@code POST {base}/run} with {@code {"input": {...}}} answers {@code {"id", "status": "IN_QUEUE"}}; with
 *       {@link TransportContext#waitForResult()} {@code POST {base}/runsync}, which answers with the finished job (or,
 *       when it takes longer, with its id and status). Not idempotent: retried only after a 429 or 503 or a
 *       connection that could not be opened;</li>
 *   <li>{@code GET {base}/status/{id}} at the client's poll interval until {@code COMPLETED}, {@code FAILED},
 *       {@code CANCELLED} or {@code TIMED_OUT};</li>
 *   <li>{@code COMPLETED}: the job's {@code output} is the payload (images as data URIs or URLs, read by the
 *       adapter); {@code FAILED} and {@code TIMED_OUT}: a {@link JobFailedException} with the job's {@code error}
 *       (RunPod validates the input in the worker: a refused input ends here); {@code CANCELLED}: a
 *       {@link CallCancelledException}.</li>
 * </ol>
 *
 * When the call ends any other way while the job runs, the job is cancelled: {@code POST {base}/cancel/{id}}.
 */
public final class RunPodTransport implements Transport {

    public static final String KIND = "runpod-serverless";

    private static final Set<String> RUNNING = Set.of("IN_QUEUE", "IN_PROGRESS");
    private static final Set<String> FINISHED = Set.of("COMPLETED", "FAILED", "CANCELLED", "TIMED_OUT");

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Reply send(ModelAdapter<?, ?> adapter, byte[] input, TransportContext context)
            throws IOException, InterruptedException {
        URI base = context.baseUrl();
        String prefix = adapter.modelPath().isEmpty() ? "" : adapter.modelPath() + "/";
        boolean sync = context.waitForResult();
        HttpRequest.Builder request = HttpRequest.newBuilder(Urls.child(base, prefix + (sync ? "runsync" : "run")))
                .POST(HttpRequest.BodyPublishers.ofByteArray(JobBodies.envelope(input)))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        JsonNode job = context.json(context.exchange(request, false));
        String id = job.path("id").asText("");
        if (!Urls.isSafeId(id)) {
            throw new MalformedResponseException(context.model(), "the job has no usable id");
        }
        String status = status(context, job);
        boolean finished = false;
        try {
            int poll = 0;
            while (RUNNING.contains(status)) {
                context.awaitNextPoll(poll++);
                job = context.json(context.exchange(
                        HttpRequest.newBuilder(Urls.child(base, prefix + "status/" + id))
                                .GET()
                                .header("Accept", "application/json"),
                        true));
                status = status(context, job);
            }
            finished = true;
        } finally {
            if (!finished) {
                context.cancelJob(HttpRequest.newBuilder(Urls.child(base, prefix + "cancel/" + id))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .header("Accept", "application/json"));
            }
        }
        return switch (status) {
            case "COMPLETED" -> new Reply.Json(job.has("output") ? job.get("output") : NullNode.instance);
            case "CANCELLED" ->
                throw new CallCancelledException(context.model(), "job " + id + " was cancelled at the provider");
            default ->
                throw new JobFailedException(
                        context.model(), id, status, context.scrub(error(job)), context.scrub(job.toString()));
        };
    }

    private static String error(JsonNode job) {
        JsonNode error = job.path("error");
        if (error.isTextual()) {
            return error.asText();
        }
        return error.isMissingNode() || error.isNull() ? "(no error given)" : error.toString();
    }

    private static String status(TransportContext context, JsonNode job) {
        String status = job.path("status").asText("");
        if (!RUNNING.contains(status) && !FINISHED.contains(status)) {
            throw new MalformedResponseException(
                    context.model(),
                    "unknown job status \"" + (status.length() > 40 ? status.substring(0, 40) + "…" : status) + "\"");
        }
        return status;
    }
}
