package dev.pictor.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pictor.core.model.JobFlow;
import dev.pictor.core.model.Operation;
import dev.pictor.core.model.ProviderDocument;
import dev.pictor.core.validate.Violation;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The operations of a provider of transport {@code openapi}, served from its documents alone: each model document's
 * {@code operation} (method, path template below the base URL's path, parameters, JSON or multipart body, responses by
 * media type) and, when the provider document describes one, its {@code job} flow. No provider has code of its own
 * here: OpenAI, Stability, Black Forest Labs or any other imported API is served by the same reading.
 *
 * <p>A request is read into the model's input (each parameter from the path, query or headers, converted to its
 * schema's type; the body under its member, a multipart body put back together part by part, {@link MultipartBody})
 * and validated with the reference validator against the effective input schema. The answer is the response the
 * {@code Accept} header chooses (the first JSON one without it): image bytes, or JSON shaped from the response's schema
 * ({@link OutputShaper}). A provider that runs jobs answers the submit with the job's id (and polling URL, where the
 * description has one); polls answer the description's status values, {@code running} ones a job step each, then the
 * outcome its {@link JobScript} says (success with the result at {@code result}, by default). Result images are served
 * under {@code /_files/} without a credential.
 *
 * <p>Errors are {@code {"error": {"message", "type", "param", "code"}}} (OpenAI's shape; the documents do not describe
 * each provider's): 400 for an invalid request, a multipart part named in {@code param}.
 */
final class OpenApiApi extends ProviderApi {

    /** Where result images are served, below the mount. */
    static final String FILES = "/_files/";
    /** The emulator's own polling path, below the base path, for a flow with a polling URL but no poll request. */
    static final String JOBS = "/_jobs/";
    /** Image sets kept for {@link #FILES}; the oldest are dropped past this. */
    static final int FILE_CAPACITY = 512;

    private static final Pattern FILE = Pattern.compile(Pattern.quote(FILES) + "([0-9a-z-]+)/([0-9]{1,2})\\.(png|jpg)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}/]+\\}");

    private final String basePath;
    private final List<Route> routes;
    private final Optional<JobFlow> flow;
    private final EmulatorState state;
    private final JobStore<DescribedJob> jobs =
            new JobStore<>(n -> String.format(Locale.ROOT, "emu-%08d-0000-4000-8000-000000000000", n));
    private final JobStore<StoredImages> files = new JobStore<>(n -> String.format(Locale.ROOT, "f%07d", n));

    /** One operation: its method and path template (below the base path), the model that serves it. */
    private record Route(String method, PathTemplate path, ServedModel model, Operation operation) {}

    /** Images served under {@link #FILES}. */
    private record StoredImages(List<byte[]> images, String mediaType) {}

    /** A submitted job: its schedule (a {@link Job}), the status it ends with, the polls still to be refused. */
    private record DescribedJob(
            Job job, JobScript script, String endStatus, AtomicInteger rateLimitedPolls, AtomicBoolean cancelled) {}

    OpenApiApi(ProviderDocument provider, String mount, List<ServedModel> models, Settings settings) {
        super(provider, mount, models, settings);
        this.state = settings.state();
        this.basePath = basePath(provider.baseUrl());
        this.flow = provider.job();
        List<Route> found = new ArrayList<>();
        for (String id : modelIds()) {
            ServedModel model = latest(id).orElseThrow();
            model.document()
                    .operation()
                    .ifPresent(op -> found.add(new Route(op.method(), new PathTemplate(op.path()), model, op)));
        }
        found.sort(Comparator.comparingInt((Route r) -> -r.path().literalLength())
                .thenComparing(r -> r.path().template())
                .thenComparing(Route::method));
        this.routes = List.copyOf(found);
    }

    /** The path of a base URL ({@code https://api.openai.com/v1} → {@code /v1}), placeholders filled. */
    static String basePath(String baseUrl) {
        String filled = PLACEHOLDER.matcher(baseUrl).replaceAll("emulator");
        String path;
        try {
            path = URI.create(filled).getPath();
        } catch (IllegalArgumentException e) {
            path = "";
        }
        path = path == null ? "" : path;
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    @Override
    Response handle(ApiRequest request) {
        String path = request.path();
        Matcher file = FILE.matcher(path);
        if (file.matches()) {
            return request.method().equals("GET")
                    ? file(file.group(1), Integer.parseInt(file.group(2)))
                    : notAllowed("GET");
        }
        if (!basePath.isEmpty() && !path.equals(basePath) && !path.startsWith(basePath + "/")) {
            return failure(404, "not_found", "No route for " + request.method() + " " + path, null);
        }
        String rest = path.substring(basePath.length());
        Optional<Response> job = flow.flatMap(f -> jobRoute(f, request, rest));
        if (job.isPresent()) {
            return job.get();
        }
        List<String> allowed = new ArrayList<>();
        for (Route route : routes) {
            Optional<Map<String, String>> values = route.path().match(rest);
            if (values.isEmpty()) {
                continue;
            }
            if (route.method().equals(request.method())) {
                return call(request, route, values.get());
            }
            allowed.add(route.method());
        }
        if (!allowed.isEmpty()) {
            return notAllowed(String.join(", ", new TreeSet<>(allowed)));
        }
        return failure(404, "not_found", "No route for " + request.method() + " " + path, null);
    }

    // ---- an operation's call

    private Response call(ApiRequest request, Route route, Map<String, String> pathValues) {
        Operation op = route.operation();
        ServedModel model = route.model();
        SchemaView view = model.inputView();
        Map<String, JsonNode> members = view.properties(model.inputSchema());
        ObjectNode input = Wire.object();
        Map<String, String> query = query(request.rawQuery());
        for (Operation.Parameter p : op.parameters()) {
            String raw = switch (p.in()) {
                case PATH -> pathValues.get(p.name());
                case QUERY -> query.get(p.name());
                case HEADER -> request.header(p.name().toLowerCase(Locale.ROOT)).orElse(null);
            };
            if (raw != null) {
                input.set(p.name(), TextValues.convert(raw, members.getOrDefault(p.name(), Wire.object()), view));
            }
        }
        JsonNode whole = input;
        MultipartBody multipart = null;
        Optional<Operation.RequestBody> declared = op.requestBody();
        if (declared.isPresent() && (request.body().length > 0 || declared.get().required())) {
            Operation.RequestBody b = declared.get();
            String contentType = request.header("content-type").orElse(null);
            JsonNode body;
            if (b.multipart()) {
                multipart = new MultipartBody(view, model.bodySchema(), b.encoding());
                try {
                    body = MultipartBody.read(request.body(), contentType, view, model.bodySchema(), b.encoding());
                } catch (Multipart.Malformed e) {
                    return failure(
                            400, "invalid_request_error", "The multipart body is malformed: " + e.getMessage(), null);
                } catch (MultipartBody.Refused e) {
                    return failure(400, "invalid_request_error", e.getMessage(), e.part());
                }
            } else {
                String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
                if (!type.startsWith("application/json")
                        && !(type.startsWith("application/") && type.contains("+json"))) {
                    return failure(
                            415,
                            "invalid_request_error",
                            "Content-Type is " + (contentType == null ? "absent" : contentType)
                                    + "; the operation takes application/json",
                            null);
                }
                try {
                    body = Wire.read(request.body());
                } catch (Wire.MalformedJson e) {
                    return failure(400, "invalid_request_error", "The body is not valid JSON: " + e.getMessage(), null);
                }
            }
            if (b.member().isPresent()) {
                input.set(b.member().get(), body);
            } else {
                whole = body;
            }
        }
        List<Violation> violations = model.validate(whole);
        if (!violations.isEmpty()) {
            return invalid(violations, op, multipart);
        }
        Optional<Operation.Response> chosen =
                choose(op.responses(), request.header("accept").orElse(""));
        if (chosen.isEmpty()) {
            return failure(
                    406,
                    "invalid_request_error",
                    "Accept " + request.header("accept").orElse("") + " names none of the operation's media types: "
                            + op.responses().stream()
                                    .map(Operation.Response::mediaType)
                                    .distinct()
                                    .collect(Collectors.joining(", ")),
                    null);
        }
        if (flow.isPresent()) {
            return submit(request, flow.get(), model, whole, chosen.get());
        }
        return answer(model, whole, chosen.get());
    }

    /** The response {@code Accept} asks for: the first it names, else the first JSON one, else the first. */
    static Optional<Operation.Response> choose(List<Operation.Response> responses, String accept) {
        if (responses.isEmpty()) {
            return Optional.empty();
        }
        List<String> wanted = new ArrayList<>();
        for (String one : accept.toLowerCase(Locale.ROOT).split(",")) {
            String type = one.trim();
            int semi = type.indexOf(';');
            type = semi < 0 ? type : type.substring(0, semi).trim();
            if (!type.isEmpty()) {
                wanted.add(type);
            }
        }
        Operation.Response json =
                responses.stream().filter(r -> !r.image()).findFirst().orElse(responses.get(0));
        if (wanted.isEmpty() || wanted.contains("*/*")) {
            return Optional.of(json);
        }
        for (String type : wanted) {
            for (Operation.Response r : responses) {
                String media = r.mediaType().toLowerCase(Locale.ROOT);
                if (media.equals(type)
                        || (type.endsWith("/*") && media.startsWith(type.substring(0, type.length() - 1)))) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }

    /** A synchronous operation's answer: image bytes, or the JSON its response's schema describes. */
    private Response answer(ServedModel model, JsonNode input, Operation.Response chosen) {
        ServedModel.Plan plan = model.plan(input);
        JsonNode schema = responseSchema(model, chosen);
        boolean bytes = chosen.image() || schema.path("format").asText("").equals("binary");
        String mediaType = chosen.image() ? drawable(chosen.mediaType()) : mediaTypeFor(model, input);
        List<byte[]> images = model.render(plan, mediaType);
        int status = status(chosen.status());
        if (bytes) {
            return Response.bytes(status, mediaType, images.get(0));
        }
        JsonNode body = shape(model, schema, images, mediaType, plan);
        return Response.json(status, body);
    }

    private JsonNode shape(
            ServedModel model, JsonNode schema, List<byte[]> images, String mediaType, ServedModel.Plan plan) {
        String key = files.nextId();
        files.put(key, new StoredImages(images, mediaType));
        String extension = mediaType.equals("image/jpeg") ? "jpg" : "png";
        String base = state.originOn(state.fileHost()) + mount() + FILES + key + "/";
        return new OutputShaper(images, mediaType, plan.seed(), i -> base + i + "." + extension)
                .shape(schema, new SchemaView(model.outputSchema()));
    }

    /** The schema of a response: the node its pointer names in the output, or the output itself (a job's result). */
    private static JsonNode responseSchema(ServedModel model, Operation.Response response) {
        String pointer = response.schema().orElse("/output");
        JsonNode output = model.outputSchema();
        if (!pointer.startsWith("/output")) {
            return output;
        }
        JsonNode at = output.at(pointer.substring("/output".length()));
        return at.isMissingNode() ? output : at;
    }

    /**
     * The media type of images in a JSON answer: the request's {@code output_format} (or its default) where it names PNG
     * or JPEG (BFL, OpenAI), else what the output schema says.
     */
    private static String mediaTypeFor(ServedModel model, JsonNode input) {
        JsonNode body = model.document()
                .operation()
                .flatMap(Operation::requestBody)
                .flatMap(Operation.RequestBody::member)
                .map(input::path)
                .orElse(input);
        JsonNode declared = model.inputView().properties(model.bodySchema()).get("output_format");
        String format = body.path("output_format")
                .asText(
                        declared == null
                                ? ""
                                : model.inputView()
                                        .resolve(declared)
                                        .path("default")
                                        .asText(""))
                .toLowerCase(Locale.ROOT);
        return switch (format) {
            case "png" -> "image/png";
            case "jpeg", "jpg" -> "image/jpeg";
            default -> model.imageMediaType();
        };
    }

    /** The emulator draws PNG and JPEG; another image type (WebP) gets PNG, labelled as such. */
    private static String drawable(String mediaType) {
        return mediaType.equals("image/jpeg") || mediaType.equals("image/jpg") ? "image/jpeg" : "image/png";
    }

    private static int status(String status) {
        try {
            int value = Integer.parseInt(status);
            return value >= 200 && value < 300 ? value : 200;
        } catch (NumberFormatException e) {
            return 200; // 2XX
        }
    }

    private Response invalid(List<Violation> violations, Operation op, MultipartBody multipart) {
        Optional<String> member = op.requestBody().flatMap(Operation.RequestBody::member);
        List<String> messages = new ArrayList<>();
        String param = null;
        for (Violation v : violations) {
            String pointer = v.pointer();
            String where;
            if (multipart != null && (member.isEmpty() || pointer.startsWith("/" + member.get()))) {
                String inBody =
                        member.map(m -> pointer.substring(m.length() + 1)).orElse(pointer);
                where = "part " + multipart.partName(inBody);
                if (param == null && !inBody.isEmpty()) {
                    param = multipart.partName(inBody);
                }
            } else {
                where = pointer.isEmpty() ? "/" : pointer;
                if (param == null && !pointer.isEmpty()) {
                    param = pointer;
                }
            }
            messages.add(where + ": " + v.message());
        }
        return failure(
                400,
                "invalid_request_error",
                "Invalid request: " + messages.stream().distinct().collect(Collectors.joining("; ")),
                param);
    }

    // ---- jobs

    private Response submit(
            ApiRequest request, JobFlow f, ServedModel model, JsonNode input, Operation.Response chosen) {
        String id = jobs.nextId();
        JobScript script = settings.faults().takeJobFailure(id())
                ? JobScript.fails()
                : state.takeJobScript(id()).orElse(JobScript.succeeds());
        String end = endStatus(f, script);
        ServedModel.Plan plan = model.plan(input);
        List<byte[]> images = List.of();
        JsonNode result = null;
        if (script.outcome() == JobScript.Outcome.SUCCEEDED) {
            String mediaType = mediaTypeFor(model, input);
            images = model.render(plan, mediaType);
            result = shape(model, model.outputSchema(), images, mediaType, plan);
        }
        Job job = new Job(
                id,
                model,
                input,
                settings.clock().instant(),
                settings.jobStep(),
                images,
                result,
                script.outcome() == JobScript.Outcome.SUCCEEDED ? null : end);
        jobs.put(
                id,
                new DescribedJob(job, script, end, new AtomicInteger(script.rateLimitedPolls()), new AtomicBoolean()));
        ObjectNode answer = Wire.object();
        put(answer, f.id(), Wire.object().textNode(id));
        if (f.pollingUrl().isPresent()) {
            put(answer, f.pollingUrl().get(), Wire.object().textNode(pollingUrl(f, id)));
        }
        return Response.json(status(chosen.status()), answer);
    }

    /** The status value a job ends with, by its script; one the description names. */
    private static String endStatus(JobFlow f, JobScript script) {
        List<String> values = switch (script.outcome()) {
            case SUCCEEDED -> f.succeeded();
            case FAILED -> f.failed();
            case CANCELLED -> f.cancelled();
            case NEVER -> f.running();
        };
        if (script.status().isPresent()) {
            if (!values.contains(script.status().get())) {
                throw new IllegalArgumentException(
                        "the job script's status \"" + script.status().get()
                                + "\" is not one of the description's "
                                + script.outcome().name().toLowerCase(Locale.ROOT)
                                + " values " + values);
            }
            return script.status().get();
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException("the job description names no "
                    + script.outcome().name().toLowerCase(Locale.ROOT) + " status value");
        }
        return values.get(0);
    }

    /** The URL a client polls: the description's poll request where it has one, else the emulator's own path. */
    private String pollingUrl(JobFlow f, String id) {
        String origin = state.originOn(state.pollingHost()) + mount() + basePath;
        if (f.poll().isEmpty()) {
            return origin + JOBS + encode(id);
        }
        JobFlow.Poll poll = f.poll().get();
        StringBuilder url = new StringBuilder(origin).append(poll.path().replace("{id}", encode(id)));
        String separator = "?";
        for (Map.Entry<String, String> q : poll.query().entrySet()) {
            url.append(separator)
                    .append(encode(q.getKey()))
                    .append('=')
                    .append(encode(q.getValue().replace("{id}", id)));
            separator = "&";
        }
        return url.toString();
    }

    /** A poll or cancellation of a job, when the request is one. */
    private Optional<Response> jobRoute(JobFlow f, ApiRequest request, String rest) {
        Optional<String> pollId = pollId(f, request, rest);
        Optional<String> cancelId = f.cancel()
                .filter(c -> c.method().equals(request.method()))
                .flatMap(c -> new PathTemplate(c.path()).match(rest))
                .map(v -> v.get("id"));
        if (cancelId.isPresent()) {
            return Optional.of(cancel(f, cancelId.get(), request.method()));
        }
        if (pollId.isEmpty()) {
            return Optional.empty();
        }
        if (!request.method().equals("GET")) {
            return Optional.of(notAllowed("GET"));
        }
        return Optional.of(poll(f, pollId.get()));
    }

    /** The job id a poll request names: in the poll's path, its query, or the emulator's own polling path. */
    private static Optional<String> pollId(JobFlow f, ApiRequest request, String rest) {
        if (f.poll().isEmpty()) {
            return rest.startsWith(JOBS) && rest.length() > JOBS.length()
                    ? Optional.of(rest.substring(JOBS.length()))
                    : Optional.empty();
        }
        JobFlow.Poll poll = f.poll().get();
        Optional<Map<String, String>> values = new PathTemplate(poll.path()).match(rest);
        if (values.isEmpty()) {
            return Optional.empty();
        }
        if (values.get().containsKey("id")) {
            return Optional.of(values.get().get("id"));
        }
        Map<String, String> query = query(request.rawQuery());
        for (Map.Entry<String, String> q : poll.query().entrySet()) {
            String template = q.getValue();
            int at = template.indexOf("{id}");
            String sent = query.get(q.getKey());
            if (at < 0 || sent == null) {
                continue;
            }
            String before = template.substring(0, at);
            String after = template.substring(at + "{id}".length());
            if (sent.startsWith(before) && sent.endsWith(after) && sent.length() >= before.length() + after.length()) {
                return Optional.of(sent.substring(before.length(), sent.length() - after.length()));
            }
        }
        return Optional.of(""); // the poll's path without its id: a job nobody has
    }

    private Response poll(JobFlow f, String id) {
        Optional<DescribedJob> found = jobs.get(id);
        if (found.isEmpty()) {
            return failure(404, "not_found", "No job " + id, null);
        }
        DescribedJob described = found.get();
        if (described.rateLimitedPolls().getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            long seconds = Router.seconds(described.script().retryAfter().orElse(Duration.ofSeconds(1)));
            return failure(429, "rate_limit_exceeded", "Too many polls; retry after " + seconds + " s", null)
                    .withHeader("Retry-After", Long.toString(seconds));
        }
        return Response.json(200, pollAnswer(f, described, settings.clock().instant()));
    }

    private ObjectNode pollAnswer(JobFlow f, DescribedJob described, Instant now) {
        Job job = described.job();
        String status;
        boolean succeeded = false;
        boolean failed = false;
        if (described.cancelled().get()) {
            status = f.cancelled().isEmpty() ? f.failed().get(0) : f.cancelled().get(0);
            failed = f.cancelled().isEmpty();
        } else {
            int stage = job.stage(now);
            if (stage == Job.QUEUED || described.script().outcome() == JobScript.Outcome.NEVER) {
                status = f.running().get(stage == Job.QUEUED ? 0 : f.running().size() - 1);
            } else if (stage == Job.RUNNING) {
                status = f.running().get(f.running().size() - 1);
            } else {
                status = described.endStatus();
                succeeded = described.script().outcome() == JobScript.Outcome.SUCCEEDED;
                failed = described.script().outcome() == JobScript.Outcome.FAILED;
            }
        }
        ObjectNode answer = Wire.object();
        put(answer, f.id(), Wire.object().textNode(job.id()));
        put(answer, f.status(), Wire.object().textNode(status));
        if (succeeded) {
            put(answer, f.result(), job.output());
        }
        if (failed && f.error().isPresent()) {
            put(
                    answer,
                    f.error().get(),
                    Wire.object().textNode(described.cancelled().get() ? "cancelled" : "emulated failure: " + status));
        }
        return answer;
    }

    private Response cancel(JobFlow f, String id, String method) {
        Optional<DescribedJob> found = jobs.get(id);
        if (found.isEmpty()) {
            return failure(404, "not_found", "No job " + id, null);
        }
        Instant now = settings.clock().instant();
        DescribedJob described = found.get();
        if (described.script().outcome() == JobScript.Outcome.NEVER
                || described.job().stage(now) != Job.FINISHED) {
            described.cancelled().set(true);
        }
        return method.equals("DELETE")
                ? Response.bytes(204, null, new byte[0])
                : Response.json(200, pollAnswer(f, described, now));
    }

    /** Sets {@code value} at a JSON Pointer, making the objects on the way; the empty pointer merges an object in. */
    static void put(ObjectNode root, String pointer, JsonNode value) {
        if (pointer.isEmpty()) {
            if (value != null && value.isObject()) {
                root.setAll((ObjectNode) value);
            }
            return;
        }
        String[] segments = pointer.substring(1).split("/", -1);
        ObjectNode at = root;
        for (int i = 0; i < segments.length - 1; i++) {
            String name = unescape(segments[i]);
            JsonNode next = at.get(name);
            if (!(next instanceof ObjectNode)) {
                next = Wire.object();
                at.set(name, next);
            }
            at = (ObjectNode) next;
        }
        at.set(unescape(segments[segments.length - 1]), value);
    }

    private Response file(String key, int index) {
        Optional<StoredImages> stored = files.get(key);
        if (stored.isEmpty() || index >= stored.get().images().size()) {
            return failure(404, "not_found", "No such file", null);
        }
        return Response.bytes(
                200, stored.get().mediaType(), stored.get().images().get(index));
    }

    // ---- what every API says

    @Override
    Response error(ErrorKind kind, String message) {
        return switch (kind) {
            case BAD_REQUEST -> failure(400, "invalid_request_error", message, null);
            case UNAUTHORIZED -> failure(401, "invalid_api_key", "Missing or invalid credential", null);
            case NOT_FOUND -> failure(404, "not_found", message, null);
            case METHOD_NOT_ALLOWED -> failure(405, "invalid_request_error", message, null);
            case TOO_LARGE -> failure(413, "invalid_request_error", message, null);
            case RATE_LIMITED -> failure(429, "rate_limit_exceeded", message, null);
            case SERVER_ERROR -> failure(500, "server_error", message, null);
            case UNAVAILABLE -> failure(503, "server_error", message, null);
        };
    }

    private static Response failure(int status, String type, String message, String param) {
        ObjectNode error = Wire.object();
        error.put("message", message);
        error.put("type", type);
        if (param == null) {
            error.putNull("param");
        } else {
            error.put("param", param);
        }
        error.putNull("code");
        return Response.json(status, Wire.object().set("error", error));
    }

    private Response notAllowed(String allowed) {
        return failure(405, "invalid_request_error", "Method not allowed; this path takes " + allowed, null)
                .withHeader("Allow", allowed);
    }

    /**
     * Result images need no credential (a CDN's URLs), nor does a poll sent to another host than the emulator's own
     * (the polling host, {@code localhost}, standing for a provider's polling host outside its credential hosts).
     */
    @Override
    boolean requiresCredential(ApiRequest request) {
        if (FILE.matcher(request.path()).matches()) {
            return false;
        }
        String host =
                request.header("host").orElse("").replaceFirst(":[0-9]*$", "").toLowerCase(Locale.ROOT);
        if (host.equals(EmulatorState.OWN_HOST) || flow.isEmpty()) {
            return true;
        }
        String rest = request.path().startsWith(basePath) ? request.path().substring(basePath.length()) : "";
        return pollId(flow.get(), request, rest).isEmpty();
    }

    @Override
    void reset() {
        jobs.clear();
        files.clear();
    }

    @Override
    String baseUrl(String origin) {
        return origin + mount() + basePath;
    }

    @Override
    String baseUrlTemplate(String origin) {
        return baseUrl(origin);
    }

    @Override
    List<String> modelEndpoints(String origin) {
        List<String> lines = new ArrayList<>();
        for (Route r : routes) {
            lines.add(r.method() + " " + baseUrl(origin) + r.path().template() + " ("
                    + r.model().id() + ")");
        }
        flow.ifPresent(f -> {
            f.poll().ifPresent(p -> lines.add("GET " + baseUrl(origin) + p.path() + " (poll)"));
            f.cancel().ifPresent(c -> lines.add(c.method() + " " + baseUrl(origin) + c.path() + " (cancel)"));
        });
        return lines;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            values.putIfAbsent(name, value);
        }
        return values;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }
}
