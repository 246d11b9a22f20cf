package org.motcua.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A real Kafka broker (combined broker + controller, KRaft, the same version as the client) running
 * inside this JVM. No Docker, nothing pre-installed. Its log directory may be temporary (tests) or
 * persistent (the local stack): it is formatted only the first time.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private final KafkaRaftServer server;
    private final String bootstrapServers;

    private EmbeddedKafka(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Formats (if needed) and starts a single-node broker listening on 127.0.0.1.
     *
     * @param logDir         where the broker keeps its data
     * @param port           the client port
     * @param controllerPort the KRaft controller port
     */
    public static EmbeddedKafka start(Path logDir, int port, int controllerPort) {
        installExitGuard();
        try {
            Files.createDirectories(logDir);
            Properties props = brokerProperties(logDir, port, controllerPort);
            Path configFile = logDir.resolveSibling(logDir.getFileName() + ".properties");
            try (OutputStream out = Files.newOutputStream(configFile)) {
                props.store(out, "motcua embedded Kafka");
            }
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                format(configFile);
            }
            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
            server.startup();
            return new EmbeddedKafka(server, "127.0.0.1:" + port);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare Kafka log directory " + logDir, e);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    private static Properties brokerProperties(Path logDir, int port, int controllerPort) {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort);
        props.put("log.dirs", logDir.toAbsolutePath().toString());
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "6");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        // Topics are created explicitly, with their partition count, from the AsyncAPI document.
        props.put("auto.create.topics.enable", "false");
        props.put("num.partitions", "6");
        return props;
    }

    private static void format(Path configFile) {
        String clusterId = Uuid.randomUuid().toString();
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        int code = kafka.tools.StorageTool.execute(new String[] {
                "format", "--standalone", "-t", clusterId, "-c", configFile.toString() }, quiet);
        if (code != 0) {
            throw new IllegalStateException("formatting the Kafka log directory failed with code " + code);
        }
    }

    /**
     * A fatal broker error calls Kafka's {@code Exit}; by default that ends the JVM (and a test run with
     * it). Here it throws, so the failure surfaces in the test that caused it.
     */
    static void installExitGuard() {
        Exit.setExitProcedure((status, message) -> {
            throw new IllegalStateException("embedded Kafka tried to exit(" + status + "): " + message);
        });
        Exit.setHaltProcedure((status, message) -> {
            throw new IllegalStateException("embedded Kafka tried to halt(" + status + "): " + message);
        });
    }
}
