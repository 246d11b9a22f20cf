package org.motcua.local.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.motcua.local.LedgerCommand;
import org.motcua.local.Platform;
import org.motcua.local.ServiceSpec;
import org.motcua.local.ledger.DeadLetterTopics;
import org.motcua.local.ledger.Ledger;
import org.motcua.local.ledger.LedgerReport;
import org.motcua.local.ledger.LedgerRun;
import org.motcua.testsupport.Directories;
import org.motcua.testsupport.EmbeddedInfrastructure;
import org.motcua.testsupport.RegistrySimulator;
import org.motcua.testsupport.TestTokens;
import org.motcua.testsupport.gateway.MailServer;

/**
 * A whole chaos run on this machine: its own PostgreSQL and Kafka (restartable, data in {@code work}), the registry
 * simulator, a mail server and the four services; the portal's load; the {@link Chaos} plan; then the ledger, given
 * time for the consumers to catch up. {@code bench/run-chaos.sh} runs it in full; the build runs a fixed-seed slice.
 * <pre>
 *   bench/run-chaos.sh [--seed N] [--kills N] [--rate N]   (defaults: seed 20261207, 20 kills, 20 dossiers/s)
 * </pre>
 */
public final class ChaosRun {

    /** What came out: the faults done, the load's figures, the ledger. */
    public record Result(List<String> faults, String load, long acknowledged, long abandoned, LedgerReport ledger) {
    }

    private ChaosRun() {
    }

    public static Result run(Path root, Path work, Chaos.Plan plan, int perSecond, Consumer<String> log)
            throws InterruptedException {
        Directories.deleteTree(work);
        try {
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.accept("Starting PostgreSQL, Kafka, the simulators and the four services in " + work + "...");
        EmbeddedInfrastructure infra = EmbeddedInfrastructure.startPersistent(work.resolve("data"),
                EmbeddedInfrastructure.freePort(), EmbeddedInfrastructure.freePort(), EmbeddedInfrastructure.freePort());
        try (RegistrySimulator registries = RegistrySimulator.start(0); MailServer mail = MailServer.start(0);
                Platform platform = Platform.start(root, infra,
                        ServiceSpec.ALL.stream().filter(ServiceSpec::hasApi)
                                .map(s -> s.withPort(EmbeddedInfrastructure.freePort())).toList(),
                        TestTokens.keys().publicKeyFile(), registries.baseUrl(),
                        Map.of("MOTCUA_SMTP_HOST", mail.host(), "MOTCUA_SMTP_PORT", String.valueOf(mail.port()),
                                "MOTCUA_SMTP_STARTTLS", "DISABLED",
                                // the portal's allowance (600 a minute) is not what is under test
                                "MOTCUA_RATE_LIMITS_INTEGRATION_PER_MINUTE", "100000000"),
                        work.resolve("logs"))) {
            LedgerRun ledger = LedgerRun.begin(work.resolve("ledger"), Instant.now());
            Chaos chaos = new Chaos(platform, infra, registries, ledger, fault -> log.accept("  fault: " + fault));
            List<String> faults;
            String load;
            long acknowledged;
            long abandoned;
            log.accept("Submitting " + perSecond + " dossiers/s; the faults begin (seed " + plan.seed() + ")...");
            try (SubmissionLoad portal = new SubmissionLoad(platform.service("intake").baseUrl(), TestTokens.integration(),
                    ledger, perSecond, 16)) {
                faults = chaos.run(plan);
                Thread.sleep(3000); // a last stretch of load on the healed platform
                portal.close();
                load = portal.summary();
                acknowledged = portal.acknowledged();
                abandoned = portal.abandoned();
            }
            log.accept(load);
            log.accept("Balancing the ledger (the consumers may still be catching up)...");
            Ledger books = new Ledger(infra::jdbcUrl, infra.databaseUser(), infra.databasePassword(),
                    new DeadLetterTopics(infra.kafkaBootstrapServers()));
            LedgerReport report = LedgerCommand.balance(() -> books.check(ledger), Duration.ofMinutes(3));
            log.accept(report.print());
            return new Result(faults, load, acknowledged, abandoned, report);
        } finally {
            infra.close();
        }
    }

    @SuppressWarnings("java:S106") // a command-line run prints as it goes
    public static void main(String[] args) throws InterruptedException {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
        Path root = Path.of("").toAbsolutePath();
        long seed = 20261207;
        int kills = 20;
        int rate = 20;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = Path.of(args[++i]).toAbsolutePath();
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--kills" -> kills = Integer.parseInt(args[++i]);
                case "--rate" -> rate = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Instant start = Instant.now();
        Result result = run(root, root.resolve("bench/target/chaos"), Chaos.Plan.full(seed, kills), rate,
                System.out::println);
        System.out.printf("%nChaos run: %d faults in %d s, %d dossiers acknowledged, %d abandoned; ledger %s.%n",
                result.faults().size(), Duration.between(start, Instant.now()).toSeconds(), result.acknowledged(),
                result.abandoned(), result.ledger().consistent() ? "balanced" : "NOT balanced");
        System.exit(result.ledger().consistent() ? 0 : 1);
    }
}
