package dev.pictor.runtime.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pictor.runtime.ModelId;
import dev.pictor.runtime.client.FailureClassifier.Broken;
import dev.pictor.runtime.client.FailureClassifier.Failure;
import dev.pictor.runtime.json.PictorJson;
import dev.pictor.runtime.transport.Bodies;
import dev.pictor.runtime.transport.ImageFetcher;
import dev.pictor.runtime.transport.TransportContext;
import dev.pictor.runtime.transport.Urls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One model call in progress: the {@link TransportContext} a transport (or a self-transport adapter) works through.
 * It owns the call's deadline, counts its HTTP requests, retries what the {@link FailureClassifier} and the
 * {@link RetryPolicy} allow, sends the requests of its {@link ImageDownloader}, and can be cancelled from another
 * thread ({@link #cancel()}): the exchange in flight is aborted, a pause wakes up, and the transport gets a
 * {@link CallCancelledException}.
 *
 * <p>Log lines ({@code System.Logger} {@code dev.pictor.runtime.client}, DEBUG and TRACE) give the method, the URL
 * without query, the status, the attempt and the time; never a header, never a body.
 */
final class Call implements TransportContext {

    static final System.Logger LOG = System.getLogger("dev.pictor.runtime.client");
    static final String USER_AGENT = "pictor-runtime/0.1 (java.net.http)";
    private static final Duration CANCEL_TIMEOUT = Duration.ofSeconds(10);
    /**
     * How long a cancelled call still waits for the answer to a request that creates a job, so that it learns the
     * job's id and can cancel the job at the provider instead of leaving it running.
     */
    static final Duration CREATE_GRACE = Duration.ofSeconds(5);

    private final ClientSettings settings;
    private final ModelId model;
    private final ProviderAccess provider;
    private final FailureClassifier failures;
    private final ImageDownloader downloader;
    private final long start = System.nanoTime();
    private final long deadline;
    private final Object lock = new Object();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile boolean cancelled;
    private volatile String cancelReason = "the call was cancelled";
    private volatile CompletableFuture<?> inFlight;
    private volatile boolean inFlightIdempotent;
    private volatile int firstStepAttempts;
    private boolean firstStepDone;

    Call(ClientSettings settings, ModelId model, ProviderAccess provider) {
        this.settings = settings;
        this.model = model;
        this.provider = provider;
        this.failures = new FailureClassifier(model, settings);
        this.downloader = new ImageDownloader(model, request -> send(request, true, true, false));
        long overall = settings.overallTimeout().toNanos();
        this.deadline = start + overall;
    }

    // ---- what the client reads after the call

    /** Attempts of the call's first exchange (the model request itself). */
    int attempts() {
        return firstStepAttempts;
    }

    /** Every HTTP request sent: attempts, polls, downloads, cancels. */
    int requests() {
        return requests.get();
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * Cancels the call from any thread: wakes a pause and aborts the exchange in flight; an exchange that creates a
     * job is given {@link #CREATE_GRACE} to answer first, so that the transport can cancel the job it created.
     */
    void cancel(String reason) {
        synchronized (lock) {
            if (!cancelled) {
                cancelReason = reason;
            }
            cancelled = true;
            lock.notifyAll();
        }
        abortInFlight();
    }

    private void abortInFlight() {
        CompletableFuture<?> f = inFlight;
        if (f == null || f.isDone()) {
            return;
        }
        if (inFlightIdempotent) {
            f.cancel(true);
        } else {
            CompletableFuture.delayedExecutor(CREATE_GRACE.toMillis(), TimeUnit.MILLISECONDS)
                    .execute(() -> f.cancel(true));
        }
    }

    void cancel() {
        cancel("the call was cancelled");
    }

    // ---- TransportContext

    @Override
    public ModelId model() {
        return model;
    }

    @Override
    public URI baseUrl() {
        return provider.baseUrl();
    }

    @Override
    public HttpResponse<byte[]> exchange(HttpRequest.Builder request) throws IOException, InterruptedException {
        String method = request.copy().build().method().toUpperCase(Locale.ROOT);
        return exchange(request, !method.equals("POST") && !method.equals("PATCH"));
    }

    @Override
    public HttpResponse<byte[]> exchange(HttpRequest.Builder request, boolean idempotent)
            throws IOException, InterruptedException {
        return send(request, idempotent, false, true);
    }

    @Override
    public void cancelJob(HttpRequest.Builder request) {
        boolean interrupted = Thread.interrupted();
        HttpRequest built = null;
        try {
            HttpRequest.Builder b = request.copy().timeout(CANCEL_TIMEOUT).setHeader("User-Agent", USER_AGENT);
            URI uri = b.copy().build().uri();
            if (Urls.refusal(uri) != null) {
                LOG.log(Level.DEBUG, () -> "not cancelling at a refused URL " + Urls.forLog(uri));
                return;
            }
            if (provider.credentialFor(uri)) {
                b.setHeader(provider.header(), provider.headerValue());
            }
            built = b.build();
            requests.incrementAndGet();
            long t0 = System.nanoTime();
            CompletableFuture<HttpResponse<byte[]>> f = settings.http().sendAsync(built, new CappedBody(64 * 1024));
            HttpResponse<byte[]> r = f.get(CANCEL_TIMEOUT.toMillis() + 1000, TimeUnit.MILLISECONDS);
            HttpRequest sent = built;
            LOG.log(
                    Level.DEBUG,
                    () -> sent.method() + " " + Urls.forLog(sent.uri()) + " -> " + r.statusCode() + " in " + millis(t0)
                            + " ms (cancelling the job of " + model.model() + ")");
        } catch (InterruptedException e) {
            interrupted = true;
            LOG.log(Level.DEBUG, "cancelling the job of {0}: interrupted", model.model());
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            LOG.log(
                    Level.DEBUG,
                    "could not cancel the job of {0}: {1}",
                    model.model(),
                    cause == null ? e.getClass().getName() : cause.getClass().getName());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void awaitNextPoll(int poll) throws InterruptedException {
        long interval = settings.pollInterval().toNanos();
        for (int i = 0; i < poll && interval < settings.maxPollInterval().toNanos(); i++) {
            interval += interval / 2;
        }
        awaitPoll(Math.min(interval, settings.maxPollInterval().toNanos()), poll);
    }

    @Override
    public void awaitPoll(Duration wait) throws InterruptedException {
        awaitPoll(Math.max(0, wait.toNanos()), -1);
    }

    /** Waits {@code interval} before poll number {@code poll} (-1 when not counted), within the deadline. */
    private void awaitPoll(long interval, int poll) throws InterruptedException {
        long left = remainingNanos();
        if (interval >= left) {
            pause(Math.max(0, left));
            throw timedOut("waiting for the job");
        }
        LOG.log(
                Level.TRACE,
                "{0}: poll {1} in {2} ms",
                model.model(),
                poll < 0 ? "" : String.valueOf(poll + 1),
                interval / 1_000_000);
        pause(interval);
    }

    @Override
    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, remainingNanos()));
    }

    @Override
    public boolean waitForResult() {
        return settings.waitForResult();
    }

    @Override
    public JsonNode json(HttpResponse<byte[]> response) {
        String mediaType = Bodies.mediaType(Bodies.contentType(response));
        if (!Bodies.isJson(mediaType)) {
            throw new MalformedResponseException(
                    model,
                    "content type " + (mediaType.isEmpty() ? "(none)" : mediaType)
                            + " (" + response.body().length + " bytes) from " + Urls.forLog(response.uri())
                            + ", expected JSON");
        }
        try {
            return PictorJson.read(response.body(), JsonNode.class);
        } catch (UncheckedIOException e) {
            throw new MalformedResponseException(
                    model,
                    "the body from " + Urls.forLog(response.uri()) + " is not valid JSON: "
                            + scrub(String.valueOf(e.getMessage())));
        }
    }

    @Override
    public String scrub(String text) {
        return settings.redactor().scrub(text);
    }

    @Override
    public ImageFetcher fetcher() {
        return downloader;
    }

    // ---- the exchange loop

    /**
     * Sends one exchange with retries.
     *
     * @param redirects   whether a 3xx answer is handed back (a download follows redirects itself)
     * @param credentials whether the credential may go with it (to a host the provider names); never for a download
     */
    private HttpResponse<byte[]> send(
            HttpRequest.Builder builder, boolean idempotent, boolean redirects, boolean credentials)
            throws IOException, InterruptedException {
        URI uri = builder.copy().build().uri();
        String refusal = Urls.refusal(uri);
        if (refusal != null) {
            throw new ConfigurationException(
                    PictorException.prefix(model) + "refused to call " + Urls.forLog(uri) + ": " + refusal);
        }
        boolean firstStep;
        synchronized (lock) {
            firstStep = !firstStepDone;
            firstStepDone = true;
        }
        boolean credential = credentials && provider.credentialFor(uri);
        RetryPolicy policy = settings.retryPolicy();
        for (int attempt = 1; ; attempt++) {
            checkActive("before sending");
            long left = remainingNanos();
            long perCall = settings.callTimeout().toNanos();
            boolean boundByDeadline = left <= perCall;
            long wait = Math.max(1_000_000, Math.min(perCall, left));
            HttpRequest.Builder b =
                    builder.copy().timeout(Duration.ofNanos(wait)).setHeader("User-Agent", USER_AGENT);
            if (credential) {
                b.setHeader(provider.header(), provider.headerValue());
            }
            HttpRequest request = b.build();
            requests.incrementAndGet();
            if (firstStep) {
                firstStepAttempts = attempt;
            }
            int n = attempt;
            LOG.log(
                    Level.DEBUG,
                    () -> request.method() + " " + Urls.forLog(request.uri()) + " (" + model.model() + ", attempt " + n
                            + " of " + policy.maxAttempts() + (idempotent ? "" : ", not idempotent") + ")");
            long t0 = System.nanoTime();
            CappedBody body = new CappedBody(settings.maxResponseBytes());
            Optional<Failure> failure;
            HttpResponse<byte[]> response = null;
            try {
                response = attempt(request, body, wait, idempotent);
                failure = failures.ofStatus(response, redirects);
            } catch (AttemptFailed e) {
                failure = Optional.of(failures.ofBroken(e.how, e.status, e.getCause(), boundByDeadline, wait));
            }
            if (response != null) {
                HttpResponse<byte[]> r = response;
                LOG.log(
                        Level.DEBUG,
                        () -> request.method() + " " + Urls.forLog(request.uri()) + " -> "
                                + r.statusCode() + " (" + Bodies.mediaType(Bodies.contentType(r)) + ", "
                                + r.body().length
                                + " bytes) in " + millis(t0) + " ms");
            }
            if (failure.isEmpty()) {
                return response;
            }
            Failure f = failure.get();
            if (f.retryable(idempotent)) {
                Optional<Duration> delay = policy.delayBefore(attempt + 1, f.retryAfter());
                if (delay.isPresent() && delay.get().toNanos() < remainingNanos()) {
                    LOG.log(
                            Level.DEBUG,
                            () -> request.method() + " " + Urls.forLog(request.uri()) + ": " + f.summary()
                                    + "; retrying in " + delay.get().toMillis() + " ms"
                                    + (f.retryAfter().isPresent() ? " (Retry-After)" : "") + " (attempt " + (n + 1)
                                    + " of "
                                    + policy.maxAttempts() + ")");
                    pause(delay.get().toNanos());
                    continue;
                }
            }
            LOG.log(
                    Level.DEBUG,
                    () -> request.method() + " " + Urls.forLog(request.uri()) + ": " + f.summary()
                            + "; not retried (attempt " + n + " of " + policy.maxAttempts() + ")");
            throw f.error().apply(attempt);
        }
    }

    /** Thrown by {@link #attempt} when no usable answer came: how the exchange broke, for the classifier. */
    private static final class AttemptFailed extends Exception {
        private static final long serialVersionUID = 1L;
        private final Broken how;
        private final int status;

        AttemptFailed(Broken how, int status, Throwable cause) {
            super(how.name(), cause, false, false);
            this.how = how;
            this.status = status;
        }
    }

    /**
     * One HTTP exchange, waiting at most {@code waitNanos} for the whole answer. When the call is cancelled or the
     * thread interrupted during an exchange that is not idempotent (a job's creation), the answer is still awaited
     * for {@link #CREATE_GRACE} and returned when it comes, the interrupt flag set again: the transport then learns
     * the job's id, stops at its next wait and cancels the job.
     */
    private HttpResponse<byte[]> attempt(HttpRequest request, CappedBody body, long waitNanos, boolean idempotent)
            throws AttemptFailed, InterruptedException {
        CompletableFuture<HttpResponse<byte[]>> f;
        try {
            f = settings.http().sendAsync(request, body);
        } catch (RejectedExecutionException e) {
            throw new CallCancelledException(model, "the client is closed", e);
        }
        inFlightIdempotent = idempotent;
        inFlight = f;
        long start = System.nanoTime();
        try {
            if (cancelled) {
                abortInFlight();
            }
            return f.get(waitNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new AttemptFailed(Broken.TIMEOUT, body.status(), null);
        } catch (InterruptedException e) {
            if (idempotent) {
                f.cancel(true);
                throw e;
            }
            cancel("interrupted");
            HttpResponse<byte[]> late = awaitUninterruptibly(f, waitNanos - (System.nanoTime() - start));
            Thread.currentThread().interrupt();
            if (late != null) {
                return late;
            }
            throw e;
        } catch (CancellationException e) {
            throw cancelledException(e);
        } catch (ExecutionException e) {
            Throwable cause = unwrap(e.getCause());
            if (cancelled) {
                throw cancelledException(cause);
            }
            if (cause instanceof CappedBody.TooLarge) {
                throw new AttemptFailed(Broken.TOO_LARGE, body.status(), cause);
            }
            if (cause instanceof HttpConnectTimeoutException || cause instanceof ConnectException) {
                throw new AttemptFailed(Broken.NOT_CONNECTED, -1, cause);
            }
            if (cause instanceof HttpTimeoutException) {
                throw new AttemptFailed(Broken.TIMEOUT, body.status(), cause);
            }
            if (cause instanceof RejectedExecutionException) {
                throw new CallCancelledException(model, "the client is closed", cause);
            }
            if (cause instanceof IOException) {
                throw new AttemptFailed(
                        body.status() >= 0 ? Broken.BROKEN_BODY : Broken.CONNECTION, body.status(), cause);
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new ProviderUnavailableException(
                    model, 0, "the exchange failed: " + cause.getClass().getName(), cause);
        } finally {
            inFlight = null;
        }
    }

    /** The answer of {@code f} if it comes within {@code nanos} (interrupts ignored meanwhile), else null. */
    private static HttpResponse<byte[]> awaitUninterruptibly(CompletableFuture<HttpResponse<byte[]>> f, long nanos) {
        long until = System.nanoTime() + Math.max(0, nanos);
        while (true) {
            try {
                return f.get(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException again) {
                // keep waiting: the caller sets the flag again
            } catch (ExecutionException | TimeoutException | CancellationException e) {
                f.cancel(true);
                return null;
            }
        }
    }

    private static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        // The JDK wraps a refused connection in a ConnectException whose cause says why; keep the outer one.
        return c;
    }

    // ---- waiting, deadline, cancellation

    private long remainingNanos() {
        return deadline - System.nanoTime();
    }

    /** Waits {@code nanos}, waking at once on {@link #cancel()}; an interrupt ends it with InterruptedException. */
    private void pause(long nanos) throws InterruptedException {
        long until = System.nanoTime() + nanos;
        synchronized (lock) {
            while (!cancelled) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
        }
        throw cancelledException(null);
    }

    private void checkActive(String when) {
        if (cancelled) {
            throw cancelledException(null);
        }
        if (remainingNanos() <= 0) {
            throw timedOut(when);
        }
    }

    private CallTimedOutException timedOut(String what) {
        return new CallTimedOutException(model, settings.overallTimeout(), true, what);
    }

    private CallCancelledException cancelledException(Throwable cause) {
        return new CallCancelledException(model, cancelReason, cause);
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @Override
    public String toString() {
        return "Call[" + model.model() + " " + model.version() + " via " + provider + ", " + requests.get()
                + " requests" + (cancelled ? ", cancelled" : "") + "]";
    }
}
