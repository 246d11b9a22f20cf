package org.motcua.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.motcua.local.Platform;
import org.motcua.local.ServiceSpec;
import org.motcua.testsupport.EmbeddedInfrastructure;
import org.motcua.testsupport.RegistrySimulator;
import org.motcua.testsupport.TestInfrastructure;
import org.motcua.testsupport.TestTokens;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Submits dossiers through intake's real API (registry calls included) at rising open-loop rates while the
 * four services run on embedded Kafka and PostgreSQL, and prints throughput and latency percentiles per
 * rate. Latency is measured from the scheduled send time, so a slow server cannot hide queueing
 * (no coordinated omission). Usage: {@code bench/run-intake.sh [rates...] [--seconds N] [--warmup N]}.
 */
public final class IntakeLoadBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private IntakeLoadBenchmark() {
    }

    @SuppressWarnings("java:S106") // a benchmark prints its figures
    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        List<Integer> rates = new ArrayList<>();
        int seconds = 15;
        int warmUp = 240;
        boolean statements = false;
        Path root = Path.of("").toAbsolutePath();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmUp = Integer.parseInt(args[++i]);
                case "--root" -> root = Path.of(args[++i]).toAbsolutePath();
                case "--statements" -> statements = true;
                default -> rates.add(Integer.parseInt(args[i]));
            }
        }
        if (rates.isEmpty()) {
            rates = List.of(50, 100, 200, 300, 400);
        }
        System.out.println("Starting Kafka, PostgreSQL, the registry simulator and the four services...");
        // Kafka, PostgreSQL and the simulator take their ports first, so the services' free ports cannot collide.
        var infra = TestInfrastructure.shared();
        try (RegistrySimulator registries = RegistrySimulator.start(0);
                Platform platform = Platform.start(root, infra,
                        ServiceSpec.ALL.stream().map(s -> s.withPort(EmbeddedInfrastructure.freePort())).toList(),
                        TestTokens.keys().publicKeyFile(), registries.baseUrl(),
                        // the portal's allowance (600 a minute) would cap the load at 10/s
                        Map.of("MOTCUA_RATE_LIMITS_INTEGRATION_PER_MINUTE", "100000000"),
                        Files.createDirectories(root.resolve("bench/target/logs")))) {
            String intake = platform.service("intake").baseUrl();
            String token = TestTokens.integration();
            KeepAliveClient http = new KeepAliveClient(URI.create(intake));
            byte[] template = JSON.writeValueAsBytes(body("warm-up"));
            // Four JVMs share two cores: until their JIT compilers are done, the compilers eat the CPU.
            System.out.println("Warming up (" + warmUp + " s at 50/s)...");
            OpenLoad.run(http, token, 50, warmUp, n -> bytes(body("warm-up-" + n + "-" + System.nanoTime())));
            CpuAccount cpu = new CpuAccount();
            for (var service : platform.services()) {
                cpu.add(service.spec().name(), () -> Stream.of(service.handle()));
            }
            cpu.add("postgres", CpuAccount::postgres).add("bench+kafka+simulator", () -> Stream.of(ProcessHandle.current()));
            System.out.printf("%n%8s %10s %10s %9s %9s %9s %9s %8s%n", "rate/s", "sent", "ok/s", "p50 ms", "p95 ms",
                    "p99 ms", "max ms", "errors");
            for (int rate : rates) {
                StatementReport report = new StatementReport(infra);
                if (statements) {
                    report.reset();
                }
                Map<String, Long> cpuBefore = cpu.snapshot();
                Map<String, Long> threadsBefore = CpuAccount.ownThreads();
                long started = System.nanoTime();
                long stepStart = System.nanoTime();
                OpenLoad.Result r = OpenLoad.run(http, token, rate, seconds,
                        n -> bytes(body("bench-" + rate + "-" + n + "-" + stepStart)));
                double elapsed = (System.nanoTime() - started) / 1e9;
                System.out.printf("%8d %10d %10.1f %9.1f %9.1f %9.1f %9.1f %8d%n", rate, r.sent(), r.okPerSecond(),
                        r.percentile(50), r.percentile(95), r.percentile(99), r.percentile(100), r.errors());
                System.out.println("         " + CpuAccount.difference(cpuBefore, cpu.snapshot(), elapsed, r.sent()));
                System.out.println(CpuAccount.topThreads(threadsBefore, CpuAccount.ownThreads(), r.sent(), 12));
                if (statements) {
                    System.out.print(report.top(25, r.sent()));
                }
            }
            System.out.println("(" + template.length + "-byte submissions of procedure 1.001193 by the integration role,"
                    + " one population-registry call each; latency from the scheduled send time)");
        }
        System.exit(0);
    }

    private static byte[] bytes(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, Object> body(String reference) {
        return Map.of("procedureCode", "1.001193", "receivingUnitCode", "21025", "externalReference", reference,
                "applicant", Map.of("fullName", "Nguyễn Thị Hồng Nhung", "citizenId", "051190001234"),
                "documents", List.of(Map.of("name", "Tờ khai đăng ký khai sinh"),
                        Map.of("name", "Giấy chứng sinh (hoặc văn bản người làm chứng/giấy cam đoan về việc sinh)")));
    }
}
