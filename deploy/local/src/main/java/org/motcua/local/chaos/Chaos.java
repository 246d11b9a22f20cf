package org.motcua.local.chaos;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.motcua.local.Platform;
import org.motcua.local.ServiceProcess;
import org.motcua.local.ledger.LedgerRun;
import org.motcua.testsupport.EmbeddedInfrastructure;
import org.motcua.testsupport.RegistrySimulator;

/**
 * Breaks the running platform in the ways production will, one fault after another, while {@link SubmissionLoad}
 * keeps submitting: kills a service at a random moment (SIGKILL: mid-request, mid-relay, mid-commit), stops one as a
 * rolling upgrade does (SIGTERM: its database closes under its consumers), restarts the Kafka broker and PostgreSQL,
 * freezes PostgreSQL, makes the registries time out, poisons every consumed topic, and makes a consumer read its
 * topics again from offset 0. The order and the moments come from the seed.
 */
public final class Chaos {

    /** The topics the services consume (each gets one poisoned message). */
    static final List<String> CONSUMED_TOPICS = List.of("intake.dossier.events", "routing.dossier.events",
            "routing.unit.events", "intake.access.events", "notification.access.events", "routing.access.events");
    private static final List<String> SERVICES = List.of("intake", "routing", "records", "notification");

    /** How hard to push. */
    public record Plan(long seed, int kills, List<String> rollingRestarts, Duration stall, Duration registryStorm,
            boolean restartKafka, List<String> replayFromZero) {

        /** The slice the normal build runs: every kind of fault once, kills of each service, short pauses. */
        public static Plan slice(long seed) {
            return new Plan(seed, 4, List.of("notification"), Duration.ofSeconds(5), Duration.ofSeconds(5), true,
                    List.of("routing"));
        }

        /** The full run ({@code bench/run-chaos.sh}). */
        public static Plan full(long seed, int kills) {
            return new Plan(seed, kills, SERVICES, Duration.ofSeconds(30), Duration.ofSeconds(20), true, SERVICES);
        }
    }

    private final Platform platform;
    private final EmbeddedInfrastructure infra;
    private final RegistrySimulator registries;
    private final LedgerRun ledger;
    private final Consumer<String> log;
    private final List<String> done = new ArrayList<>();

    public Chaos(Platform platform, EmbeddedInfrastructure infra, RegistrySimulator registries, LedgerRun ledger,
            Consumer<String> log) {
        this.platform = platform;
        this.infra = infra;
        this.registries = registries;
        this.ledger = ledger;
        this.log = log;
    }

    /** Runs the plan's faults in the seed's order, a random 1–4 s of load before each; returns what was done. */
    public List<String> run(Plan plan) throws InterruptedException {
        Random random = new Random(plan.seed());
        List<Runnable> faults = new ArrayList<>();
        for (int i = 0; i < plan.kills(); i++) {
            String service = i < SERVICES.size() ? SERVICES.get(i) : SERVICES.get(random.nextInt(SERVICES.size()));
            faults.add(() -> kill(service, random));
        }
        plan.rollingRestarts().forEach(service -> faults.add(() -> restartGracefully(service)));
        faults.add(this::restartPostgres);
        if (plan.restartKafka()) {
            faults.add(this::restartKafka);
        }
        faults.add(() -> stallPostgres(plan.stall()));
        faults.add(() -> registryStorm(plan.registryStorm()));
        faults.add(this::poisonEveryTopic);
        plan.replayFromZero().forEach(service -> faults.add(() -> replayFromZero(service)));
        Collections.shuffle(faults, random);
        for (Runnable fault : faults) {
            Thread.sleep(1000 + random.nextInt(3000));
            fault.run();
        }
        return List.copyOf(done);
    }

    private void kill(String service, Random random) {
        ServiceProcess process = platform.service(service);
        sleep(Duration.ofMillis(random.nextInt(500))); // a random point of its work
        process.kill();
        Instant killed = Instant.now();
        platform.restartStopped();
        platform.service(service).awaitReady(Duration.ofSeconds(180));
        record("kill -9 " + service + " (back in " + Duration.between(killed, Instant.now()).toMillis() + " ms)");
    }

    /** Stops the service as a rolling upgrade does (SIGTERM: it shuts down mid-work), and starts it again. */
    private void restartGracefully(String service) {
        Instant stopped = Instant.now();
        platform.service(service).close();
        platform.restartStopped();
        platform.service(service).awaitReady(Duration.ofSeconds(180));
        record("rolling restart of " + service + " (SIGTERM; back in " + Duration.between(stopped, Instant.now()).toMillis()
                + " ms)");
    }

    private void restartPostgres() {
        Instant start = Instant.now();
        infra.restartDatabase();
        record("PostgreSQL restarted (" + Duration.between(start, Instant.now()).toMillis() + " ms)");
    }

    private void restartKafka() {
        Instant start = Instant.now();
        infra.restartKafka();
        record("Kafka broker restarted (" + Duration.between(start, Instant.now()).toMillis() + " ms)");
    }

    private void stallPostgres(Duration stall) {
        try {
            infra.stallDatabase(stall);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        record("PostgreSQL frozen (SIGSTOP) for " + stall.toSeconds() + " s");
    }

    private void registryStorm(Duration storm) {
        registries.delayEveryAnswer(Duration.ofSeconds(5)); // intake waits 2 s for a registry
        sleep(storm);
        registries.delayEveryAnswer(Duration.ZERO);
        record("registries timing out for " + storm.toSeconds() + " s");
    }

    private void poisonEveryTopic() {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            for (String topic : CONSUMED_TOPICS) {
                String key = "poison-" + UUID.randomUUID();
                ledger.poisoned(topic, key);
                producer.send(new ProducerRecord<>(topic, key, "no envelope, no event: poison " + key))
                        .get(60, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot poison the topics", e);
        }
        record("one unreadable message on each of " + CONSUMED_TOPICS.size() + " topics");
    }

    /** Stops the service (its consumers leave their group), moves its group back to offset 0, starts it again. */
    private void replayFromZero(String service) {
        platform.service(service).close();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers()))) {
            // a member killed earlier stays in the group until its session times out
            Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
            while (admin.describeConsumerGroups(List.of(service)).all().get(60, TimeUnit.SECONDS).get(service)
                    .groupState() != GroupState.EMPTY && Instant.now().isBefore(deadline)) {
                sleep(Duration.ofSeconds(1));
            }
            Set<TopicPartition> partitions = admin.listConsumerGroupOffsets(service).partitionsToOffsetAndMetadata()
                    .get(60, TimeUnit.SECONDS).keySet();
            Map<TopicPartition, OffsetAndMetadata> earliest = admin.listOffsets(partitions.stream()
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.earliest()))).all().get(60, TimeUnit.SECONDS)
                    .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                            e -> new OffsetAndMetadata(e.getValue().offset())));
            admin.alterConsumerGroupOffsets(service, earliest).all().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot move " + service + "'s group back to offset 0", e);
        }
        platform.restartStopped();
        platform.service(service).awaitReady(Duration.ofSeconds(180));
        record(service + " reads all its topics again from offset 0");
    }

    private void record(String fault) {
        done.add(fault);
        log.accept(fault);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
