package dev.pictor.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pictor.core.model.ProviderDocument;
import dev.pictor.core.validate.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RunPod Serverless ({@code runpod-serverless} transport), under {@code /v2/{endpoint_id}}: {@code POST /run} with
 * {@code {"input": {...}}} queues a job ({@code {"id", "status": "IN_QUEUE"}}) that goes {@code IN_QUEUE} →
 * {@code IN_PROGRESS} → {@code COMPLETED} (or {@code FAILED}), read with {@code GET|POST /status/{id}};
 * {@code POST /runsync} answers with the finished job; {@code POST /cancel/{id}} cancels. The endpoint id names the
 * model: the model id with every run of other characters than letters and digits turned into {@code -}
 * ({@code runpod-workers-worker-sdxl}); when the provider has one model, any endpoint id serves it.
 *
 * <p>As on RunPod, the input is validated by the worker, not by the API: a request whose input fails the model's schema
 * is queued, then ends {@code FAILED} with the violations in {@code error}. Only an envelope without an {@code input}
 * object is refused at once (400, {@code {"error": "..."}}).
 */
final class RunPodApi extends ProviderApi {

    static final String WORKER_ID = "emulator-worker";

    private static final Pattern ROUTE = Pattern.compile("/v2/([^/]+)/(run|runsync|status|cancel|health)(?:/([^/]+))?");

    private final JobStore<Job> jobs =
            new JobStore<>(n -> String.format(Locale.ROOT, "00000000-0000-4000-8000-%012d-e1", n));

    RunPodApi(ProviderDocument provider, String mount, List<ServedModel> models, Settings settings) {
        super(provider, mount, models, settings);
    }

    /** {@code runpod-workers/worker-sdxl} → {@code runpod-workers-worker-sdxl}. */
    static String endpointId(String modelId) {
        return modelId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private Optional<ServedModel> endpoint(String endpointId) {
        for (String id : modelIds()) {
            if (endpointId(id).equals(endpointId)) {
                return latest(id);
            }
        }
        return modelIds().size() == 1 ? latest(modelIds().get(0)) : Optional.empty();
    }

    @Override
    Response handle(ApiRequest request) {
        Matcher route = ROUTE.matcher(request.path());
        if (!route.matches()) {
            return failure(404, "No route for " + request.method() + " " + request.path());
        }
        Optional<ServedModel> model = endpoint(route.group(1));
        if (model.isEmpty()) {
            return failure(404, "No endpoint " + route.group(1));
        }
        String operation = route.group(2);
        String jobId = route.group(3);
        boolean needsJobId = operation.equals("status") || operation.equals("cancel");
        if (needsJobId != (jobId != null)) {
            return failure(404, "No route for " + request.method() + " " + request.path());
        }
        return switch (operation) {
            case "run", "runsync" ->
                request.method().equals("POST")
                        ? run(request, model.get(), operation.equals("runsync"))
                        : notAllowed("POST");
            case "status" ->
                request.method().equals("GET") || request.method().equals("POST")
                        ? jobs.get(jobId)
                                .map(job -> {
                                    Instant now = settings.clock().instant();
                                    return Response.json(200, status(job, job.stage(now)));
                                })
                                .orElseGet(() -> failure(404, "request does not exist"))
                        : notAllowed("GET, POST");
            case "cancel" ->
                request.method().equals("POST")
                        ? jobs.get(jobId)
                                .map(job -> {
                                    Instant now = settings.clock().instant();
                                    job.cancel(now);
                                    return Response.json(200, status(job, job.stage(now)));
                                })
                                .orElseGet(() -> failure(404, "request does not exist"))
                        : notAllowed("POST");
            default -> request.method().equals("GET") ? health() : notAllowed("GET");
        };
    }

    private Response run(ApiRequest request, ServedModel model, boolean sync) {
        JsonNode body;
        try {
            body = Wire.read(request.body());
        } catch (Wire.MalformedJson e) {
            return failure(400, "the request body is not valid JSON: " + e.getMessage());
        }
        if (!body.isObject() || !body.path("input").isObject()) {
            return failure(400, "the request body must be a JSON object with an \"input\" object");
        }
        JsonNode input = body.get("input");
        String id = jobs.nextId();
        Instant created = settings.clock().instant();
        List<Violation> violations = model.validate(input);
        Job job;
        if (!violations.isEmpty()) {
            job = new Job(
                    id,
                    model,
                    input,
                    created,
                    settings.jobStep(),
                    null,
                    null,
                    "Input validation failed: " + describe(violations));
        } else if (settings.faults().takeJobFailure(id())) {
            job = new Job(
                    id,
                    model,
                    input,
                    created,
                    settings.jobStep(),
                    null,
                    null,
                    "Job failed (emulated): the handler raised an error");
        } else {
            ServedModel.Plan plan = model.plan(input);
            List<byte[]> images = model.render(plan);
            JsonNode output =
                    new OutputShaper(images, model.imageMediaType(), plan.seed(), i -> "").shape(model.outputSchema());
            job = new Job(id, model, input, created, settings.jobStep(), images, output, null);
        }
        jobs.put(job.id(), job);
        if (sync) {
            job.finishNow();
            return Response.json(200, status(job, Job.FINISHED));
        }
        ObjectNode queued = Wire.object();
        queued.put("id", id);
        queued.put("status", "IN_QUEUE");
        return Response.json(200, queued);
    }

    /** The job's status object at {@code stage}, as {@code /status} and {@code /runsync} answer it. */
    private static ObjectNode status(Job job, int stage) {
        String status;
        if (job.cancelled() && stage != Job.FINISHED) {
            status = "CANCELLED";
        } else {
            status = switch (stage) {
                case Job.QUEUED -> "IN_QUEUE";
                case Job.RUNNING -> "IN_PROGRESS";
                default -> job.failed() ? "FAILED" : "COMPLETED";
            };
        }
        ObjectNode s = Wire.object();
        if (stage >= Job.RUNNING) {
            s.put(
                    "delayTime",
                    Duration.between(job.created(), job.reached(Job.RUNNING)).toMillis());
        }
        if (stage == Job.FINISHED && !job.cancelled()) {
            s.put(
                    "executionTime",
                    Duration.between(job.reached(Job.RUNNING), job.reached(Job.FINISHED))
                            .toMillis());
        }
        s.put("id", job.id());
        if (status.equals("COMPLETED")) {
            s.set("output", job.output());
        }
        if (status.equals("FAILED")) {
            s.put("error", job.error());
        }
        s.put("status", status);
        if (stage >= Job.RUNNING) {
            s.put("workerId", WORKER_ID);
        }
        return s;
    }

    private static Response health() {
        ObjectNode jobsNode = Wire.object();
        jobsNode.put("completed", 0);
        jobsNode.put("failed", 0);
        jobsNode.put("inProgress", 0);
        jobsNode.put("inQueue", 0);
        jobsNode.put("retried", 0);
        ObjectNode workers = Wire.object();
        workers.put("idle", 1);
        workers.put("running", 0);
        ObjectNode body = Wire.object();
        body.set("jobs", jobsNode);
        body.set("workers", workers);
        return Response.json(200, body);
    }

    private static Response failure(int status, String message) {
        ObjectNode body = Wire.object();
        body.put("error", message);
        return Response.json(status, body);
    }

    private static Response notAllowed(String allowed) {
        return failure(405, "method not allowed; this endpoint takes " + allowed)
                .withHeader("Allow", allowed);
    }

    @Override
    Response error(ErrorKind kind, String message) {
        return switch (kind) {
            case BAD_REQUEST -> failure(400, message);
            case UNAUTHORIZED -> failure(401, "Unauthorized");
            case NOT_FOUND -> failure(404, message);
            case METHOD_NOT_ALLOWED -> failure(405, message);
            case TOO_LARGE -> failure(413, message);
            case RATE_LIMITED -> failure(429, message);
            case SERVER_ERROR -> failure(500, message);
            case UNAVAILABLE -> failure(503, message);
        };
    }

    @Override
    void reset() {
        jobs.clear();
    }

    @Override
    String baseUrl(String origin) {
        return modelIds().isEmpty()
                ? baseUrlTemplate(origin)
                : baseUrl(origin, modelIds().get(0));
    }

    @Override
    String baseUrl(String origin, String modelId) {
        return origin + mount() + "/v2/" + endpointId(modelId);
    }

    @Override
    String baseUrlTemplate(String origin) {
        return origin + mount() + "/v2/{endpoint_id}";
    }

    @Override
    List<String> modelEndpoints(String origin) {
        List<String> lines = new ArrayList<>();
        for (String id : modelIds()) {
            lines.add("POST " + baseUrl(origin, id) + "/run | /runsync, GET /status/{id}, POST /cancel/{id} (" + id
                    + ")");
        }
        return lines;
    }
}
