package dev.pictor.runtime.client;

import dev.pictor.runtime.Generation;
import dev.pictor.runtime.ImageResult;
import dev.pictor.runtime.ModelBinding;
import dev.pictor.runtime.ModelId;
import dev.pictor.runtime.PictorRequest;
import dev.pictor.runtime.transport.CloudflareTransport;
import dev.pictor.runtime.transport.JsonGatewayTransport;
import dev.pictor.runtime.transport.ModelAdapter;
import dev.pictor.runtime.transport.OpenApiTransport;
import dev.pictor.runtime.transport.ReplicateTransport;
import dev.pictor.runtime.transport.Reply;
import dev.pictor.runtime.transport.RunPodTransport;
import dev.pictor.runtime.transport.SelfTransport;
import dev.pictor.runtime.transport.Transport;
import dev.pictor.runtime.validation.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The entry point: runs typed requests against the providers' APIs through the generated model adapters.
 *
 * <pre>{@code
 * try (PictorClient client = PictorClient.builder()
 *         .credential("cloudflare-workers-ai", System.getenv("CLOUDFLARE_API_TOKEN")) // or read from the provider's tokenEnv
 *         .placeholder("cloudflare-workers-ai", "account_id", accountId)
 *         .build()) {
 *     Generation<ImageResult> g = client.run(Dreamshaper8LcmRequest.builder("a lighthouse at dawn").build());
 *     byte[] png = g.image().bytes().toByteArray();
 *     Generation<Flux1SchnellResponse> r = client.run(request);  // the request's type names the result's
 *
 *     ModelHandle<Flux1SchnellRequest, Flux1SchnellResponse> flux = client.model("@cf/black-forest-labs/flux-1-schnell");
 *     CompletableFuture<Generation<Flux1SchnellResponse>> f = flux.runAsync(request);   // f.cancel(true) cancels
 * }
 * }</pre>
 *
 * <p>A call: validates the request with the model's generated validator ({@link InvalidRequestException}, nothing
 * sent); resolves the provider's base URL (placeholders from {@link Builder#placeholder} or their environment
 * variables; {@code http://} only to loopback) and credential (from {@link Builder#credential} or the provider's
 * {@code tokenEnv}); encodes the request; hands it to the transport of the provider's kind (or to the adapter itself
 * when it is a {@link SelfTransport}); decodes the payload and collects every image ({@link Generation}). Each HTTP
 * exchange gets the per-exchange timeout, the response size cap and the {@link RetryPolicy}; the whole call the
 * overall timeout. Failures are the {@link PictorException} subclasses.
 *
 * <p>Credentials go in the provider's credential header, only to the hosts the provider names
 * ({@link dev.pictor.runtime.transport.ProviderInfo#credentialHosts()}, else its base URL's origin), never with the
 * download of an output image, and nowhere else: not in a log line, an exception message or a {@code toString}. Logging is {@code System.Logger}
 * {@code dev.pictor.runtime.client} at DEBUG (each exchange: method, URL without query, status, attempt, time) and
 * TRACE; headers and bodies are never logged. (The JDK's own {@code -Djdk.httpclient.HttpClient.log=headers} does
 * print request headers, the credential included: do not turn it on where logs are kept.)
 *
 * <p>Thread-safe; one client is meant to be shared. {@link #close()} ends the threads it made and cancels calls in
 * progress.
 */
public final class PictorClient implements AutoCloseable {

    private final ModelRegistry registry;
    private final Map<String, Transport> transports;
    private final ProviderResolver providers;
    private final ClientSettings settings;
    private final ExecutorService ownHttpExecutor;
    private final Executor userExecutor;
    private final boolean userHttpClient;
    private final Set<Call> active = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Object executorLock = new Object();
    private ExecutorService ownCallExecutor;

    private PictorClient(Builder b) {
        this.registry = ModelRegistry.of(b.adapters, b.discover ? b.classLoader() : null);
        this.transports = Map.copyOf(b.transports);
        this.userExecutor = b.executor;
        Redactor redactor = new Redactor();
        this.providers = new ProviderResolver(b.credentials, b.placeholders, b.baseUrls, b.environment, redactor);
        HttpClient http = b.httpClient;
        this.userHttpClient = http != null;
        if (http == null) {
            this.ownHttpExecutor = Executors.newCachedThreadPool(threads("pictor-http-"));
            http = HttpClient.newBuilder()
                    .connectTimeout(b.connectTimeout)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .executor(ownHttpExecutor)
                    .build();
        } else {
            this.ownHttpExecutor = null;
        }
        this.settings = new ClientSettings(
                http,
                b.retryPolicy,
                b.callTimeout,
                b.overallTimeout,
                b.maxResponseBytes,
                b.pollInterval,
                b.maxPollInterval,
                b.waitForResult,
                redactor);
    }

    public static Builder builder() {
        return new Builder();
    }

    // ---- running

    /**
     * Runs the model that takes {@code request}'s type (its newest installed version), and waits for the result.
     *
     * <p>The result type {@code O} is the one the request type declares ({@code Flux1SchnellRequest implements
     * PictorRequest<Flux1SchnellResponse>}), which is its model's ({@link ModelBinding#resultType()}):
     * {@code Generation<Flux1SchnellResponse> g = client.run(fluxRequest)} compiles, a {@code Generation} of another
     * type does not. Requests of several models, held as {@code PictorRequest<?>}, give a {@code Generation<?>}.
     *
     * @throws ModelNotFoundException when no installed adapter takes the request's class, or the one that does
     *         answers another type than the request type declares
     * @throws PictorException for every failure (see there); an interrupt ends the call with a
     *         {@link CallCancelledException} and the thread's interrupt flag set
     */
    public <O> Generation<O> run(PictorRequest<O> request) {
        Objects.requireNonNull(request, "request");
        return execute(adapterFor(request), request);
    }

    /**
     * Runs the model as {@link #run} does, on the client's executor, with the same result type. Cancelling the future
     * ({@code cancel(true)} or {@code cancel(false)}) aborts the exchange in flight and cancels a Replicate prediction
     * or RunPod job that was started. A validation failure completes the future at once, with nothing sent.
     */
    public <O> CompletableFuture<Generation<O>> runAsync(PictorRequest<O> request) {
        Objects.requireNonNull(request, "request");
        return executeAsync(adapterFor(request), request);
    }

    /**
     * The newest installed version of the model with this id ({@code @cf/lykon/dreamshaper-8-lcm}). The handle's types
     * are the caller's to name, and must agree with each other: {@code ModelHandle<Flux1SchnellRequest,
     * Flux1SchnellResponse>} compiles, {@code ModelHandle<Flux1SchnellRequest, ImageResult>} does not. Whether they
     * are this model's is checked when the handle is used ({@link ModelHandle#as} checks at once). Left to inference
     * in a chain, they are {@code PictorRequest<Object>} and {@code Object}, which take no generated request: write
     * {@code client.model(id).as(FluxRequest.class, FluxResponse.class).run(request)}, or {@code client.run(request)}.
     */
    public <I extends PictorRequest<O>, O> ModelHandle<I, O> model(String modelId) {
        Objects.requireNonNull(modelId, "modelId");
        return new ModelHandle<>(this, cast(registry.byId(modelId, null)));
    }

    /**
     * The installed model version with this id and version (or snapshot date, {@code 2025-11-20}), typed as
     * {@link #model(String)} is.
     */
    public <I extends PictorRequest<O>, O> ModelHandle<I, O> model(String modelId, String version) {
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(version, "version");
        return new ModelHandle<>(this, cast(registry.byId(modelId, version)));
    }

    /** The client's adapter for the model version {@code binding} is for, with its types: fully checked. */
    public <I, O> ModelHandle<I, O> model(ModelBinding<I, O> binding) {
        ModelAdapter<?, ?> a = registry.byId(binding.id().model(), binding.id().version());
        if (a.requestType() != binding.requestType() || a.resultType() != binding.resultType()) {
            throw new ModelNotFoundException(
                    "the installed adapter of " + binding.id().model() + " has other types than the binding given");
        }
        return new ModelHandle<>(this, cast(a));
    }

    /** Every model version the client can run, ordered by provider, model, snapshot and version. */
    public List<ModelId> models() {
        return registry.adapters().stream().map(ModelAdapter::id).toList();
    }

    /**
     * The adapter whose request type is {@code request}'s class: it takes {@code request} as it is, and answers the
     * {@code O} that class declares (the registry refuses an adapter that answers another type).
     */
    private <O> ModelAdapter<Object, O> adapterFor(PictorRequest<O> request) {
        return cast(registry.byRequestType(request.getClass()));
    }

    @SuppressWarnings("unchecked")
    private static <I, O> ModelAdapter<I, O> cast(ModelAdapter<?, ?> a) {
        return (ModelAdapter<I, O>) a;
    }

    <I, O> Generation<O> execute(ModelAdapter<I, O> adapter, I request) {
        Call call = prepare(adapter, request);
        return execute(adapter, request, call);
    }

    <I, O> CompletableFuture<Generation<O>> executeAsync(ModelAdapter<I, O> adapter, I request) {
        Call call;
        try {
            call = prepare(adapter, request);
        } catch (PictorException e) {
            return CompletableFuture.failedFuture(e);
        }
        CallFuture<Generation<O>> future = new CallFuture<>(call);
        FutureTask<Void> task = new FutureTask<>(() -> {
            try {
                future.complete(execute(adapter, request, call));
            } catch (Throwable t) {
                future.completeExceptionally(t);
            }
            return null;
        });
        future.task = task;
        try {
            executor().execute(task);
        } catch (RejectedExecutionException e) {
            active.remove(call);
            future.completeExceptionally(new CallCancelledException(adapter.id(), "the client is closed", e));
        }
        return future;
    }

    /** Validates, resolves the provider and registers the call; nothing is sent. */
    private <I, O> Call prepare(ModelAdapter<I, O> adapter, I request) {
        if (closed.get()) {
            throw new CallCancelledException(adapter.id(), "the client is closed");
        }
        List<Violation> violations = adapter.validate(request);
        if (!violations.isEmpty()) {
            Call.LOG.log(
                    Level.DEBUG,
                    () -> adapter.id().model() + ": invalid request, nothing sent (" + violations.size()
                            + (violations.size() == 1 ? " violation)" : " violations)"));
            throw new InvalidRequestException(adapter.id(), violations);
        }
        if (!(adapter instanceof SelfTransport)
                && !transports.containsKey(adapter.provider().transport())) {
            throw new ConfigurationException(adapter.id().model() + ": no transport for the kind \""
                    + adapter.provider().transport() + "\" (the runtime has " + new TreeMap<>(transports).keySet()
                    + "); give the client one, or implement SelfTransport in a subclass of the adapter");
        }
        Call call = new Call(settings, adapter.id(), providers.access(adapter.provider()));
        active.add(call);
        return call;
    }

    private <I, O> Generation<O> execute(ModelAdapter<I, O> adapter, I request, Call call) {
        ModelId id = adapter.id();
        try {
            byte[] input = adapter.encode(request);
            Call.LOG.log(Level.TRACE, () -> id.model() + ": request of " + input.length + " bytes");
            Reply reply = adapter instanceof SelfTransport self
                    ? self.send(input, call)
                    : transports.get(adapter.provider().transport()).send(adapter, input, call);
            O output;
            try {
                output = adapter.decode(reply);
            } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
                throw new MalformedResponseException(
                        id,
                        "the payload does not match the model's output schema: "
                                + call.scrub(String.valueOf(e.getMessage())),
                        e);
            }
            if (output == null) {
                throw new MalformedResponseException(id, "the payload decoded to nothing");
            }
            List<ImageResult> images;
            try {
                images = adapter.images(output, call.fetcher());
            } catch (UncheckedIOException | IllegalArgumentException e) {
                throw new MalformedResponseException(
                        id, "an image of the result cannot be read: " + call.scrub(String.valueOf(e.getMessage())), e);
            }
            Generation<O> g = new Generation<>(id, output, images, call.attempts(), call.requests(), call.elapsed());
            Call.LOG.log(
                    Level.DEBUG,
                    () -> id.model() + ": done in " + g.elapsed().toMillis() + " ms, "
                            + g.attempts() + (g.attempts() == 1 ? " attempt, " : " attempts, ") + g.requests()
                            + (g.requests() == 1 ? " request, " : " requests, ")
                            + g.images().size()
                            + (g.images().size() == 1 ? " image" : " images"));
            return g;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw logged(call, new CallCancelledException(id, "interrupted", e));
        } catch (IOException e) {
            throw logged(
                    call,
                    new ProviderUnavailableException(
                            id,
                            0,
                            "I/O failure: " + e.getClass().getSimpleName()
                                    + (e.getMessage() == null ? "" : ": " + call.scrub(e.getMessage())),
                            e));
        } catch (PictorException e) {
            throw logged(call, e);
        } finally {
            active.remove(call);
        }
    }

    private static PictorException logged(Call call, PictorException e) {
        Call.LOG.log(
                Level.DEBUG,
                () -> call.model().model() + ": failed after " + call.elapsed().toMillis() + " ms, " + call.requests()
                        + (call.requests() == 1 ? " request: " : " requests: ")
                        + e.getClass().getSimpleName() + ": " + e.getMessage());
        return e;
    }

    // ---- threads

    private Executor executor() {
        if (userExecutor != null) {
            return userExecutor;
        }
        synchronized (executorLock) {
            if (closed.get()) {
                throw new RejectedExecutionException("closed");
            }
            if (ownCallExecutor == null) {
                ownCallExecutor = Executors.newCachedThreadPool(threads("pictor-call-"));
            }
            return ownCallExecutor;
        }
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Cancels the calls in progress (a started Replicate prediction or RunPod job is cancelled at the provider), waits
     * up to 10 seconds for them to end, and shuts down the threads the client made. A user's {@link HttpClient} and
     * {@link Executor} are left alone. Calls after this fail with a {@link CallCancelledException}.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (Call call : active) {
            call.cancel("the client was closed");
        }
        ExecutorService calls;
        synchronized (executorLock) {
            calls = ownCallExecutor;
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        try {
            if (calls != null) {
                // The calls were cancelled: they end on their own (sending the providers' cancels); no interrupt.
                calls.shutdown();
                if (!calls.awaitTermination(10, TimeUnit.SECONDS)) {
                    calls.shutdownNow();
                }
            }
            while (!active.isEmpty() && System.nanoTime() < until) {
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (ownHttpExecutor != null) {
                ownHttpExecutor.shutdownNow();
                try {
                    ownHttpExecutor.awaitTermination(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** Settings and models, never a credential: {@code PictorClient[11 models, credentials for [replicate], ...]}. */
    @Override
    public String toString() {
        return "PictorClient[" + registry.adapters().size() + " models, credentials given for "
                + providers.credentialsGiven() + ", base URLs overridden for " + providers.baseUrlsOverridden()
                + ", " + settings.retryPolicy() + ", callTimeout="
                + settings.callTimeout().toMillis()
                + " ms, overallTimeout=" + settings.overallTimeout().toMillis() + " ms, maxResponseBytes="
                + settings.maxResponseBytes() + (userHttpClient ? ", user HttpClient" : "")
                + (closed.get() ? ", closed" : "") + "]";
    }

    /** The future of {@link #runAsync}: cancelling it cancels the call. */
    private static final class CallFuture<T> extends CompletableFuture<T> {
        private final Call call;
        private volatile FutureTask<Void> task;

        CallFuture(Call call) {
            this.call = call;
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            call.cancel();
            FutureTask<Void> t = task;
            if (t != null) {
                t.cancel(mayInterruptIfRunning);
            }
            return cancelled;
        }
    }

    /** Configures a {@link PictorClient}. */
    public static final class Builder {
        private final List<ModelAdapter<?, ?>> adapters = new ArrayList<>();
        private final Map<String, Transport> transports = new LinkedHashMap<>();
        private final Map<String, Secret> credentials = new LinkedHashMap<>();
        private final Map<String, Map<String, String>> placeholders = new LinkedHashMap<>();
        private final Map<String, String> baseUrls = new LinkedHashMap<>();
        private Function<String, String> environment = System::getenv;
        private ClassLoader classLoader;
        private boolean discover = true;
        private HttpClient httpClient;
        private Executor executor;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration callTimeout = Duration.ofSeconds(120);
        private Duration overallTimeout = Duration.ofMinutes(10);
        private long maxResponseBytes = 64L << 20;
        private Duration pollInterval = Duration.ofMillis(500);
        private Duration maxPollInterval = Duration.ofSeconds(5);
        private boolean waitForResult;

        private Builder() {
            for (Transport t : List.of(
                    new CloudflareTransport(),
                    new ReplicateTransport(),
                    new RunPodTransport(),
                    new JsonGatewayTransport(),
                    new OpenApiTransport())) {
                transports.put(t.kind(), t);
            }
        }

        /** The credential of a provider (its id, {@code replicate}); without one, its {@code tokenEnv} is read. */
        public Builder credential(String providerId, String token) {
            return credential(providerId, Secret.of(Objects.requireNonNull(token, "token")));
        }

        public Builder credential(String providerId, Secret token) {
            credentials.put(Objects.requireNonNull(providerId, "providerId"), Objects.requireNonNull(token, "token"));
            return this;
        }

        /**
         * The value of a placeholder of a provider's base URL ({@code account_id} of Cloudflare's, {@code endpoint_id}
         * of RunPod's); without one, the environment variable its provider document names is read. Letters, digits
         * and {@code . _ ~ : - [ ]} only.
         */
        public Builder placeholder(String providerId, String name, String value) {
            placeholders
                    .computeIfAbsent(Objects.requireNonNull(providerId, "providerId"), k -> new LinkedHashMap<>())
                    .put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Another base URL for a provider (a proxy, a regional endpoint, an emulator), with or without placeholders.
         *
         * @throws IllegalArgumentException for a URL that is refused: {@code http://} to a host that is not loopback,
         *         user info, another scheme
         */
        public Builder baseUrl(String providerId, String url) {
            Objects.requireNonNull(providerId, "providerId");
            Objects.requireNonNull(url, "url");
            ProviderResolver.checkBaseUrl(providerId, url);
            baseUrls.put(providerId, url);
            return this;
        }

        /** Where credentials and placeholder values are read from when not given (default {@link System#getenv}). */
        public Builder environment(Function<String, String> lookup) {
            this.environment = Objects.requireNonNull(lookup, "lookup");
            return this;
        }

        /** Where registered adapters are found (default: the thread's context class loader, else this class's). */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /** Whether adapters registered as services are found (default true); false: only {@link #adapter}s. */
        public Builder discoverAdapters(boolean value) {
            this.discover = value;
            return this;
        }

        /** A model adapter to run besides (and before) the registered ones. */
        public Builder adapter(ModelAdapter<?, ?> adapter) {
            adapters.add(Objects.requireNonNull(adapter, "adapter"));
            return this;
        }

        /** A transport for a kind the runtime does not speak, or instead of the runtime's own. */
        public Builder transport(Transport transport) {
            transports.put(Objects.requireNonNull(transport, "transport").kind(), transport);
            return this;
        }

        /**
         * The user's own HTTP client (proxies, TLS, HTTP version). The client's timeouts and size cap still apply;
         * give it {@code followRedirects(NEVER)} so that no redirect is followed with the credential.
         */
        public Builder httpClient(HttpClient client) {
            this.httpClient = Objects.requireNonNull(client, "client");
            return this;
        }

        /** Where {@link PictorClient#runAsync} runs calls (default: daemon threads the client makes and ends). */
        public Builder executor(Executor value) {
            this.executor = Objects.requireNonNull(value, "executor");
            return this;
        }

        public Builder retryPolicy(RetryPolicy value) {
            this.retryPolicy = Objects.requireNonNull(value, "retryPolicy");
            return this;
        }

        /** Connection timeout of the client's own HTTP client (default 10 s). */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = positive(value, "connectTimeout");
            return this;
        }

        /** The most one HTTP exchange may take, answer body included (default 120 s). */
        public Builder callTimeout(Duration value) {
            this.callTimeout = positive(value, "callTimeout");
            return this;
        }

        /** The most one call may take: retries, waits, polls and downloads included (default 10 min). */
        public Builder overallTimeout(Duration value) {
            this.overallTimeout = positive(value, "overallTimeout");
            return this;
        }

        /** The largest response body read (default 64 MiB, at most 2 GiB minus a few bytes). */
        public Builder maxResponseBytes(long value) {
            if (value < 1 || value > Integer.MAX_VALUE - 16) {
                throw new IllegalArgumentException(
                        "maxResponseBytes must be between 1 and " + (Integer.MAX_VALUE - 16));
            }
            this.maxResponseBytes = value;
            return this;
        }

        /** The first wait between two polls of a job's status, and the most it grows to (default 500 ms, 5 s). */
        public Builder pollInterval(Duration first, Duration max) {
            this.pollInterval = positive(first, "pollInterval");
            this.maxPollInterval = positive(max, "maxPollInterval");
            if (first.compareTo(max) > 0) {
                throw new IllegalArgumentException("the first poll interval is above the maximum");
            }
            return this;
        }

        /** Ask providers with jobs for the finished job in the answer (Replicate {@code Prefer: wait}, RunPod {@code /runsync}). */
        public Builder waitForResult(boolean value) {
            this.waitForResult = value;
            return this;
        }

        public PictorClient build() {
            return new PictorClient(this);
        }

        private ClassLoader classLoader() {
            if (classLoader != null) {
                return classLoader;
            }
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            return context != null ? context : PictorClient.class.getClassLoader();
        }

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + value);
            }
            return value;
        }

        @Override
        public String toString() {
            return "PictorClient.Builder[credentials given for " + new TreeMap<>(credentials).keySet() + "]";
        }
    }
}
