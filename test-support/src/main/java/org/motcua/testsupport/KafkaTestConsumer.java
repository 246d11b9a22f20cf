package org.motcua.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Reads what services publish and sends what they consume, for tests: a consumer that collects every
 * record of a topic from the beginning, and a helper that sends CloudEvents in binary mode.
 */
public final class KafkaTestConsumer implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> received = new CopyOnWriteArrayList<>();

    public KafkaTestConsumer(String bootstrapServers, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(props);
        consumer.subscribe(List.of(topic));
    }

    /** Polls once and returns everything received so far (call it from Awaitility). */
    public List<ConsumerRecord<String, String>> poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(received::add);
        return new ArrayList<>(received);
    }

    /** Records whose key (dossier id) is the given one. */
    public List<ConsumerRecord<String, String>> pollForKey(String key) {
        return poll().stream().filter(r -> key.equals(r.key())).toList();
    }

    /** Records of one CloudEvents type ({@code ce_type}) with the given key. */
    public List<ConsumerRecord<String, String>> pollFor(String type, String key) {
        return pollForKey(key).stream().filter(r -> type.equals(header(r, "ce_type"))).toList();
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Sends one record with the given headers and waits for the broker's acknowledgement. */
    public static void send(String bootstrapServers, String topic, String key, String value, Map<String, String> headers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("could not send test record", e);
        }
    }

    /** Sends a CloudEvent in binary mode, as a service's outbox relay would. */
    public static void sendCloudEvent(String bootstrapServers, String topic, String id, String source, String type,
            String subject, String data) {
        sendCloudEvent(bootstrapServers, topic, id, source, type, subject, data, java.time.Instant.now());
    }

    /** Sends a CloudEvent in binary mode with the given event time. */
    public static void sendCloudEvent(String bootstrapServers, String topic, String id, String source, String type,
            String subject, String data, java.time.Instant time) {
        sendCloudEvent(bootstrapServers, topic, id, source, type, subject, data, time, Map.of());
    }

    /** The same with more headers (such as the trace it was published in, {@code ce_traceparent}). */
    public static void sendCloudEvent(String bootstrapServers, String topic, String id, String source, String type,
            String subject, String data, java.time.Instant time, Map<String, String> moreHeaders) {
        Map<String, String> headers = new LinkedHashMap<>(Map.of(
                "ce_specversion", "1.0", "ce_id", id, "ce_source", source, "ce_type", type,
                "ce_subject", subject, "ce_time", time.toString(), "content-type", "application/json"));
        headers.putAll(moreHeaders);
        send(bootstrapServers, topic, subject, data, headers);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
