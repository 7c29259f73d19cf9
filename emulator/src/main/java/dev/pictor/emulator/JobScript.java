package dev.pictor.emulator;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the next job of a provider whose operations run as described jobs (transport {@code openapi}, provider document
 * {@code job}) ends: with a status value of one of the description's states, or never. Scripts wait in a queue
 * ({@link ProviderEmulator#scriptJobs(JobScript...)}); each is used by the next job submitted to its provider (any,
 * unless {@link #forProvider(String)}). A job without a script succeeds, after {@code running} values one job step
 * each.
 *
 * <p>A script may also have the job's first polls answered 429 with a {@code Retry-After}
 * ({@link #rateLimitedPolls(int, Duration)}).
 */
public final class JobScript {

    /** The state a scripted job ends in. */
    public enum Outcome {
        /** Its first {@code succeeded} value, with the result. */
        SUCCEEDED,
        /** Its first {@code failed} value (or {@link #status()}), with an explanation at {@code error}. */
        FAILED,
        /** Its first {@code cancelled} value (or {@link #status()}), as if cancelled at the provider. */
        CANCELLED,
        /** Never: every poll answers a {@code running} value. */
        NEVER
    }

    private final Outcome outcome;
    private final String status;
    private final int rateLimitedPolls;
    private final Duration retryAfter;
    private final String provider;

    private JobScript(Outcome outcome, String status, int rateLimitedPolls, Duration retryAfter, String provider) {
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        if (rateLimitedPolls < 0) {
            throw new IllegalArgumentException("rateLimitedPolls cannot be negative");
        }
        if (retryAfter != null && retryAfter.isNegative()) {
            throw new IllegalArgumentException("retryAfter cannot be negative");
        }
        this.status = status;
        this.rateLimitedPolls = rateLimitedPolls;
        this.retryAfter = retryAfter;
        this.provider = provider;
    }

    public static JobScript succeeds() {
        return new JobScript(Outcome.SUCCEEDED, null, 0, null, null);
    }

    public static JobScript fails() {
        return new JobScript(Outcome.FAILED, null, 0, null, null);
    }

    public static JobScript cancelled() {
        return new JobScript(Outcome.CANCELLED, null, 0, null, null);
    }

    public static JobScript neverEnds() {
        return new JobScript(Outcome.NEVER, null, 0, null, null);
    }

    /** Ends with this outcome. */
    public static JobScript of(Outcome outcome) {
        return new JobScript(outcome, null, 0, null, null);
    }

    /**
     * Ends with this status value, which must be one the description's {@code succeeded}, {@code failed} or
     * {@code cancelled} names (checked when the job is submitted: an unknown value is a 500 of the emulator's own).
     */
    public JobScript withStatus(String value) {
        return new JobScript(outcome, Objects.requireNonNull(value, "value"), rateLimitedPolls, retryAfter, provider);
    }

    /** The job's first {@code count} polls answer 429 with this {@code Retry-After} (whole seconds, rounded up). */
    public JobScript rateLimitedPolls(int count, Duration retryAfterValue) {
        return new JobScript(outcome, status, count, Objects.requireNonNull(retryAfterValue, "retryAfter"), provider);
    }

    /** For jobs of this provider only. */
    public JobScript forProvider(String providerId) {
        return new JobScript(outcome, status, rateLimitedPolls, retryAfter, Objects.requireNonNull(providerId));
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The status value to end with, when not the first of the outcome's state. */
    public Optional<String> status() {
        return Optional.ofNullable(status);
    }

    public int rateLimitedPolls() {
        return rateLimitedPolls;
    }

    /** The {@code Retry-After} of the rate-limited polls, when there are any. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public Optional<String> provider() {
        return Optional.ofNullable(provider);
    }

    boolean appliesTo(String providerId) {
        return provider == null || provider.equals(providerId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobScript s
                && s.outcome == outcome
                && Objects.equals(s.status, status)
                && s.rateLimitedPolls == rateLimitedPolls
                && Objects.equals(s.retryAfter, retryAfter)
                && Objects.equals(s.provider, provider);
    }

    @Override
    public int hashCode() {
        return Objects.hash(outcome, status, rateLimitedPolls, retryAfter, provider);
    }

    @Override
    public String toString() {
        return outcome.name().toLowerCase(java.util.Locale.ROOT)
                + (status == null ? "" : " (" + status + ")")
                + (rateLimitedPolls == 0 ? "" : ", " + rateLimitedPolls + " polls rate-limited")
                + (provider == null ? "" : " for " + provider);
    }
}
