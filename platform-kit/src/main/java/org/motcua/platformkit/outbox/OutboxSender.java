package org.motcua.platformkit.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.RecordMetadata;
import io.smallrye.common.annotation.Identifier;
import org.motcua.platformkit.events.DurableProducer;
import org.motcua.platformkit.events.KafkaCloudEvents;

/**
 * Sends outbox rows to Kafka and returns only when the broker has acknowledged every one of them
 * (idempotent producer, {@code acks=all}), so the relay marks a row sent only after it is durable.
 */
@ApplicationScoped
public class OutboxSender {

    private static final long ACK_TIMEOUT_SECONDS = 30;

    private final Map<String, Object> kafka;
    private final String source;
    private KafkaProducer<String, String> producer;

    protected OutboxSender(@Identifier("default-kafka-broker") Map<String, Object> kafka, OutboxConfig config) {
        this.kafka = kafka;
        this.source = config.source();
    }

    /** Sends the rows in order and waits for all acknowledgements. */
    public void send(List<OutboxRow> rows) {
        KafkaProducer<String, String> kafka = producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            acks.add(kafka.send(KafkaCloudEvents.toRecord(row.topic(), row.key(), row.toCloudEvent(source))));
        }
        kafka.flush();
        try {
            for (Future<RecordMetadata> ack : acks) {
                ack.get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge the batch", e);
        }
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = DurableProducer.create(this.kafka, "outbox-relay" + source.replace('/', '-'));
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }
}
