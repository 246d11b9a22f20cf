package org.motcua.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** Kafka in this JVM and an embedded PostgreSQL server: real parts, no Docker. */
public final class EmbeddedInfrastructure implements PlatformInfrastructure, AutoCloseable {

    /**
     * Ports handed out for listening lie below Linux's ephemeral range (32768 and up), from which every outgoing
     * connection takes its local port: a port the kernel picked ({@code new ServerSocket(0)}) could be taken by a
     * service's connection to Kafka or PostgreSQL before the service meant to listen on it had started.
     */
    private static final int LISTENING_PORTS_FROM = 20_000;
    private static final int LISTENING_PORTS_TO = 32_000;
    /** Never the same port twice from one JVM, even once it is free again. */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private EmbeddedKafka kafka;
    private EmbeddedDatabase database;
    /** Where a persistent infrastructure keeps its data, and its ports (null when temporary: it cannot restart). */
    private Persistent persistent;

    private record Persistent(Path dataDirectory, int postgresPort, int kafkaPort, int kafkaControllerPort) {
    }

    private EmbeddedInfrastructure(EmbeddedKafka kafka, EmbeddedDatabase database) {
        this.kafka = kafka;
        this.database = database;
    }

    /** Throw-away Kafka and PostgreSQL on free ports, with every platform topic created. */
    public static EmbeddedInfrastructure startTemporary() {
        try {
            Path dir = Files.createTempDirectory("motcua-kafka-");
            EmbeddedDatabase database = EmbeddedDatabase.startTemporary();
            EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("log"), freePort(), freePort());
            Topics.createAll(kafka.bootstrapServers());
            return new EmbeddedInfrastructure(kafka, database);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Kafka and PostgreSQL whose data survive restarts (the local stack), on fixed ports, with every
     * platform topic created.
     */
    public static EmbeddedInfrastructure startPersistent(Path dataDirectory, int postgresPort, int kafkaPort,
            int kafkaControllerPort) {
        EmbeddedDatabase database = EmbeddedDatabase.startPersistent(dataDirectory.resolve("postgres"), postgresPort);
        try {
            EmbeddedKafka kafka = EmbeddedKafka.start(dataDirectory.resolve("kafka"), kafkaPort, kafkaControllerPort);
            Topics.createAll(kafka.bootstrapServers());
            EmbeddedInfrastructure infra = new EmbeddedInfrastructure(kafka, database);
            infra.persistent = new Persistent(dataDirectory, postgresPort, kafkaPort, kafkaControllerPort);
            return infra;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Stops PostgreSQL (fast shutdown: its clients' connections break) and starts it again on its data and port. */
    public synchronized void restartDatabase() {
        Persistent p = requirePersistent();
        database.close();
        database = EmbeddedDatabase.startPersistent(p.dataDirectory().resolve("postgres"), p.postgresPort());
    }

    /** Stops the Kafka broker (controlled shutdown) and starts it again on its log and ports. */
    public synchronized void restartKafka() {
        Persistent p = requirePersistent();
        kafka.close();
        kafka = EmbeddedKafka.start(p.dataDirectory().resolve("kafka"), p.kafkaPort(), p.kafkaControllerPort());
    }

    /**
     * Freezes every PostgreSQL process (SIGSTOP) for {@code duration}, then lets them go on (SIGCONT): a database that
     * hangs, connections open and silent, as under a storage stall.
     */
    public void stallDatabase(java.time.Duration duration) throws InterruptedException {
        requirePersistent();
        database.stall(duration);
    }

    private Persistent requirePersistent() {
        if (persistent == null) {
            throw new IllegalStateException("only a persistent infrastructure (startPersistent) can be restarted");
        }
        return persistent;
    }

    /** A TCP port free now to listen on, chosen at random below the ephemeral range. */
    public static int freePort() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 500; attempt++) {
            int port = random.nextInt(LISTENING_PORTS_FROM, LISTENING_PORTS_TO);
            if (HANDED_OUT.add(port)) {
                try (ServerSocket socket = new ServerSocket(port)) {
                    return socket.getLocalPort();
                } catch (IOException taken) {
                    // another process listens there: try another
                }
            }
        }
        throw new IllegalStateException("no free port between " + LISTENING_PORTS_FROM + " and " + LISTENING_PORTS_TO);
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public String jdbcUrl(String name) {
        return database.jdbcUrl(name);
    }

    @Override
    public String databaseUser() {
        return "postgres";
    }

    @Override
    public String databasePassword() {
        return "";
    }

    @Override
    public void ensureDatabase(String name) {
        database.ensureDatabase(name);
    }

    @Override
    public void close() {
        kafka.close();
        database.close();
    }
}
