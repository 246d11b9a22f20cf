package org.motcua.platformkit.security;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.motcua.platformkit.problem.TooManyRequestsException;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * A token bucket (Bucket4j) per caller key — an address, an integration client: {@code capacity} requests, refilled
 * evenly over {@code period}; beyond it 429 with the time until the next request is allowed. Remembers at most
 * {@code maxKeys} callers (the least recently seen forgotten, so that a flood of addresses cannot fill the memory).
 */
public final class RateLimiter {

    private final Bandwidth limit;
    private final TimeMeter time;
    private final Map<String, Bucket> buckets;

    public RateLimiter(int capacity, Duration period, int maxKeys, Clock clock) {
        this.limit = Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build();
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** Takes a token for the key, or refuses with 429 saying when to come back. */
    public void acquire(String key) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(key, k -> Bucket.builder().addLimit(limit).withCustomTimePrecision(time).build());
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyRequestsException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }
}
