package org.motcua.platformkit.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.motcua.platformkit.problem.TooManyRequestsException;

class RateLimiterTest {

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-11-29T02:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void refusesBeyondTheCapacityAndRefillsOverThePeriod() {
        MutableClock clock = new MutableClock();
        RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(1), 100, clock);
        for (int i = 0; i < 3; i++) {
            limiter.acquire("10.0.0.1");
        }
        assertThatThrownBy(() -> limiter.acquire("10.0.0.1")).isInstanceOf(TooManyRequestsException.class);
        assertThatCode(() -> limiter.acquire("10.0.0.2")).doesNotThrowAnyException();
        clock.now = clock.now.plusSeconds(20);
        assertThatCode(() -> limiter.acquire("10.0.0.1")).doesNotThrowAnyException();
        assertThatThrownBy(() -> limiter.acquire("10.0.0.1")).isInstanceOf(TooManyRequestsException.class);
    }
}
