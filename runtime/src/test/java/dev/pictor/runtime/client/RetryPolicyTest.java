package dev.pictor.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

    private static RetryPolicy policy(long seed) {
        return RetryPolicy.builder()
                .maxAttempts(6)
                .baseBackoff(Duration.ofMillis(100))
                .maxBackoff(Duration.ofMillis(1000))
                .maxRetryAfter(Duration.ofSeconds(30))
                .random(new Random(seed))
                .clock(InstantSource.fixed(NOW))
                .build();
    }

    @Test
    void fullJitterStaysUnderAnExponentialCeilingCappedAtTheMaximum() {
        RetryPolicy p = policy(42);
        long[] ceilings = {100, 200, 400, 800, 1000, 1000, 1000};
        for (int retry = 1; retry <= ceilings.length; retry++) {
            Set<Long> seen = new HashSet<>();
            long max = 0;
            for (int i = 0; i < 2000; i++) {
                long ms = p.backoff(retry).toMillis();
                assertTrue(ms >= 0 && ms <= ceilings[retry - 1], "retry " + retry + ": " + ms);
                seen.add(ms);
                max = Math.max(max, ms);
            }
            assertTrue(seen.size() > 20, "jittered, not fixed: " + seen.size() + " distinct values");
            assertTrue(max > ceilings[retry - 1] * 9 / 10, "uses the whole range up to the ceiling: " + max);
        }
    }

    @Test
    void theSameSeedGivesTheSameDelays() {
        RetryPolicy a = policy(7);
        RetryPolicy b = policy(7);
        for (int retry = 1; retry < 6; retry++) {
            assertEquals(a.backoff(retry), b.backoff(retry));
        }
    }

    @Test
    void retryAfterIsReadAsSecondsOrAnHttpDate() {
        RetryPolicy p = policy(1);
        assertEquals(Optional.of(Duration.ofSeconds(3)), p.parseRetryAfter("3"));
        assertEquals(Optional.of(Duration.ZERO), p.parseRetryAfter(" 0 "));
        assertEquals(Optional.of(Duration.ofSeconds(90)), p.parseRetryAfter("Thu, 01 Jan 2026 12:01:30 GMT"));
        assertEquals(Optional.of(Duration.ZERO), p.parseRetryAfter("Thu, 01 Jan 2026 11:00:00 GMT"), "in the past");
        assertEquals(Optional.empty(), p.parseRetryAfter("soon"));
        assertEquals(Optional.empty(), p.parseRetryAfter("-5"));
        assertEquals(Optional.empty(), p.parseRetryAfter(null));
        assertEquals(Optional.empty(), p.parseRetryAfter(""));
        assertTrue(p.parseRetryAfter("99999999999999").get().compareTo(Duration.ofDays(365)) > 0);
    }

    @Test
    void theDelayIsTheRetryAfterWhenGivenWithinItsMaximumElseTheBackoff() {
        RetryPolicy p = policy(1);
        assertEquals(Optional.of(Duration.ofSeconds(2)), p.delayBefore(2, Optional.of(Duration.ofSeconds(2))));
        assertEquals(Optional.empty(), p.delayBefore(2, Optional.of(Duration.ofSeconds(31))), "over maxRetryAfter");
        assertTrue(p.delayBefore(2, Optional.empty()).get().toMillis() <= 100);
        assertTrue(p.delayBefore(6, Optional.empty()).isPresent());
        assertEquals(Optional.empty(), p.delayBefore(7, Optional.empty()), "no seventh attempt");
        assertEquals(Optional.empty(), RetryPolicy.none().delayBefore(2, Optional.empty()));
    }

    @Test
    void settingsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().maxAttempts(0));
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().baseBackoff(Duration.ofMillis(-1)));
        assertThrows(
                IllegalArgumentException.class,
                () -> RetryPolicy.builder()
                        .baseBackoff(Duration.ofSeconds(5))
                        .maxBackoff(Duration.ofSeconds(1))
                        .build());
        assertThrows(IllegalArgumentException.class, () -> policy(1).backoff(0));
        assertEquals(
                "RetryPolicy[maxAttempts=4, backoff=500..10000 ms full jitter, maxRetryAfter=60000 ms]",
                RetryPolicy.defaults().toString());
    }
}
