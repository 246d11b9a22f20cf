package org.motcua.platformkit.security;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.motcua.platformkit.problem.TooManyRequestsException;

/**
 * A token bucket per caller key (an IP address) for public endpoints: {@code capacity} requests, refilled
 * evenly over {@code period}. Remembers at most {@code maxKeys} callers (least recently seen forgotten).
 */
public final class RateLimiter {

    private final int capacity;
    private final double tokensPerMilli;
    private final Clock clock;
    private final Map<String, double[]> buckets;

    public RateLimiter(int capacity, Duration period, int maxKeys, Clock clock) {
        this.capacity = capacity;
        this.tokensPerMilli = capacity / (double) period.toMillis();
        this.clock = clock;
        this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, double[]> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** Takes a token for the key, or refuses with 429. */
    public synchronized void acquire(String key) {
        long now = clock.millis();
        double[] bucket = buckets.computeIfAbsent(key, k -> new double[] { capacity, now });
        bucket[0] = Math.min(capacity, bucket[0] + (now - bucket[1]) * tokensPerMilli);
        bucket[1] = now;
        if (bucket[0] < 1) {
            throw new TooManyRequestsException();
        }
        bucket[0] -= 1;
    }
}
