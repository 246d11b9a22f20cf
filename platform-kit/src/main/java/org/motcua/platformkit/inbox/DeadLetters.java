package org.motcua.platformkit.inbox;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import io.smallrye.common.annotation.Identifier;
import org.motcua.platformkit.events.DurableProducer;

/**
 * Moves a message a consumer can never process to {@code <topic>.<consumer>.dlq}, unchanged, with the
 * reason and its origin in {@code dead-letter-*} headers, and waits until Kafka has it (however long the broker is
 * away): nothing is lost, and the partition moves on.
 */
@ApplicationScoped
public class DeadLetters {

    private final Map<String, Object> kafka;
    private final Backoff backoff;
    private KafkaProducer<String, String> producer;

    DeadLetters(@Identifier("default-kafka-broker") Map<String, Object> kafka, Backoff backoff) {
        this.kafka = kafka;
        this.backoff = backoff;
    }

    /** The dead-letter topic of a consumer for a topic. */
    public static String topicFor(String topic, String consumer) {
        return topic + "." + consumer + ".dlq";
    }

    public void send(String consumer, ConsumerRecord<String, String> record, String reason) {
        ProducerRecord<String, String> dead = new ProducerRecord<>(topicFor(record.topic(), consumer), record.key(),
                record.value());
        record.headers().forEach(h -> dead.headers().add(h));
        dead.headers().add("dead-letter-reason", bytes(reason));
        dead.headers().add("dead-letter-topic", bytes(record.topic()));
        dead.headers().add("dead-letter-partition", bytes(String.valueOf(record.partition())));
        dead.headers().add("dead-letter-offset", bytes(String.valueOf(record.offset())));
        // the broker away: wait for it (the message is committed only once the dead-letter topic has it)
        backoff.untilDone(consumer + ": dead-lettering " + record.topic() + "-" + record.partition() + "@"
                + record.offset(), () -> sendNow(dead));
    }

    private void sendNow(ProducerRecord<String, String> dead) {
        try {
            producer().send(dead).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the dead-letter topic did not take the message", e);
        } catch (TimeoutException e) {
            throw new org.apache.kafka.common.errors.TimeoutException("the dead-letter topic did not take the message", e);
        }
    }

    private static byte[] bytes(String text) {
        return (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = DurableProducer.create(kafka, "dead-letters");
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
