package org.motcua.local.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads what the dead-letter topics ({@code *.dlq}) received since a moment, without joining any consumer group. */
public final class DeadLetterTopics {

    private final String bootstrapServers;

    public DeadLetterTopics(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Each dead letter since {@code since} as {@code "<dlq topic> <CloudEvents id, else key>"}. */
    public Set<String> messagesSince(Instant since) {
        Set<String> messages = new TreeSet<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings(), new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = partitions();
            if (partitions.isEmpty()) {
                return messages;
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> from = new HashMap<>();
            partitions.forEach(p -> from.put(p, since.toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> starts = consumer.offsetsForTimes(from);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            for (TopicPartition p : partitions) {
                OffsetAndTimestamp start = starts.get(p);
                consumer.seek(p, start == null ? ends.get(p) : start.offset());
            }
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofSeconds(1))) {
                    messages.add(r.topic() + " " + id(r));
                }
            }
        }
        return messages;
    }

    private static String id(ConsumerRecord<String, String> record) {
        Header id = record.headers().lastHeader("ce_id");
        return id != null ? new String(id.value(), StandardCharsets.UTF_8) : String.valueOf(record.key());
    }

    private List<TopicPartition> partitions() {
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin client = Admin.create(admin)) {
            Set<String> topics = new TreeSet<>(client.listTopics().names().get());
            topics.removeIf(t -> !t.endsWith(".dlq"));
            return client.describeTopics(topics).allTopicNames().get().values().stream()
                    .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                    .toList();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot list the dead-letter topics", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Properties settings() {
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return settings;
    }
}
