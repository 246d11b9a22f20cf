package org.motcua.platformkit.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.Config;
import org.motcua.platformkit.events.KafkaClients;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Identifier;

/**
 * Applies a service's dead letters again, once their cause is fixed: each consumer reads its own dead-letter
 * topics ({@code <topic>.<group>.dlq}) from where its last replay stopped (consumer group {@code <group>.dlq-replay})
 * up to where they end now, and applies every record, as it was first delivered (its topic, key, value and
 * CloudEvents headers), through the consumer itself: the inbox applies what was not applied and ignores what was.
 * A record that fails again goes to the dead-letter topic again, after the replay's end: the next replay reads it.
 */
@ApplicationScoped
public class DeadLetterReplay {

    private static final Logger LOG = Logger.getLogger(DeadLetterReplay.class);
    private static final Duration POLL = Duration.ofSeconds(1);
    /** Records applied per call at most: a long backlog is replayed in several calls. */
    static final int MAX_RECORDS = 10_000;

    /** One dead-letter topic: what waits there, and what a replay did. */
    public record Topic(String topic, long waiting, long replayed, long deadLetteredAgain) {
    }

    private final Map<String, Object> kafka;
    private final Instance<ReplayableConsumer> consumers;
    private final Config config;

    DeadLetterReplay(@Identifier("default-kafka-broker") Map<String, Object> kafka, Instance<ReplayableConsumer> consumers,
            Config config) {
        this.kafka = kafka;
        this.consumers = consumers;
        this.config = config;
    }

    /** What waits in each of the service's dead-letter topics, not replayed yet. */
    public List<Topic> waiting() {
        List<Topic> topics = new ArrayList<>();
        for (ReplayableConsumer consumer : consumers) {
            try (KafkaConsumer<String, String> reader = reader(group(consumer))) {
                for (String dlq : deadLetterTopics(consumer)) {
                    List<TopicPartition> partitions = partitions(reader, dlq);
                    topics.add(new Topic(dlq, waiting(reader, partitions), 0, 0));
                }
            }
        }
        return topics;
    }

    /** Replays every dead-letter topic of the service up to where it ends now. */
    public List<Topic> replay() {
        List<Topic> topics = new ArrayList<>();
        for (ReplayableConsumer consumer : consumers) {
            try (KafkaConsumer<String, String> reader = reader(group(consumer))) {
                for (String dlq : deadLetterTopics(consumer)) {
                    topics.add(replay(reader, consumer, dlq));
                }
            }
        }
        return topics;
    }

    private Topic replay(KafkaConsumer<String, String> reader, ReplayableConsumer consumer, String dlq) {
        List<TopicPartition> partitions = partitions(reader, dlq);
        reader.assign(partitions);
        Map<TopicPartition, Long> end = reader.endOffsets(partitions);
        long replayed = 0;
        while (replayed < MAX_RECORDS && partitions.stream().anyMatch(p -> reader.position(p) < end.get(p))) {
            Map<TopicPartition, List<ConsumerRecord<String, String>>> batch = new HashMap<>();
            Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
            for (ConsumerRecord<String, String> dead : reader.poll(POLL)) {
                TopicPartition partition = new TopicPartition(dead.topic(), dead.partition());
                if (dead.offset() < end.get(partition)) {
                    ConsumerRecord<String, String> original = asFirstDelivered(dead);
                    batch.computeIfAbsent(new TopicPartition(original.topic(), original.partition()), p -> new ArrayList<>())
                            .add(original);
                    next.put(partition, new OffsetAndMetadata(dead.offset() + 1));
                    replayed++;
                }
            }
            if (!batch.isEmpty()) {
                consumer.apply(new ConsumerRecords<>(batch, Map.of()));
                reader.commitSync(next);
            }
        }
        long deadLetteredAgain = reader.endOffsets(partitions).entrySet().stream()
                .mapToLong(e -> e.getValue() - end.get(e.getKey())).sum();
        long waiting = waiting(reader, partitions);
        reader.unsubscribe();
        LOG.infof("%s: %d dead letters replayed, %d dead-lettered again, %d waiting", dlq, replayed, deadLetteredAgain,
                waiting);
        return new Topic(dlq, waiting, replayed, deadLetteredAgain);
    }

    /** The record as the consumer first received it: its topic, partition and offset, without the dead-letter headers. */
    static ConsumerRecord<String, String> asFirstDelivered(ConsumerRecord<String, String> dead) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : dead.headers()) {
            if (!header.key().startsWith("dead-letter-")) {
                headers.add(header);
            }
        }
        String topic = header(dead, "dead-letter-topic").orElseThrow(() -> new IllegalStateException(
                dead.topic() + "@" + dead.offset() + " has no dead-letter-topic header"));
        int partition = header(dead, "dead-letter-partition").map(Integer::parseInt).orElse(dead.partition());
        long offset = header(dead, "dead-letter-offset").map(Long::parseLong).orElse(dead.offset());
        return new ConsumerRecord<>(topic, partition, offset, dead.timestamp(), TimestampType.CREATE_TIME, -1, -1,
                dead.key(), dead.value(), headers, Optional.empty());
    }

    private static Optional<String> header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? Optional.empty() : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    private long waiting(KafkaConsumer<String, String> reader, List<TopicPartition> partitions) {
        Map<TopicPartition, Long> end = reader.endOffsets(partitions);
        Map<TopicPartition, Long> start = reader.beginningOffsets(partitions);
        Map<TopicPartition, OffsetAndMetadata> done = reader.committed(new HashSet<>(partitions));
        return partitions.stream().mapToLong(p -> {
            OffsetAndMetadata committed = done.get(p);
            return end.get(p) - Math.max(start.get(p), committed == null ? 0 : committed.offset());
        }).sum();
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> reader, String topic) {
        List<PartitionInfo> infos = reader.partitionsFor(topic);
        return infos == null ? List.of()
                : infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
    }

    private List<String> deadLetterTopics(ReplayableConsumer consumer) {
        String prefix = "mp.messaging.incoming." + consumer.channel() + ".";
        String topics = config.getOptionalValue(prefix + "topics", String.class)
                .or(() -> config.getOptionalValue(prefix + "topic", String.class)).orElse(consumer.channel());
        return Arrays.stream(topics.split(",")).map(String::trim)
                .map(topic -> DeadLetters.topicFor(topic, group(consumer))).toList();
    }

    private String group(ReplayableConsumer consumer) {
        return config.getValue("mp.messaging.incoming." + consumer.channel() + ".group.id", String.class);
    }

    private KafkaConsumer<String, String> reader(String group) {
        Properties props = KafkaClients.settings(kafka, ConsumerConfig.configNames());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group + ".dlq-replay");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(props);
    }
}
