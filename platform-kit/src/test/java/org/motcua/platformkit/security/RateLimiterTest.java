package org.motcua.platformkit.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.motcua.platformkit.problem.TooManyRequestsException;
import org.motcua.testsupport.time.MovableClock;

class RateLimiterTest {

    @Test
    void refusesBeyondTheCapacityAndRefillsOverThePeriod() {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-29T02:00:00Z"));
        RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(1), 100, clock);
        for (int i = 0; i < 3; i++) {
            limiter.acquire("10.0.0.1");
        }
        assertThatThrownBy(() -> limiter.acquire("10.0.0.1")).isInstanceOf(TooManyRequestsException.class)
                .extracting(e -> ((TooManyRequestsException) e).retryAfterSeconds()).isEqualTo(20L);
        assertThatCode(() -> limiter.acquire("10.0.0.2")).doesNotThrowAnyException();
        clock.advance(Duration.ofSeconds(20));
        assertThatCode(() -> limiter.acquire("10.0.0.1")).doesNotThrowAnyException();
        assertThatThrownBy(() -> limiter.acquire("10.0.0.1")).isInstanceOf(TooManyRequestsException.class);
    }
}
