package org.motcua.routing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.inject.Singleton;

/**
 * The clock of routing's tests (it replaces platform-kit's system clock): Thursday 26/11/2026, 09:00 in
 * the province, so that queue forecasts and reinforcement periods are the same on every run.
 */
@Singleton
public class TestClock extends Clock {

    static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(NOW, zone);
    }

    @Override
    public Instant instant() {
        return NOW;
    }
}
