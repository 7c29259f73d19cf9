package dev.pictor.runtime.transport;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pictor.runtime.client.CallCancelledException;
import dev.pictor.runtime.client.JobFailedException;
import dev.pictor.runtime.client.MalformedResponseException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Optional;

/**
 * Runs an asynchronous job as its provider's {@link JobFlow} describes it, for {@link OpenApiTransport}: submits the
 * operation's request, reads the job's id (and polling URL) from the answer, polls until a status ends the job, and
 * hands back the result or the failure:
 *
 * <ul>
 *   <li>a status of {@link JobFlow#succeeded()}: a {@link Reply.Json} of the value at {@link JobFlow#result()};</li>
 *   <li>of {@link JobFlow#failed()}: a {@link JobFailedException} with the text at {@link JobFlow#error()}, scrubbed
 *       of credentials;</li>
 *   <li>of {@link JobFlow#cancelled()}: a {@link CallCancelledException};</li>
 *   <li>a status no list names: a {@link MalformedResponseException}.</li>
 * </ul>
 *
 * The submit answer need not have a status (Black Forest Labs' has none): the job then runs. Polls wait as
 * {@link JobFlow#backoff()} says, else as the client's poll settings do ({@link TransportContext#awaitNextPoll}), never
 * past the call's timeout; a 429 or 503 poll answer is retried after its {@code Retry-After} by the client's exchange.
 * The polling URL gets the credential only when the provider names its host. When the call ends any other way while
 * the job runs (timeout, cancellation, a failed poll, an unknown status), the {@link JobFlow#cancel()} request is sent
 * once, when there is one.
 */
final class DescribedJob {

    private final JobFlow flow;
    private final TransportContext context;

    DescribedJob(JobFlow flow, TransportContext context) {
        this.flow = flow;
        this.context = context;
    }

    /** Submits {@code submit} (not idempotent: it creates the job) and waits for the job to end. */
    Reply run(HttpRequest.Builder submit) throws IOException, InterruptedException {
        JsonNode answer = context.json(context.exchange(submit.setHeader("Accept", "application/json"), false));
        JsonNode idNode = answer.at(flow.id());
        String id = idNode.isTextual() || idNode.isIntegralNumber() ? idNode.asText() : "";
        if (!Urls.isSafeId(id)) {
            throw new MalformedResponseException(context.model(), "the submitted job has no usable id at " + flow.id());
        }
        URI poll = pollUri(answer, id);
        JobFlow.State state = state(answer, true);
        boolean ended = false;
        try {
            for (int n = 0; state == JobFlow.State.RUNNING; n++) {
                if (flow.backoff().isPresent()) {
                    context.awaitPoll(flow.backoff().get().before(n));
                } else {
                    context.awaitNextPoll(n);
                }
                answer = context.json(context.exchange(
                        HttpRequest.newBuilder(poll).GET().header("Accept", "application/json"), true));
                state = state(answer, false);
            }
            ended = true;
        } finally {
            if (!ended) {
                flow.cancel()
                        .ifPresent(c -> context.cancelJob(HttpRequest.newBuilder(
                                        Urls.child(context.baseUrl(), c.path().replace("{id}", id)))
                                .method(c.method(), HttpRequest.BodyPublishers.noBody())
                                .header("Accept", "application/json")));
            }
        }
        String status = answer.at(flow.status()).asText();
        return switch (state) {
            case SUCCEEDED -> {
                JsonNode result = answer.at(flow.result());
                if (result.isMissingNode()) {
                    throw new MalformedResponseException(
                            context.model(), "job " + id + " ended " + status + " with nothing at " + flow.result());
                }
                yield new Reply.Json(result);
            }
            case FAILED ->
                throw new JobFailedException(
                        context.model(), id, status, context.scrub(error(answer)), context.scrub(answer.toString()));
            case CANCELLED ->
                throw new CallCancelledException(context.model(), "job " + id + " was " + status + " at the provider");
            case RUNNING -> throw new IllegalStateException("the job runs still");
        };
    }

    /**
     * Where the job is polled: the submit answer's polling URL (resolved against the base URL), else the described
     * poll request.
     */
    private URI pollUri(JsonNode answer, String id) {
        Optional<JsonNode> url = flow.pollingUrl().map(answer::at).filter(JsonNode::isTextual);
        if (url.isPresent()) {
            URI uri;
            try {
                uri = context.baseUrl().resolve(url.get().asText());
            } catch (IllegalArgumentException e) {
                throw new MalformedResponseException(context.model(), "the job's polling URL is not a URL");
            }
            String refusal = Urls.refusal(uri);
            if (refusal != null) {
                throw new MalformedResponseException(
                        context.model(), "the job's polling URL " + Urls.forLog(uri) + " is refused: " + refusal);
            }
            return uri;
        }
        JobFlow.Poll poll = flow.poll()
                .orElseThrow(() -> new MalformedResponseException(
                        context.model(),
                        "the submitted job has no polling URL at "
                                + flow.pollingUrl().orElse("(none described)")
                                + " and the provider describes no poll request"));
        return OperationRequests.withQuery(
                Urls.child(context.baseUrl(), poll.path().replace("{id}", id)),
                OperationRequests.query(poll.query(), id));
    }

    /**
     * What the answer's status means; a submit answer without one is a job that runs.
     *
     * @throws MalformedResponseException for a status no list names
     */
    private JobFlow.State state(JsonNode answer, boolean submitted) {
        JsonNode status = answer.at(flow.status());
        if (submitted && (status.isMissingNode() || status.isNull())) {
            return JobFlow.State.RUNNING;
        }
        String value = status.isValueNode() ? status.asText() : status.toString();
        return flow.state(value)
                .orElseThrow(() -> new MalformedResponseException(
                        context.model(),
                        "unknown job status \"" + (value.length() > 40 ? value.substring(0, 40) + "…" : value)
                                + "\" at " + flow.status()));
    }

    /** The failure's explanation: the text at the error pointer, or that value as JSON. */
    private String error(JsonNode answer) {
        JsonNode error = flow.error().map(answer::at).orElse(answer.path("(none)"));
        if (error.isTextual()) {
            return error.asText();
        }
        return error.isMissingNode() || error.isNull() ? "(no error given)" : error.toString();
    }
}
