package dev.pictor.emulator;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A failure the emulator plays on demand. Faults wait in a queue ({@link ProviderEmulator#inject(Fault...)}); each is
 * used up by the first later request it applies to: any provider's request, or only one provider's
 * ({@link #forProvider(String)}). The HTTP faults are played in front of the provider's API, before authentication:
 * a load balancer's or rate limiter's answer. {@link Kind#JOB_FAILED} waits for the next request that creates a job.
 */
public final class Fault {

    /** What goes wrong. */
    public enum Kind {
        /** 429 with a {@code Retry-After} header, in the provider's error shape. */
        RATE_LIMITED,
        /** 500 in the provider's error shape. */
        SERVER_ERROR,
        /** 503 in the provider's error shape. */
        UNAVAILABLE,
        /** The normal answer, after a delay. */
        SLOW,
        /** The normal status and headers, with a {@code Content-Length} the body never reaches: the connection closes half way. */
        TRUNCATED,
        /** The normal status, with a {@code text/html} body (a proxy's error page) instead of the provider's answer. */
        WRONG_CONTENT_TYPE,
        /** The next job (Replicate prediction, RunPod job) is accepted, then ends {@code failed} / {@code FAILED}. */
        JOB_FAILED
    }

    private final Kind kind;
    private final Duration duration;
    private final String provider;

    private Fault(Kind kind, Duration duration, String provider) {
        this.kind = Objects.requireNonNull(kind, "kind");
        if (duration != null && duration.isNegative()) {
            throw new IllegalArgumentException("a fault's duration cannot be negative: " + duration);
        }
        this.duration = duration;
        this.provider = provider;
    }

    /** 429 with the emulator's default {@code Retry-After} (1 second unless configured). */
    public static Fault rateLimited() {
        return new Fault(Kind.RATE_LIMITED, null, null);
    }

    /** 429 with {@code Retry-After} of this many whole seconds (rounded up). */
    public static Fault rateLimited(Duration retryAfter) {
        return new Fault(Kind.RATE_LIMITED, Objects.requireNonNull(retryAfter, "retryAfter"), null);
    }

    public static Fault serverError() {
        return new Fault(Kind.SERVER_ERROR, null, null);
    }

    public static Fault unavailable() {
        return new Fault(Kind.UNAVAILABLE, null, null);
    }

    /** The normal answer after the emulator's default delay (2 seconds unless configured). */
    public static Fault slow() {
        return new Fault(Kind.SLOW, null, null);
    }

    /** The normal answer after this delay. */
    public static Fault slow(Duration delay) {
        return new Fault(Kind.SLOW, Objects.requireNonNull(delay, "delay"), null);
    }

    public static Fault truncated() {
        return new Fault(Kind.TRUNCATED, null, null);
    }

    public static Fault wrongContentType() {
        return new Fault(Kind.WRONG_CONTENT_TYPE, null, null);
    }

    public static Fault jobFailed() {
        return new Fault(Kind.JOB_FAILED, null, null);
    }

    /** A fault of this kind with the emulator's defaults. */
    public static Fault of(Kind kind) {
        return new Fault(kind, null, null);
    }

    /** The same fault, applied only to requests to this provider (its id, such as {@code replicate}). */
    public Fault forProvider(String providerId) {
        return new Fault(kind, duration, Objects.requireNonNull(providerId, "providerId"));
    }

    /** The same fault with a delay ({@link Kind#SLOW}) or {@code Retry-After} ({@link Kind#RATE_LIMITED}). */
    public Fault withDuration(Duration value) {
        return new Fault(kind, Objects.requireNonNull(value, "value"), provider);
    }

    public Kind kind() {
        return kind;
    }

    /** The delay of {@link Kind#SLOW} or the {@code Retry-After} of {@link Kind#RATE_LIMITED}, when set here. */
    public Optional<Duration> duration() {
        return Optional.ofNullable(duration);
    }

    /** The provider this fault is kept for, or empty for any. */
    public Optional<String> provider() {
        return Optional.ofNullable(provider);
    }

    boolean appliesTo(String providerId) {
        return provider == null || provider.equals(providerId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fault f
                && f.kind == kind
                && Objects.equals(f.duration, duration)
                && Objects.equals(f.provider, provider);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, duration, provider);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(kind.name().toLowerCase(Locale.ROOT));
        if (duration != null) {
            s.append('(').append(duration.toMillis()).append(" ms)");
        }
        if (provider != null) {
            s.append(" for ").append(provider);
        }
        return s.toString();
    }
}
