package org.motcua.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.motcua.local.Platform;
import org.motcua.local.ServiceProcess;
import org.motcua.local.ServiceSpec;
import org.motcua.testsupport.EmbeddedInfrastructure;
import org.motcua.testsupport.GoldenEvents;
import org.motcua.testsupport.PlatformInfrastructure;
import org.motcua.testsupport.TestInfrastructure;
import org.motcua.testsupport.TestTokens;

/**
 * The SLA monitor under a backlog: routing-service alone (its packaged jar) with thousands of dossiers queued at one
 * ward and no load, reviewing every queue every 20 seconds. Prints how long a pass takes (the service's
 * {@code motcua.sla.pass} timer) and routing's CPU, against the same service idle with empty queues (a command-line
 * tool: its output is the report).
 */
public final class SlaBacklogBenchmark {

    private static final System.Logger LOG = System.getLogger(SlaBacklogBenchmark.class.getName());
    private static final String SUBMITTED = "org.motcua.intake.dossier-submitted.v1";
    private static final String WARD = "21025";
    private static final Duration EVERY = Duration.ofSeconds(20);

    private SlaBacklogBenchmark() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exception e) {
            LOG.log(System.Logger.Level.ERROR, "the SLA backlog benchmark failed", e);
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        Path root = Path.of(".").toAbsolutePath().normalize();
        int dossiers = 9000;
        int passes = 9;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--root" -> root = Path.of(args[i + 1]).toAbsolutePath().normalize();
                case "--dossiers" -> dossiers = Integer.parseInt(args[i + 1]);
                case "--passes" -> passes = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        PlatformInfrastructure infra = TestInfrastructure.shared();
        ServiceSpec routing = ServiceSpec.ALL.stream().filter(s -> s.name().equals("routing")).findFirst().orElseThrow()
                .withPort(EmbeddedInfrastructure.freePort());
        try (Platform platform = Platform.start(root, infra, List.of(routing), TestTokens.keys().publicKeyFile(),
                "http://127.0.0.1:9", Map.of("MOTCUA_SLA_EVERY", EVERY.toSeconds() + "s", "MOTCUA_SLA_DELAY", "5s"),
                Files.createDirectories(root.resolve("bench/target/logs")))) {
            ServiceProcess service = platform.service("routing");
            Duration window = EVERY.multipliedBy(passes);
            Thread.sleep(EVERY.multipliedBy(4).toMillis()); // past start-up's JIT and the first passes
            Window idle = measure(service, window);
            print("routing idle, empty queues: %s%n", idle);

            long started = System.nanoTime();
            submit(infra.kafkaBootstrapServers(), dossiers);
            awaitQueued(infra.jdbcUrl("routing"), infra.databaseUser(), infra.databasePassword(), dossiers);
            print("%d dossiers queued at ward %s in %.1f s%n", dossiers, WARD, (System.nanoTime() - started) / 1e9);
            Thread.sleep(EVERY.multipliedBy(3).toMillis()); // the first passes announce the risks and apologise
            Window busy = measure(service, window);
            print("routing with %d queued, no load: %s%n", dossiers, busy);
            // CPU differences against the idle window mislead: the JIT still works in it, after start-up
            print("a pass over the backlog at the default pace (one a minute) takes %.2f %% of a core's time%n",
                    busy.passSeconds() / busy.passes() / 60 * 100);
        }
        System.exit(0); // the embedded broker's threads would keep the JVM alive
    }

    /** What routing spent over a window: CPU, and the SLA monitor's passes (motcua.sla.pass). */
    private record Window(Duration length, long cpuMillis, long passes, double passSeconds) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d ms CPU in %d s; %d passes of the SLA monitor, %.1f ms each",
                    cpuMillis, length.toSeconds(), passes, passes == 0 ? 0 : passSeconds * 1000 / passes);
        }
    }

    private static Window measure(ServiceProcess service, Duration window) throws Exception {
        long cpuBefore = cpu(service);
        double[] before = passes(service);
        Thread.sleep(window.toMillis());
        double[] after = passes(service);
        return new Window(window, cpu(service) - cpuBefore, Math.round(after[0] - before[0]), after[1] - before[1]);
    }

    /** The SLA monitor's passes so far: their count and their total seconds, from the service's metrics. */
    private static double[] passes(ServiceProcess service) throws Exception {
        HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(service.baseUrl() + "/q/metrics")).build(), HttpResponse.BodyHandlers.ofString());
        double[] figures = new double[2];
        for (String line : metrics.body().split("\n")) {
            if (line.startsWith("motcua_sla_pass_seconds_count")) {
                figures[0] = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            } else if (line.startsWith("motcua_sla_pass_seconds_sum")) {
                figures[1] = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return figures;
    }

    private static long cpu(ServiceProcess service) {
        return service.handle().info().totalCpuDuration().map(Duration::toMillis).orElseThrow();
    }

    /** Births registered at the ward by its residents, due in 15 working days or so, one hour of work each. */
    private static void submit(String kafka, int dossiers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            for (int i = 0; i < dossiers; i++) {
                String id = UUID.randomUUID().toString();
                String data = GoldenEvents.example(SUBMITTED, Map.of("dossierId", id, "receivingUnitCode", WARD,
                        "residenceUnitCode", WARD, "dossierCode", String.format("%s-261208-%05d", WARD, i),
                        "submittedAt", now.toString(), "dueAt", now.plus(Duration.ofDays(21 + i % 30)).toString()));
                ProducerRecord<String, String> record = new ProducerRecord<>("intake.dossier.events", id, data);
                Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_source", "/motcua/intake",
                        "ce_type", SUBMITTED, "ce_subject", id, "ce_time", now.toString(),
                        "content-type", "application/json")
                        .forEach((k, v) -> record.headers().add(k, v.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                producer.send(record);
            }
        }
    }

    private static void awaitQueued(String url, String user, String password, int dossiers) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            while (queued(db) < dossiers) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("routing placed only " + queued(db) + " of " + dossiers);
                }
                Thread.sleep(1000);
            }
        }
    }

    private static long queued(Connection db) throws SQLException {
        try (ResultSet rows = db.createStatement().executeQuery(
                "SELECT count(*) FROM assignment WHERE processing_unit_code = '" + WARD + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void print(String format, Object... args) {
        System.out.printf(Locale.ROOT, format, args);
    }
}
