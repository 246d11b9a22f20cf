package org.motcua.platformkit.events;

import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * How the kit's own Kafka clients connect: with the service's {@code kafka.*} settings (Quarkus'
 * {@code default-kafka-broker} map: the bootstrap servers and, in a cluster, TLS and SASL from {@code KAFKA_*}),
 * as the service's consumers do.
 */
public final class KafkaClients {

    private KafkaClients() {
    }

    /** The connection's settings a client of this kind knows (the others left out, so the client warns of none). */
    public static Properties settings(Map<String, Object> connection, Set<String> clientSettings) {
        Properties props = new Properties();
        connection.forEach((name, value) -> {
            if (clientSettings.contains(name)) {
                props.put(name, value);
            }
        });
        return props;
    }
}
