package org.motcua.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * CPU time spent by each part of the platform during a benchmark step: the services' JVMs, PostgreSQL
 * (postmaster and every backend) and the benchmark's own JVM (Kafka broker, registry simulator, load
 * generator). Read from the operating system, so it counts JIT compilation and garbage collection too.
 */
final class CpuAccount {

    private final Map<String, Supplier<Stream<ProcessHandle>>> parts = new LinkedHashMap<>();

    CpuAccount add(String name, Supplier<Stream<ProcessHandle>> processes) {
        parts.put(name, processes);
        return this;
    }

    static Stream<ProcessHandle> postgres() {
        return ProcessHandle.allProcesses().filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
    }

    /** CPU milliseconds per part so far. */
    Map<String, Long> snapshot() {
        Map<String, Long> millis = new LinkedHashMap<>();
        parts.forEach((name, processes) -> millis.put(name, processes.get()
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toMillis).orElse(0L)).sum()));
        return millis;
    }

    /**
     * CPU milliseconds per group of this JVM's threads (Kafka broker, registry simulator, load generator),
     * grouped by thread name without its numbers. JIT and GC threads are not Java threads and are not counted.
     */
    static Map<String, Long> ownThreads() {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Map<String, Long> millis = new java.util.TreeMap<>();
        for (long id : threads.getAllThreadIds()) {
            var info = threads.getThreadInfo(id);
            long nanos = threads.getThreadCpuTime(id);
            if (info != null && nanos > 0) {
                millis.merge(info.getThreadName().replaceAll("[0-9]+", "#"), nanos / 1_000_000, Long::sum);
            }
        }
        return millis;
    }

    /** The groups of {@link #ownThreads} that spent the most between two readings, in ms per unit of work. */
    static String topThreads(Map<String, Long> before, Map<String, Long> after, long work, int limit) {
        return after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                .map(e -> String.format("%s %.2f", e.getKey(), (double) e.getValue() / work))
                .collect(java.util.stream.Collectors.joining(", ", "         bench threads, ms per submission: ", ""));
    }

    /** Per part: share of one core over the interval, and CPU milliseconds per unit of work. */
    static String difference(Map<String, Long> before, Map<String, Long> after, double seconds, long work) {
        StringBuilder line = new StringBuilder();
        long total = 0;
        for (var part : after.entrySet()) {
            long spent = part.getValue() - before.getOrDefault(part.getKey(), 0L);
            total += spent;
            line.append(String.format("  %s %.0f%% %.2f ms", part.getKey(), spent / 10.0 / seconds, (double) spent / work));
        }
        return String.format("cpu total %.0f%% of a core, %.2f ms per submission:", total / 10.0 / seconds,
                (double) total / work) + line;
    }
}
