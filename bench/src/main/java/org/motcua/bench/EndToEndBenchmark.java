package org.motcua.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.motcua.local.LedgerCommand;
import org.motcua.local.Platform;
import org.motcua.local.ServiceProcess;
import org.motcua.local.ServiceSpec;
import org.motcua.local.ledger.DeadLetterTopics;
import org.motcua.local.ledger.Ledger;
import org.motcua.local.ledger.LedgerReport;
import org.motcua.testsupport.EmbeddedInfrastructure;
import org.motcua.testsupport.PlatformInfrastructure;
import org.motcua.testsupport.RegistrySimulator;
import org.motcua.testsupport.TestInfrastructure;
import org.motcua.testsupport.TestTokens;
import org.motcua.testsupport.gateway.MailServer;

/**
 * The platform end to end on this machine: embedded Kafka and PostgreSQL, the registry simulator, a mail server and
 * the four services. First the database alone (the ceiling for our unit of work and the workflow peer's unit of work,
 * in the same window), then the first minute after start, then open-loop steps at rising rates through intake's
 * public API, each submission at a unit drawn from the province's 96 with the applicant's e-mail (so the receipt is
 * mailed). Per step: acknowledged/s, HTTP latency, submit→assigned, submit→archived and submit→notified from the
 * services' own times, the rate at which dossiers completed all three, CPU and resident memory per process. Then the
 * ledger check, and each service's time from start to ready. Figures and a chart go to {@code bench/results/}.
 * Usage: {@code bench/run-e2e.sh [rates...] [--seconds N] [--warmup N] [--instances 2] [--staffed]}.
 */
public final class EndToEndBenchmark {

    private EndToEndBenchmark() {
    }

    /** One step's figures. */
    record Row(String label, int rate, OpenLoad.Result http, EndToEndTimes.Step times, double completedPerSecond,
            String cpu, Map<String, Long> rssMiB) {
    }

    @SuppressWarnings("java:S106") // a benchmark prints its figures
    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exception | Error e) {
            // the embedded broker's threads would keep the JVM alive after a failure
            System.getLogger(EndToEndBenchmark.class.getName()).log(System.Logger.Level.ERROR,
                    "the end-to-end benchmark failed", e);
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        List<Integer> rates = new ArrayList<>();
        int seconds = 30;
        int warmUp = 60;
        int firstMinute = 60;
        int instances = 1;
        boolean staffed = false;
        Path root = Path.of("").toAbsolutePath();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmUp = Integer.parseInt(args[++i]);
                case "--first-minute" -> firstMinute = Integer.parseInt(args[++i]);
                case "--instances" -> instances = Integer.parseInt(args[++i]);
                case "--staffed" -> staffed = true;
                case "--root" -> root = Path.of(args[++i]).toAbsolutePath();
                default -> rates.add(Integer.parseInt(args[i]));
            }
        }
        if (rates.isEmpty()) {
            rates = List.of(100, 200, 300, 400, 500);
        }
        StringBuilder out = new StringBuilder();
        PlatformInfrastructure infra = TestInfrastructure.shared();
        DatabaseBaselines baselines = new DatabaseBaselines(infra);
        say(out, "Database alone, 8 connections, 15 s each (the same window):");
        double ceiling = baselines.dossierAndOutbox(8, 15);
        double peer = baselines.workflowStart(8, 15);
        say(out, String.format("  ceiling (dossier row + outbox row per transaction): %.0f/s", ceiling));
        say(out, String.format("  workflow peer's unit (process + user task, history audit: 7 rows): %.0f/s", peer));

        List<String> units = Files.readAllLines(root.resolve("intake-service/src/main/resources/seed/new_units_quang_ngai.csv"))
                .stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
        List<ServiceSpec> specs = new ArrayList<>();
        for (int copy = 0; copy < instances; copy++) {
            for (ServiceSpec spec : ServiceSpec.ALL.stream().filter(ServiceSpec::hasApi).toList()) {
                specs.add(spec.withPort(EmbeddedInfrastructure.freePort()));
            }
        }
        Instant runStart = Instant.now();
        try (RegistrySimulator registries = RegistrySimulator.start(0); MailServer mail = MailServer.start(0)) {
            long starting = System.nanoTime();
            try (Platform platform = Platform.start(root, infra, specs, TestTokens.keys().publicKeyFile(),
                    registries.baseUrl(), Map.of("MOTCUA_SMTP_HOST", mail.host(), "MOTCUA_SMTP_PORT",
                            String.valueOf(mail.port()), "MOTCUA_SMTP_STARTTLS", "DISABLED",
                            // the portal's allowance (600 a minute) would cap the load at 10/s
                            "MOTCUA_RATE_LIMITS_INTEGRATION_PER_MINUTE", "100000000"),
                    Files.createDirectories(root.resolve("bench/target/e2e-logs")))) {
                say(out, String.format("%d service processes started together, all ready in %.1f s", specs.size(),
                        (System.nanoTime() - starting) / 1e9));
                if (staffed) {
                    staffForTheLoad(platform.service("routing").baseUrl(), units);
                    say(out, "Every unit staffed for the load (200 officers × 8 h in Hộ tịch): dossiers are not at risk");
                }
                List<KeepAliveClient> intakes = platform.services().stream().filter(s -> s.spec().name().equals("intake"))
                        .map(s -> new KeepAliveClient(URI.create(s.baseUrl()))).toList();
                CpuAccount cpu = new CpuAccount();
                for (ServiceProcess service : platform.services()) {
                    cpu.add(service.spec().name() + "@" + service.handle().pid(), () -> Stream.of(service.handle()));
                }
                cpu.add("postgres", CpuAccount::postgres).add("bench+kafka+sims", () -> Stream.of(ProcessHandle.current()));
                EndToEndTimes times = new EndToEndTimes(infra);
                List<Row> rows = new ArrayList<>();
                say(out, String.format("%n%-14s %6s %8s %8s %8s | %9s %9s %9s | %9s %9s | %9s %9s | %8s %8s",
                        "step", "rate/s", "ok/s", "http p50", "http p99", "asg p50", "asg p95", "asg p99", "arch p50",
                        "arch p99", "mail p50", "mail p99", "done/s", "errors"));
                rows.add(step(out, "first-minute", 100, firstMinute, intakes, units, cpu, times, platform));
                if (warmUp > 0) {
                    OpenLoad.run(intakes, TestTokens.integration(), 50, warmUp,
                            n -> body("e2e-warmup-" + System.nanoTime() + "-" + n, units.get((int) (n % units.size()))));
                }
                for (int rate : rates) {
                    rows.add(step(out, "rate-" + rate, rate, seconds, intakes, units, cpu, times, platform));
                }
                say(out, "\nBalancing the ledger over the whole run...");
                Ledger ledger = new Ledger(infra::jdbcUrl, infra.databaseUser(), infra.databasePassword(),
                        new DeadLetterTopics(infra.kafkaBootstrapServers()));
                LedgerReport report = LedgerCommand.balance(() -> ledger.check(runStart, Set.of(), Set.of()),
                        Duration.ofMinutes(3));
                say(out, report.print());
                say(out, "Start to ready, each service alone (stopped, started again, the others idle):");
                for (String name : List.of("intake", "routing", "records", "notification")) {
                    ServiceProcess service = platform.service(name);
                    service.close();
                    long t = System.nanoTime();
                    platform.restartStopped();
                    platform.service(name).awaitReady(Duration.ofSeconds(180));
                    say(out, String.format("  %-13s %.1f s", name, (System.nanoTime() - t) / 1e9));
                }
                say(out, String.format("%nOur best sustained end-to-end rate: %.0f dossiers/s = %.2f× the workflow peer's"
                        + " unit of work alone (%.0f/s), %.0f%% of the database's ceiling (%.0f/s).",
                        best(rows), best(rows) / peer, peer, 100 * best(rows) / ceiling, ceiling));
                write(root, out, rows, ceiling, peer,
                        (instances == 1 ? "" : "-" + instances + "-instances") + (staffed ? "-staffed" : ""));
            }
        }
    }

    private static Row step(StringBuilder out, String label, int rate, int seconds, List<KeepAliveClient> intakes,
            List<String> units, CpuAccount cpu, EndToEndTimes times, Platform platform) throws Exception {
        String prefix = "e2e-" + label + "-" + System.nanoTime() + "-";
        Map<String, Long> before = cpu.snapshot();
        long started = System.nanoTime();
        OpenLoad.Result http = OpenLoad.run(intakes, TestTokens.integration(), rate, seconds,
                n -> body(prefix + n, units.get((int) (n % units.size()))));
        double elapsed = (System.nanoTime() - started) / 1e9;
        String cpuLine = CpuAccount.difference(before, cpu.snapshot(), elapsed, Math.max(1, http.sent()));
        Map<String, Long> rss = new LinkedHashMap<>();
        platform.services().forEach(s -> rss.put(s.spec().name() + "@" + s.handle().pid(), residentMiB(s.handle().pid())));
        // let the pipeline finish what the step sent (up to 2 minutes), then read when each dossier got where
        EndToEndTimes.Step step = times.read(prefix);
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (step.complete() < step.dossiers() && System.nanoTime() < deadline) {
            Thread.sleep(2000);
            step = times.read(prefix);
        }
        double span = step.dossiers() == 0 ? 0 : Duration.between(step.first(), step.last()).toMillis() / 1000.0;
        double completed = span <= 0 ? 0 : step.complete() / Math.max(span, seconds);
        Row row = new Row(label, rate, http, step, completed, cpuLine, rss);
        say(out, String.format("%-14s %6d %8.1f %8.0f %8.0f | %9.0f %9.0f %9.0f | %9.0f %9.0f | %9.0f %9.0f | %8.1f %8d",
                label, rate, http.okPerSecond(), http.percentile(50), http.percentile(99),
                EndToEndTimes.Step.percentile(step.assigned(), 50), EndToEndTimes.Step.percentile(step.assigned(), 95),
                EndToEndTimes.Step.percentile(step.assigned(), 99), EndToEndTimes.Step.percentile(step.archived(), 50),
                EndToEndTimes.Step.percentile(step.archived(), 99), EndToEndTimes.Step.percentile(step.notified(), 50),
                EndToEndTimes.Step.percentile(step.notified(), 99), completed, http.errors()
                        + (step.dossiers() - step.complete())));
        say(out, "               " + cpuLine);
        say(out, "               resident memory (MiB): " + rss);
        return row;
    }

    /**
     * Gives every unit the officers the load needs in the benchmark's field (the province's own staffing cannot do
     * 100 births a second), so that the SLA monitor finds no dossier at risk: the normal path, without the warnings,
     * apologies and letters of a hopelessly overloaded province.
     */
    private static void staffForTheLoad(String routingUrl, List<String> units) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        byte[] staffing = """
                {"fields": [{"field": "Hộ tịch", "officers": 200, "hoursPerDay": 8},
                            {"field": "*", "officers": 5, "hoursPerDay": 8}]}"""
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (String unit : units) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(routingUrl + "/api/v1/units/" + unit
                    + "/staffing")).header("Authorization", "Bearer " + TestTokens.provinceAdmin())
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofByteArray(staffing))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("staffing of " + unit + ": " + answer.statusCode() + " " + answer.body());
            }
        }
    }

    private static double best(List<Row> rows) {
        return rows.stream().filter(r -> r.http().errors() == 0 && r.times().complete() == r.times().dossiers())
                .mapToDouble(Row::completedPerSecond).max().orElse(0);
    }

    static long residentMiB(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }

    /** A birth registration at the unit, from a different applicant each time (one person's mails go in sequence). */
    private static byte[] body(String reference, String unit) {
        return ("""
                {"procedureCode": "1.001193", "receivingUnitCode": "%s", "externalReference": "%s",
                 "applicant": {"fullName": "Nguyễn Thị Hồng Nhung", "citizenId": "051190001234",
                               "email": "nhung.%s@example.vn"},
                 "documents": [{"name": "Tờ khai đăng ký khai sinh"},
                   {"name": "Giấy chứng sinh (hoặc văn bản người làm chứng/giấy cam đoan về việc sinh)"}]}""")
                .formatted(unit, reference, reference).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void write(Path root, StringBuilder out, List<Row> rows, double ceiling, double peer, String variant)
            throws IOException {
        Path results = Files.createDirectories(root.resolve("bench/results"));
        String name = "e2e-" + LocalDate.now() + variant;
        Files.writeString(results.resolve(name + ".txt"), out.toString());
        Files.writeString(results.resolve(name + ".svg"), EndToEndChart.svg(rows, peer, ceiling));
        System.out.println("Figures: bench/results/" + name + ".txt, chart: bench/results/" + name + ".svg");
    }

    @SuppressWarnings("java:S106")
    private static void say(StringBuilder out, String line) {
        System.out.println(line);
        out.append(line).append('\n');
    }
}
