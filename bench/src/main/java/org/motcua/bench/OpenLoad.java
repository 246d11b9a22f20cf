package org.motcua.bench;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Submits dossiers to intake at a fixed open-loop rate: each is sent at its scheduled time whether or not the
 * earlier ones were answered, and its latency counts from that time (no coordinated omission).
 */
final class OpenLoad {

    private OpenLoad() {
    }

    record Result(long sent, double okPerSecond, long errors, double[] latenciesMs) {
        double percentile(int p) {
            if (latenciesMs.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * latenciesMs.length) - 1;
            return latenciesMs[Math.max(0, Math.min(latenciesMs.length - 1, index))];
        }
    }

    static Result run(KeepAliveClient http, String token, int rate, int seconds, LongFunction<byte[]> body)
            throws Exception {
        return run(List.of(http), token, rate, seconds, body);
    }

    /** As above, the n-th submission to the n-th instance in turn (as a load balancer would spread them). */
    static Result run(List<KeepAliveClient> instances, String token, int rate, int seconds, LongFunction<byte[]> body)
            throws Exception {
        if (rate == 0) { // idle: what the platform costs doing nothing
            Thread.sleep(seconds * 1000L);
            return new Result(1, 0, 0, new double[0]);
        }
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        long total = (long) rate * seconds;
        double[] latencies = new double[(int) total];
        AtomicLong errors = new AtomicLong();
        CountDownLatch done = new CountDownLatch((int) total);
        long intervalNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        AtomicLong sent = new AtomicLong();
        scheduler.scheduleAtFixedRate(() -> {
            long n = sent.getAndIncrement();
            if (n >= total) {
                return;
            }
            long scheduled = start + n * intervalNanos;
            try {
                KeepAliveClient http = instances.get((int) (n % instances.size()));
                http.post("/api/v1/dossiers", "Bearer " + token, body.apply(n), status -> {
                    if (status == 201) {
                        latencies[(int) n] = (System.nanoTime() - scheduled) / 1_000_000.0;
                    } else {
                        latencies[(int) n] = Double.NaN;
                        errors.incrementAndGet();
                    }
                    done.countDown();
                });
            } catch (Exception e) {
                latencies[(int) n] = Double.NaN;
                errors.incrementAndGet();
                done.countDown();
            }
        }, 0, intervalNanos, TimeUnit.NANOSECONDS);
        boolean finished = done.await(seconds + 60L, TimeUnit.SECONDS);
        scheduler.shutdownNow();
        double elapsed = (System.nanoTime() - start) / 1e9;
        // each callback wrote its slot before counting down; a slot left 0 is a request that never answered
        double[] sorted = Arrays.stream(latencies).filter(l -> !Double.isNaN(l) && l > 0).sorted().toArray();
        long lost = finished ? 0 : done.getCount();
        return new Result(total, sorted.length / elapsed, errors.get() + lost, sorted);
    }

}
