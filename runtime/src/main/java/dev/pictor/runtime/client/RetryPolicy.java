package dev.pictor.runtime.client;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * How a {@link PictorClient} retries one HTTP exchange: at most {@link #maxAttempts()} attempts, waiting between two
 * either what the provider's {@code Retry-After} says (delta-seconds or an HTTP-date) or, without one, a "full
 * jitter" exponential backoff: a uniformly random delay in {@code [0, min(maxBackoff, baseBackoff * 2^(n-1))]} before
 * retry {@code n}. A wait never runs past the call's overall timeout: a {@code Retry-After} that does not fit (or is
 * longer than {@link #maxRetryAfter()}) ends the call at once with the error.
 *
 * <p>This policy bounds how often and how long; which failures may be retried at all is the client's table,
 * {@code FailureClassifier} in this package: in short, a failure after which the provider cannot have acted on the
 * request is retried on every step, one after which it may have acted only on an idempotent step (so that a step that
 * creates something, a Replicate prediction or a RunPod job, is never sent twice), and the others never.
 *
 * <p>Immutable and thread-safe. For tests, {@link Builder#random(RandomGenerator)} and
 * {@link Builder#clock(InstantSource)} make the jitter and the HTTP-date arithmetic deterministic.
 */
public final class RetryPolicy {

    private static final RetryPolicy DEFAULTS = builder().build();
    private static final RetryPolicy NONE = builder().maxAttempts(1).build();

    private final int maxAttempts;
    private final Duration baseBackoff;
    private final Duration maxBackoff;
    private final Duration maxRetryAfter;
    private final RandomGenerator random;
    private final InstantSource clock;

    private RetryPolicy(Builder b) {
        this.maxAttempts = b.maxAttempts;
        this.baseBackoff = b.baseBackoff;
        this.maxBackoff = b.maxBackoff;
        this.maxRetryAfter = b.maxRetryAfter;
        this.random = b.random;
        this.clock = b.clock;
    }

    /** 4 attempts, backoff from 500 ms up to 10 s, a {@code Retry-After} honoured up to 60 s. */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** One attempt: nothing is retried. */
    public static RetryPolicy none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The most attempts of one exchange, the first included (1 = no retry). */
    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration baseBackoff() {
        return baseBackoff;
    }

    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** The longest {@code Retry-After} the client waits; a longer one ends the call with the error. */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /**
     * The backoff before retry {@code retry} (1 for the wait after the first attempt): uniformly random in
     * {@code [0, min(maxBackoff, baseBackoff * 2^(retry-1))]}.
     */
    public Duration backoff(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry counts from 1: " + retry);
        }
        long base = baseBackoff.toNanos();
        long cap = maxBackoff.toNanos();
        long ceiling = base;
        for (int i = 1; i < retry && ceiling < cap; i++) {
            ceiling = ceiling > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : ceiling * 2;
        }
        ceiling = Math.min(ceiling, cap);
        if (ceiling <= 0) {
            return Duration.ZERO;
        }
        long nanos;
        if (random == null) {
            nanos = ThreadLocalRandom.current().nextLong(ceiling + 1);
        } else {
            synchronized (random) {
                nanos = random.nextLong(ceiling + 1);
            }
        }
        return Duration.ofNanos(nanos);
    }

    /**
     * Reads a {@code Retry-After} value: delta-seconds ({@code 120}) or an HTTP-date ({@code Wed, 21 Oct 2015
     * 07:28:00 GMT}, read against the policy's clock; a date in the past is zero). Empty when absent or unreadable.
     */
    public Optional<Duration> parseRetryAfter(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            if (v.length() > 9) {
                return Optional.of(Duration.ofSeconds(999_999_999L)); // far beyond any wait: no retry
            }
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            Instant at =
                    ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(clock.instant(), at);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The wait before attempt {@code nextAttempt} (2 for the first retry): the {@code Retry-After} when the answer
     * had a readable one, else the backoff. Empty when no further attempt is allowed ({@code nextAttempt} over
     * {@link #maxAttempts()}, or a {@code Retry-After} over {@link #maxRetryAfter()}).
     */
    public Optional<Duration> delayBefore(int nextAttempt, Optional<Duration> retryAfter) {
        if (nextAttempt > maxAttempts) {
            return Optional.empty();
        }
        if (retryAfter.isPresent()) {
            return retryAfter.get().compareTo(maxRetryAfter) > 0 ? Optional.empty() : retryAfter;
        }
        return Optional.of(backoff(nextAttempt - 1));
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", backoff=" + baseBackoff.toMillis() + ".."
                + maxBackoff.toMillis() + " ms full jitter, maxRetryAfter=" + maxRetryAfter.toMillis() + " ms]";
    }

    /** Builds a {@link RetryPolicy}; every setting starts at the {@link #defaults()}. */
    public static final class Builder {
        private int maxAttempts = 4;
        private Duration baseBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(10);
        private Duration maxRetryAfter = Duration.ofSeconds(60);
        private RandomGenerator random;
        private InstantSource clock = InstantSource.system();

        private Builder() {}

        /** At least 1 (no retry), at most 100. */
        public Builder maxAttempts(int value) {
            if (value < 1 || value > 100) {
                throw new IllegalArgumentException("maxAttempts must be between 1 and 100: " + value);
            }
            this.maxAttempts = value;
            return this;
        }

        /** The ceiling of the first backoff, doubled for each further retry up to {@link #maxBackoff}. */
        public Builder baseBackoff(Duration value) {
            this.baseBackoff = nonNegative(value, "baseBackoff");
            return this;
        }

        public Builder maxBackoff(Duration value) {
            this.maxBackoff = nonNegative(value, "maxBackoff");
            return this;
        }

        public Builder maxRetryAfter(Duration value) {
            this.maxRetryAfter = nonNegative(value, "maxRetryAfter");
            return this;
        }

        /** The source of the jitter (default: {@link ThreadLocalRandom}); used under a lock, so any generator does. */
        public Builder random(RandomGenerator value) {
            this.random = Objects.requireNonNull(value, "random");
            return this;
        }

        /** The clock an HTTP-date {@code Retry-After} is read against. */
        public Builder clock(InstantSource value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        public RetryPolicy build() {
            if (baseBackoff.compareTo(maxBackoff) > 0) {
                throw new IllegalArgumentException("baseBackoff " + baseBackoff + " is above maxBackoff " + maxBackoff);
            }
            return new RetryPolicy(this);
        }

        private static Duration nonNegative(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative()) {
                throw new IllegalArgumentException(name + " cannot be negative: " + value);
            }
            return value;
        }
    }
}
