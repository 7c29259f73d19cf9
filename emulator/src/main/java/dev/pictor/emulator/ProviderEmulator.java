package dev.pictor.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.pictor.core.diag.Diagnostic;
import dev.pictor.core.model.ProviderDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A loopback HTTP server that speaks each provider's API from the model documents of a schemas root: Cloudflare
 * Workers AI under {@code /client/v4/accounts/{account_id}/ai/run/{model}}, every other provider under
 * {@code /<provider id>/...} (see {@link #baseUrl(String)}), a provider of transport {@code openapi} by its operations
 * and job description. Each request is validated with the reference validator
 * against the model's effective (refined) input schema and answered as that provider answers: a deterministic image
 * of the requested size in the provider's envelope, or the provider's error. Faults are played on demand
 * ({@link #inject(Fault...)}). Every request is counted and recorded, never its credential.
 *
 * <pre>{@code
 * try (ProviderEmulator emulator = ProviderEmulator.builder().schemas(Path.of("schemas")).start()) {
 *     String base = emulator.baseUrl("cloudflare-workers-ai");   // http://127.0.0.1:PORT/client/v4/accounts/.../ai/run
 *     ...
 * }
 * }</pre>
 */
public final class ProviderEmulator implements AutoCloseable {

    /** The system property that names the default schemas root (the build sets it for tests). */
    public static final String SCHEMAS_PROPERTY = "pictor.schemas";

    public static final long DEFAULT_MAX_BODY_BYTES = 64L << 20;
    public static final Duration DEFAULT_JOB_STEP = Duration.ofMillis(100);

    static {
        // The JDK server writes status line, headers and body in separate packets; without TCP_NODELAY every answer
        // waits ~40 ms for the client's delayed ACK (Nagle). Read once, when the JVM's first JDK server is made.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final EmulatorState state;
    private final Map<String, ProviderApi> apis;
    private final Map<String, String> unserved;
    private final List<Diagnostic> loadProblems;
    private final String origin;

    private ProviderEmulator(Builder b) {
        ModelCatalog catalog = ModelCatalog.load(b.schemas, b.allowLoadErrors);
        this.loadProblems = catalog.problems();
        this.state = new EmulatorState(b.maxBodyBytes, b.slowDelay, b.retryAfter, b.expectedToken);
        ProviderApi.Settings settings = new ProviderApi.Settings(b.clock, b.jobStep, state.faults(), state);
        this.apis = new LinkedHashMap<>();
        this.unserved = new LinkedHashMap<>();
        ProviderApi unprefixed = null;
        for (ProviderDocument provider : catalog.providers().values()) {
            String mount = "/" + provider.id();
            List<ServedModel> models = catalog.models(provider.id());
            ProviderApi api;
            switch (provider.transport()) {
                case "cloudflare-workers-ai" -> {
                    if (unprefixed == null) {
                        mount = "";
                    }
                    api = new CloudflareApi(provider, mount, models, settings);
                    if (unprefixed == null) {
                        unprefixed = api;
                    }
                }
                case "replicate-predictions" -> api = new ReplicateApi(provider, mount, models, settings);
                case "runpod-serverless" -> api = new RunPodApi(provider, mount, models, settings);
                case "json-gateway" -> api = new GatewayApi(provider, mount, models, settings);
                case "openapi" -> api = new OpenApiApi(provider, mount, models, settings);
                default -> {
                    unserved.put(provider.id(), "transport \"" + provider.transport() + "\" is not emulated");
                    continue;
                }
            }
            apis.put(provider.id(), api);
        }
        ExecutorService pool = Executors.newFixedThreadPool(b.threads, daemonThreads());
        try {
            InetAddress loopback = InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1});
            this.server = HttpServer.create(new InetSocketAddress(loopback, b.port), 256);
        } catch (IOException e) {
            pool.shutdownNow();
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + b.port + ": " + e.getMessage(), e);
        }
        this.executor = pool;
        this.origin = "http://127.0.0.1:" + server.getAddress().getPort();
        state.origin(origin);
        server.setExecutor(executor);
        server.createContext(
                "/", new Router(List.copyOf(apis.values()), unprefixed, state, b.requestLog, this::control));
        server.start();
    }

    /** A builder with the defaults: schemas from {@value #SCHEMAS_PROPERTY} (else {@code schemas}), an ephemeral port. */
    public static Builder builder() {
        return new Builder();
    }

    /** Starts an emulator of the schemas in {@code schemas} with every default. */
    public static ProviderEmulator start(Path schemas) {
        return builder().schemas(schemas).start();
    }

    /** The port it listens on (on 127.0.0.1). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String origin() {
        return origin;
    }

    /** The provider ids it serves, sorted. */
    public List<String> providerIds() {
        return List.copyOf(apis.keySet());
    }

    /** The model ids of a provider, sorted. */
    public List<String> modelIds(String providerId) {
        return api(providerId).modelIds();
    }

    /**
     * The URL a client uses as the provider's base URL (its {@code provider.json} {@code baseUrl}), with the
     * placeholders filled: {@code http://127.0.0.1:PORT/client/v4/accounts/emulator-account/ai/run},
     * {@code http://127.0.0.1:PORT/replicate/v1}, {@code http://127.0.0.1:PORT/runpod/v2/<endpoint of the first model>},
     * {@code http://127.0.0.1:PORT/comfyui-gateway}.
     */
    public String baseUrl(String providerId) {
        return api(providerId).baseUrl(origin);
    }

    /** The base URL for one model: differs from {@link #baseUrl(String)} where a base URL names a model (RunPod). */
    public String baseUrl(String providerId, String modelId) {
        ProviderApi api = api(providerId);
        if (!api.modelIds().contains(modelId)) {
            throw new IllegalArgumentException(
                    "provider " + providerId + " has no model " + modelId + "; it has " + api.modelIds());
        }
        return api.baseUrl(origin, modelId);
    }

    /**
     * The base URL with the provider document's placeholders left in where they fit the emulator's paths
     * ({@code http://127.0.0.1:PORT/client/v4/accounts/{account_id}/ai/run}), for a client that fills them itself.
     */
    public String baseUrlTemplate(String providerId) {
        return api(providerId).baseUrlTemplate(origin);
    }

    /** Every request to a provider path (not the control endpoints) since the start or the last {@link #reset()}. */
    public long requestCount() {
        return state.total();
    }

    public long requestCount(String providerId) {
        api(providerId);
        return state.count(providerId);
    }

    /** The last requests (at most {@value EmulatorState#RECORD_CAPACITY}), oldest first. */
    public List<RecordedRequest> requests() {
        return state.recorded();
    }

    /** Queues faults for the next requests, in order (see {@link Fault}). */
    public void inject(Fault... faults) {
        for (Fault f : faults) {
            Objects.requireNonNull(f, "fault");
            f.provider().ifPresent(this::api);
        }
        state.faults().add(Arrays.asList(faults));
    }

    /** The faults not played yet. */
    public List<Fault> pendingFaults() {
        return state.faults().snapshot();
    }

    public void clearFaults() {
        state.faults().clear();
    }

    /**
     * Queues scripts for the next jobs of providers whose operations run as described jobs (see {@link JobScript}):
     * each is used by the next job submitted to its provider.
     */
    public void scriptJobs(JobScript... scripts) {
        for (JobScript s : scripts) {
            Objects.requireNonNull(s, "script");
            s.provider().ifPresent(this::api);
        }
        state.addJobScripts(Arrays.asList(scripts));
    }

    /** The job scripts not used yet. */
    public List<JobScript> pendingJobScripts() {
        return state.jobScripts();
    }

    public void clearJobScripts() {
        state.clearJobScripts();
    }

    /**
     * The host name polling URLs name from now on ({@code 127.0.0.1} by default). {@code localhost} reaches the same
     * server, but is another host to a client that sends a credential only to the hosts its provider document lists;
     * a poll arriving on another host than {@code 127.0.0.1} is answered without a credential.
     */
    public void pollingHost(String host) {
        state.pollingHost(host);
    }

    public String pollingHost() {
        return state.pollingHost();
    }

    /** The host name the URLs of result images name from now on ({@code 127.0.0.1} by default). */
    public void fileHost(String host) {
        state.fileHost(host);
    }

    public String fileHost() {
        return state.fileHost();
    }

    /** From now on only this token is accepted (null: any non-empty token). */
    public void expectToken(String token) {
        state.expectedToken(token);
    }

    /**
     * Forgets counts, recorded requests, waiting faults, job scripts and jobs; job ids start again; the polling and
     * file hosts are 127.0.0.1 again.
     */
    public void reset() {
        state.reset();
        apis.values().forEach(ProviderApi::reset);
    }

    /** Documents the loader left out (when started with {@link Builder#allowLoadErrors(boolean)}). */
    public List<String> loadProblems() {
        return loadProblems.stream().map(Diagnostic::toText).toList();
    }

    /** Providers whose transport the emulator does not speak, with the reason. */
    public Map<String, String> unservedProviders() {
        return Map.copyOf(unserved);
    }

    /**
     * The first exception one of the emulator's own API classes threw while answering (answered as the provider's
     * 500), so a test can fail on an emulator bug instead of on a confusing 500.
     */
    public Optional<RuntimeException> internalError() {
        return Optional.ofNullable(state.firstInternalError());
    }

    /** What the standalone process prints at start: each provider's base URL and every model's endpoint. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        for (ProviderApi api : apis.values()) {
            lines.add(api.id() + " (" + api.provider().transport() + "): " + api.baseUrl(origin));
            for (String endpoint : api.modelEndpoints(origin)) {
                lines.add("  " + endpoint);
            }
        }
        unserved.forEach((id, why) -> lines.add(id + ": not served, " + why));
        lines.add("control: POST|GET|DELETE " + origin + Router.CONTROL + "/faults, POST|GET|DELETE " + origin
                + Router.CONTROL + "/jobs, GET|POST " + origin + Router.CONTROL + "/hosts, GET " + origin
                + Router.CONTROL + "/requests, GET " + origin + Router.CONTROL + "/records, POST " + origin
                + Router.CONTROL + "/reset");
        return lines;
    }

    /** Stops listening at once and ends its threads (a slow answer in progress is interrupted). */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ProviderApi api(String providerId) {
        ProviderApi api = apis.get(providerId);
        if (api == null) {
            throw new IllegalArgumentException("no provider " + providerId + " is served; served: " + apis.keySet());
        }
        return api;
    }

    /**
     * {@code /_emulator/faults}, {@code /_emulator/jobs}, {@code /_emulator/hosts}, {@code /_emulator/requests},
     * {@code /_emulator/records}, {@code /_emulator/reset}, {@code /_emulator/providers}.
     */
    private Response control(String method, String path, String query, byte[] body) {
        String what = path.substring(Router.CONTROL.length());
        switch (what) {
            case "/jobs" -> {
                if (method.equals("POST")) {
                    try {
                        scriptJobs(Control.parseJobScripts(Wire.read(body)).toArray(JobScript[]::new));
                    } catch (Wire.MalformedJson | IllegalArgumentException e) {
                        return Response.json(400, Wire.object().put("error", e.getMessage()));
                    }
                } else if (method.equals("DELETE")) {
                    clearJobScripts();
                } else if (!method.equals("GET")) {
                    return Response.json(405, Wire.object().put("error", "GET, POST or DELETE"))
                            .withHeader("Allow", "GET, POST, DELETE");
                }
                ArrayNode pending = Wire.array();
                pendingJobScripts().forEach(s -> pending.add(Control.jobScriptJson(s)));
                return Response.json(200, Wire.object().set("pending", pending));
            }
            case "/hosts" -> {
                if (method.equals("POST")) {
                    try {
                        JsonNode hosts = Wire.read(body);
                        if (!hosts.isObject()) {
                            throw new IllegalArgumentException("expected {\"polling\": host, \"files\": host}");
                        }
                        if (hosts.has("polling")) {
                            pollingHost(hosts.get("polling").asText());
                        }
                        if (hosts.has("files")) {
                            fileHost(hosts.get("files").asText());
                        }
                    } catch (Wire.MalformedJson | IllegalArgumentException e) {
                        return Response.json(400, Wire.object().put("error", e.getMessage()));
                    }
                } else if (!method.equals("GET")) {
                    return Response.json(405, Wire.object().put("error", "GET or POST"))
                            .withHeader("Allow", "GET, POST");
                }
                return Response.json(
                        200, Wire.object().put("polling", pollingHost()).put("files", fileHost()));
            }
            case "/records" -> {
                String provider = Control.queryValue(query, "provider");
                ArrayNode records = Wire.array();
                for (RecordedRequest r : requests()) {
                    if (provider == null || r.provider().map(provider::equals).orElse(false)) {
                        records.add(Control.recordJson(r));
                    }
                }
                return Response.json(200, Wire.object().set("records", records));
            }
            case "/faults" -> {
                if (method.equals("POST")) {
                    List<Fault> faults;
                    try {
                        faults = Router.parseFaults(Wire.read(body));
                        inject(faults.toArray(Fault[]::new));
                    } catch (Wire.MalformedJson | IllegalArgumentException e) {
                        return Response.json(400, Wire.object().put("error", e.getMessage()));
                    }
                    return Response.json(200, faultsJson());
                }
                if (method.equals("DELETE")) {
                    clearFaults();
                    return Response.json(200, faultsJson());
                }
                if (method.equals("GET")) {
                    return Response.json(200, faultsJson());
                }
                return Response.json(405, Wire.object().put("error", "GET, POST or DELETE"))
                        .withHeader("Allow", "GET, POST, DELETE");
            }
            case "/requests" -> {
                ObjectNode counts = Wire.object();
                counts.put("total", requestCount());
                ObjectNode byProvider = Wire.object();
                state.counts().forEach(byProvider::put);
                counts.set("byProvider", byProvider);
                return Response.json(200, counts);
            }
            case "/reset" -> {
                if (!method.equals("POST")) {
                    return Response.json(405, Wire.object().put("error", "POST"))
                            .withHeader("Allow", "POST");
                }
                reset();
                return Response.json(200, Wire.object().put("reset", true));
            }
            case "/providers" -> {
                ObjectNode providers = Wire.object();
                for (ProviderApi api : apis.values()) {
                    ObjectNode p = Wire.object();
                    p.put("transport", api.provider().transport());
                    p.put("baseUrl", api.baseUrl(origin));
                    p.put("baseUrlTemplate", api.baseUrlTemplate(origin));
                    ArrayNode models = Wire.array();
                    for (String id : api.modelIds()) {
                        models.add(Wire.object().put("model", id).put("baseUrl", api.baseUrl(origin, id)));
                    }
                    p.set("models", models);
                    providers.set(api.id(), p);
                }
                return Response.json(200, providers);
            }
            default -> {
                return Response.json(404, Wire.object().put("error", "no control endpoint " + path));
            }
        }
    }

    private JsonNode faultsJson() {
        ArrayNode pending = Wire.array();
        pendingFaults().forEach(f -> pending.add(Router.faultJson(f)));
        return Wire.object().set("pending", pending);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread t = new Thread(runnable, "pictor-emulator-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** How to start an emulator. */
    public static final class Builder {
        private Path schemas;
        private int port;
        private String expectedToken;
        private InstantSource clock = InstantSource.system();
        private Duration jobStep = DEFAULT_JOB_STEP;
        private Duration retryAfter = Duration.ofSeconds(1);
        private Duration slowDelay = Duration.ofSeconds(2);
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private int threads = 64;
        private Consumer<String> requestLog;
        private boolean allowLoadErrors;

        private Builder() {
            String property = System.getProperty(SCHEMAS_PROPERTY);
            this.schemas = Path.of(property != null && !property.isBlank() ? property : "schemas");
        }

        /** The schemas root ({@code <provider>/provider.json} and the model documents). */
        public Builder schemas(Path value) {
            this.schemas = Objects.requireNonNull(value, "schemas");
            return this;
        }

        /** The port on 127.0.0.1; 0 (the default) for an ephemeral one. */
        public Builder port(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("port out of range: " + value);
            }
            this.port = value;
            return this;
        }

        /** Only this token is accepted; by default any non-empty token in the provider's scheme is. */
        public Builder expectedToken(String value) {
            this.expectedToken = value;
            return this;
        }

        /** The clock jobs advance on; a test may pass one it moves itself. */
        public Builder clock(InstantSource value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * How long each job stage lasts (queued, running, then finished): 100 ms by default;
         * zero finishes a job as soon as it is read after its creation.
         */
        public Builder jobStep(Duration value) {
            if (value.isNegative()) {
                throw new IllegalArgumentException("jobStep cannot be negative");
            }
            this.jobStep = value;
            return this;
        }

        /** The {@code Retry-After} of {@link Fault#rateLimited()} (1 second by default). */
        public Builder retryAfter(Duration value) {
            this.retryAfter = Objects.requireNonNull(value, "retryAfter");
            return this;
        }

        /** The delay of {@link Fault#slow()} (2 seconds by default). */
        public Builder slowDelay(Duration value) {
            this.slowDelay = Objects.requireNonNull(value, "slowDelay");
            return this;
        }

        /** The largest request body read (64 MiB by default); a larger one gets the provider's 413. */
        public Builder maxBodyBytes(long value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxBodyBytes must be positive");
            }
            this.maxBodyBytes = value;
            return this;
        }

        /** Threads answering requests (64 by default). */
        public Builder threads(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("threads must be positive");
            }
            this.threads = value;
            return this;
        }

        /** Receives one line per request: method, path, status, provider, fault. Never a header. */
        public Builder requestLog(Consumer<String> value) {
            this.requestLog = value;
            return this;
        }

        /** Serve the documents that load even if others have errors (left out, see {@link #loadProblems()}). */
        public Builder allowLoadErrors(boolean value) {
            this.allowLoadErrors = value;
            return this;
        }

        /**
         * Loads the schemas and starts listening.
         *
         * @throws IllegalArgumentException when the schemas cannot be loaded (every error in the message)
         * @throws UncheckedIOException     when the port cannot be bound
         */
        public ProviderEmulator start() {
            return new ProviderEmulator(this);
        }
    }
}
