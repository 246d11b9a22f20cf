package org.motcua.platformkit.events;

import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The one way the kit creates a Kafka producer: idempotent, {@code acks=all}, string keys and values.
 * Used where a send must be durable before the caller goes on (the outbox relay, dead letters).
 * It connects as the service's consumers do ({@link KafkaClients}).
 */
public final class DurableProducer {

    private DurableProducer() {
    }

    public static KafkaProducer<String, String> create(Map<String, Object> connection, String clientId) {
        return new KafkaProducer<>(settings(connection, clientId));
    }

    /** The connection's producer settings (consumer-only ones left out), made durable. */
    static Properties settings(Map<String, Object> connection, String clientId) {
        Properties props = KafkaClients.settings(connection, ProducerConfig.configNames());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return props;
    }
}
