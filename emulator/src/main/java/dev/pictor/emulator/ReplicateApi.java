package dev.pictor.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pictor.core.model.ProviderDocument;
import dev.pictor.core.validate.Violation;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replicate's predictions API ({@code replicate-predictions} transport), as its OpenAPI document describes it:
 * {@code POST /v1/predictions} with {@code {"version", "input"}} (or {@code POST /v1/models/{owner}/{name}/predictions}
 * with {@code {"input"}}) creates a prediction (201) that goes {@code starting} → {@code processing} →
 * {@code succeeded} (or {@code failed}, or {@code canceled} by {@code POST /v1/predictions/{id}/cancel}), read with
 * {@code GET /v1/predictions/{id}}; {@code Prefer: wait} answers with the finished prediction. Output files are served
 * under {@code /files/}. Errors are problem documents ({@code application/problem+json}): {@code {"title", "detail",
 * "status"}}, with {@code invalid_fields} when the input fails the model's schema (422).
 */
final class ReplicateApi extends ProviderApi {

    static final String PROBLEM = "application/problem+json";

    private static final Pattern PREDICTION = Pattern.compile("/v1/predictions/([^/]+)");
    private static final Pattern CANCEL = Pattern.compile("/v1/predictions/([^/]+)/cancel");
    private static final Pattern MODEL_PREDICTIONS = Pattern.compile("/v1/models/([^/]+)/([^/]+)/predictions");
    private static final Pattern FILE = Pattern.compile("/files/([^/]+)/out-(\\d+)\\.(png|jpg)");
    private static final Pattern PREFER_WAIT = Pattern.compile("(?:^|[,;\\s])wait(?:=(\\d+))?(?:$|[,;\\s])");
    private static final Set<String> REQUEST_MEMBERS =
            Set.of("version", "input", "stream", "webhook", "webhook_events_filter");

    private final JobStore<Job> jobs = new JobStore<>(n -> String.format(Locale.ROOT, "emu%023d", n));

    ReplicateApi(ProviderDocument provider, String mount, List<ServedModel> models, Settings settings) {
        super(provider, mount, models, settings);
    }

    @Override
    Response handle(ApiRequest request) {
        String path = request.path();
        Matcher m;
        if (path.equals("/v1/predictions")) {
            return post(request) ? create(request, null) : notAllowed("POST");
        }
        if ((m = MODEL_PREDICTIONS.matcher(path)).matches()) {
            return post(request) ? create(request, m.group(1) + "/" + m.group(2)) : notAllowed("POST");
        }
        if ((m = CANCEL.matcher(path)).matches()) {
            if (!post(request)) {
                return notAllowed("POST");
            }
            return jobs.get(m.group(1))
                    .map(job -> {
                        Instant now = settings.clock().instant();
                        job.cancel(now);
                        return Response.json(200, prediction(job, request.mountUrl(), job.stage(now), now));
                    })
                    .orElseGet(this::predictionNotFound);
        }
        if ((m = PREDICTION.matcher(path)).matches()) {
            if (!request.method().equals("GET")) {
                return notAllowed("GET");
            }
            return jobs.get(m.group(1))
                    .map(job -> {
                        Instant now = settings.clock().instant();
                        return Response.json(200, prediction(job, request.mountUrl(), job.stage(now), now));
                    })
                    .orElseGet(this::predictionNotFound);
        }
        if ((m = FILE.matcher(path)).matches()) {
            if (!request.method().equals("GET")) {
                return notAllowed("GET");
            }
            return file(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        return problem(404, "Not found", "No route for " + request.method() + " " + path, null);
    }

    private static boolean post(ApiRequest request) {
        return request.method().equals("POST");
    }

    private Response create(ApiRequest request, String modelFromPath) {
        JsonNode body;
        try {
            body = Wire.read(request.body());
        } catch (Wire.MalformedJson e) {
            return problem(400, "Bad request", "The request body is not valid JSON: " + e.getMessage(), null);
        }
        List<Violation> envelope = envelopeViolations(body, modelFromPath == null);
        if (!envelope.isEmpty()) {
            return invalid(envelope, "");
        }
        Optional<ServedModel> found = modelFromPath != null
                ? latest(modelFromPath)
                : byVersion(body.get("version").asText());
        if (found.isEmpty()) {
            return problem(
                    422,
                    "Invalid version or not permitted",
                    "The specified version does not exist (or perhaps you don't have permission to use it?)",
                    null);
        }
        ServedModel model = found.get();
        JsonNode input = body.get("input");
        List<Violation> violations = model.validate(input);
        if (!violations.isEmpty()) {
            return invalid(violations, "input");
        }
        String id = jobs.nextId();
        boolean fails = settings.faults().takeJobFailure(id());
        ServedModel.Plan plan = model.plan(input);
        String mountUrl = request.mountUrl();
        String extension = model.imageMediaType().equals("image/jpeg") ? "jpg" : "png";
        Job job;
        if (fails) {
            job = new Job(
                    id,
                    model,
                    input,
                    settings.clock().instant(),
                    settings.jobStep(),
                    null,
                    null,
                    "Prediction failed (emulated): the model raised an error");
        } else {
            List<byte[]> images = model.render(plan);
            JsonNode output = new OutputShaper(
                            images,
                            model.imageMediaType(),
                            plan.seed(),
                            i -> mountUrl + "/files/" + id + "/out-" + i + "." + extension)
                    .shape(model.outputSchema());
            job = new Job(id, model, input, settings.clock().instant(), settings.jobStep(), images, output, null);
        }
        jobs.put(job.id(), job);
        Optional<String> prefer = request.header("prefer");
        if (prefer.isPresent() && PREFER_WAIT.matcher(prefer.get().trim()).find()) {
            job.finishNow();
            return Response.json(201, prediction(job, mountUrl, Job.FINISHED, job.created()));
        }
        return Response.json(201, prediction(job, mountUrl, Job.QUEUED, job.created()));
    }

    /** The request body's own schema: {@code version} and {@code input} required, no other members. */
    private static List<Violation> envelopeViolations(JsonNode body, boolean versionRequired) {
        List<Violation> violations = new ArrayList<>();
        if (!body.isObject()) {
            violations.add(new Violation("", "type", "the body must be a JSON object"));
            return violations;
        }
        if (versionRequired && !body.path("version").isTextual()) {
            violations.add(new Violation(
                    "/version",
                    body.has("version") ? "type" : "required",
                    body.has("version") ? "version must be a string" : "version is required"));
        }
        if (!body.path("input").isObject()) {
            violations.add(new Violation(
                    "/input",
                    body.has("input") ? "type" : "required",
                    body.has("input") ? "input must be an object" : "input is required"));
        }
        body.fieldNames().forEachRemaining(name -> {
            if (!REQUEST_MEMBERS.contains(name) || (!versionRequired && name.equals("version"))) {
                violations.add(new Violation(
                        "/" + name, "additionalProperties", "Additional property " + name + " is not allowed"));
            }
        });
        return violations;
    }

    /** {@code {hash}}, {@code {owner}/{name}:{hash}} or, for the latest version, {@code {owner}/{name}}. */
    private Optional<ServedModel> byVersion(String version) {
        int colon = version.indexOf(':');
        String name = colon < 0 ? null : version.substring(0, colon);
        String hash = colon < 0 ? version : version.substring(colon + 1);
        if (colon < 0 && version.contains("/")) {
            return latest(version);
        }
        return models().stream()
                .filter(m -> m.document()
                        .providerVersion()
                        .orElse(m.document().version())
                        .equals(hash))
                .filter(m -> name == null || m.id().equals(name))
                .findFirst();
    }

    private Response file(String predictionId, int index, String extension) {
        Optional<Job> job = jobs.get(predictionId);
        Instant now = settings.clock().instant();
        if (job.isEmpty()
                || job.get().failed()
                || job.get().cancelled()
                || job.get().stage(now) != Job.FINISHED
                || index >= job.get().images().size()) {
            return problem(404, "Not found", "No such file", null);
        }
        String mediaType = extension.equals("jpg") ? "image/jpeg" : "image/png";
        return Response.bytes(200, mediaType, job.get().images().get(index));
    }

    /** The prediction object at {@code stage} (as of {@code now}, for a cancelled one). */
    private ObjectNode prediction(Job job, String mountUrl, int stage, Instant now) {
        String status;
        if (job.cancelled() && stage != Job.FINISHED) {
            status = "canceled";
        } else {
            status = switch (stage) {
                case Job.QUEUED -> "starting";
                case Job.RUNNING -> "processing";
                default -> job.failed() ? "failed" : "succeeded";
            };
        }
        boolean terminal = !status.equals("starting") && !status.equals("processing");
        ServedModel model = job.model();
        ObjectNode p = Wire.object();
        p.put("id", job.id());
        p.put("model", model.id());
        p.put(
                "version",
                model.document().providerVersion().orElse(model.document().version()));
        p.set("input", job.input());
        p.put(
                "logs",
                stage >= Job.RUNNING ? "Using seed: " + model.plan(job.input()).seed() + "\n" : "");
        if (status.equals("succeeded")) {
            p.set("output", job.output());
        } else {
            p.putNull("output");
        }
        p.put("data_removed", false);
        if (status.equals("failed")) {
            p.put("error", job.error());
        } else {
            p.putNull("error");
        }
        p.put("status", status);
        p.put("created_at", timestamp(job.created()));
        p.put("source", "api");
        if (stage >= Job.RUNNING) {
            p.put("started_at", timestamp(job.reached(Job.RUNNING)));
        }
        if (terminal) {
            Instant done = status.equals("canceled") ? now : job.reached(Job.FINISHED);
            p.put("completed_at", timestamp(done));
            ObjectNode metrics = Wire.object();
            Duration predict = Duration.between(job.reached(Job.RUNNING), done);
            metrics.put("predict_time", Math.max(0, predict.toMillis()) / 1000.0);
            metrics.put("total_time", Duration.between(job.created(), done).toMillis() / 1000.0);
            p.set("metrics", metrics);
        }
        ObjectNode urls = Wire.object();
        urls.put("cancel", mountUrl + "/v1/predictions/" + job.id() + "/cancel");
        urls.put("get", mountUrl + "/v1/predictions/" + job.id());
        urls.put("web", mountUrl + "/p/" + job.id());
        p.set("urls", urls);
        return p;
    }

    private static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    private Response invalid(List<Violation> violations, String prefix) {
        ArrayNode fields = Wire.array();
        StringBuilder detail = new StringBuilder();
        for (Violation v : violations) {
            String field = field(prefix, v.pointer());
            ObjectNode f = Wire.object();
            f.put("type", v.keyword());
            f.put("field", field);
            f.put("description", v.message());
            fields.add(f);
            detail.append(detail.length() == 0 ? "" : "\n")
                    .append("- ")
                    .append(field)
                    .append(": ")
                    .append(v.message());
        }
        return problem(422, "Input validation failed", detail.toString(), fields);
    }

    /** {@code input} + {@code /width} → {@code input.width}; an array index stays a segment: {@code input.image.3}. */
    private static String field(String prefix, String pointer) {
        StringBuilder field = new StringBuilder(prefix);
        for (String segment :
                pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1)) {
            String decoded = segment.replace("~1", "/").replace("~0", "~");
            field.append(field.length() == 0 ? "" : ".").append(decoded);
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    private Response predictionNotFound() {
        return problem(404, "Not found", "The requested prediction could not be found.", null);
    }

    private Response notAllowed(String allowed) {
        return problem(405, "Method not allowed", "This endpoint takes " + allowed, null)
                .withHeader("Allow", allowed);
    }

    private static Response problem(int status, String title, String detail, ArrayNode invalidFields) {
        ObjectNode body = Wire.object();
        body.put("title", title);
        body.put("detail", detail);
        body.put("status", status);
        if (invalidFields != null) {
            body.set("invalid_fields", invalidFields);
        }
        return Response.json(status, PROBLEM, body);
    }

    @Override
    Response error(ErrorKind kind, String message) {
        return switch (kind) {
            case BAD_REQUEST -> problem(400, "Bad request", message, null);
            case UNAUTHORIZED -> problem(401, "Unauthenticated", "You did not pass a valid authentication token", null);
            case NOT_FOUND -> problem(404, "Not found", message, null);
            case METHOD_NOT_ALLOWED -> problem(405, "Method not allowed", message, null);
            case TOO_LARGE -> problem(413, "Content Too Large", message, null);
            case RATE_LIMITED -> problem(429, "Request was throttled.", message, null);
            case SERVER_ERROR -> problem(500, "Internal Server Error", message, null);
            case UNAVAILABLE -> problem(503, "Service Unavailable", message, null);
        };
    }

    @Override
    boolean requiresCredential(ApiRequest request) {
        return !request.path().startsWith("/files/");
    }

    @Override
    void reset() {
        jobs.clear();
    }

    @Override
    String baseUrl(String origin) {
        return origin + mount() + "/v1";
    }

    @Override
    String baseUrlTemplate(String origin) {
        return baseUrl(origin);
    }

    @Override
    List<String> modelEndpoints(String origin) {
        List<String> lines = new ArrayList<>();
        for (ServedModel model : models()) {
            String version =
                    model.document().providerVersion().orElse(model.document().version());
            lines.add(
                    "POST " + baseUrl(origin) + "/predictions {\"version\": \"" + version + "\"} (" + model.id() + ")");
        }
        return lines;
    }
}
