package org.motcua.platformkit.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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

    /** A dead letter as the operations team sees it: where it came from, what it was, why it failed (not its data). */
    public record DeadLetter(String topic, int partition, long offset, Instant deadLetteredAt, String key, String eventId,
            String eventType, String subject, String reason, String originalTopic, int originalPartition,
            long originalOffset) {

        static DeadLetter of(ConsumerRecord<String, String> dead) {
            ConsumerRecord<String, String> original = asFirstDelivered(dead);
            return new DeadLetter(dead.topic(), dead.partition(), dead.offset(), Instant.ofEpochMilli(dead.timestamp()),
                    dead.key(), header(dead, "ce_id").orElse(null), header(dead, "ce_type").orElse(null),
                    header(dead, "ce_subject").orElse(null), header(dead, "dead-letter-reason").orElse(null),
                    original.topic(), original.partition(), original.offset());
        }
    }

    /**
     * Which dead letters a selective replay applies: those of one dead-letter topic, optionally only one event, one
     * type or one subject (a dossier). Empty: every topic, every message.
     */
    public record Filter(String topic, String eventId, String eventType, String subject) {

        public boolean isEmpty() {
            return topic == null && eventId == null && eventType == null && subject == null;
        }

        boolean matches(DeadLetter letter) {
            return (eventId == null || eventId.equals(letter.eventId()))
                    && (eventType == null || eventType.equals(letter.eventType()))
                    && (subject == null || subject.equals(letter.subject()));
        }
    }

    /** The dead-letter topics of the service. */
    public List<String> topics() {
        List<String> topics = new ArrayList<>();
        for (ReplayableConsumer consumer : consumers) {
            topics.addAll(deadLetterTopics(consumer));
        }
        return topics;
    }

    /** The messages waiting in the service's dead-letter topics (or one of them), oldest first per partition. */
    public List<DeadLetter> waitingMessages(String onlyTopic, int limit) {
        List<DeadLetter> letters = new ArrayList<>();
        for (ReplayableConsumer consumer : consumers) {
            try (KafkaConsumer<String, String> reader = reader(group(consumer))) {
                for (String dlq : deadLetterTopics(consumer)) {
                    if (onlyTopic == null || onlyTopic.equals(dlq)) {
                        readWaiting(reader, dlq, limit - letters.size(), dead -> letters.add(DeadLetter.of(dead)));
                    }
                }
            }
        }
        return letters;
    }

    /**
     * Applies again only the waiting dead letters the filter selects, through their consumer (the inbox ignores what
     * was applied already). The replay position does not move: a later full replay reads them again, harmlessly.
     */
    public List<Topic> replay(Filter filter) {
        if (filter.isEmpty()) {
            return replay();
        }
        List<Topic> topics = new ArrayList<>();
        for (ReplayableConsumer consumer : consumers) {
            try (KafkaConsumer<String, String> reader = reader(group(consumer))) {
                for (String dlq : deadLetterTopics(consumer)) {
                    if (filter.topic() == null || filter.topic().equals(dlq)) {
                        topics.add(replaySelected(reader, consumer, dlq, filter));
                    }
                }
            }
        }
        return topics;
    }

    private Topic replaySelected(KafkaConsumer<String, String> reader, ReplayableConsumer consumer, String dlq,
            Filter filter) {
        Map<TopicPartition, List<ConsumerRecord<String, String>>> selected = new HashMap<>();
        List<TopicPartition> partitions = partitions(reader, dlq);
        Map<TopicPartition, Long> endBefore = reader.endOffsets(partitions);
        long[] count = {0};
        readWaiting(reader, dlq, MAX_RECORDS, dead -> {
            if (filter.matches(DeadLetter.of(dead))) {
                ConsumerRecord<String, String> original = asFirstDelivered(dead);
                selected.computeIfAbsent(new TopicPartition(original.topic(), original.partition()),
                        p -> new ArrayList<>()).add(original);
                count[0]++;
            }
        });
        if (!selected.isEmpty()) {
            consumer.apply(new ConsumerRecords<>(selected, Map.of()));
        }
        long again = reader.endOffsets(partitions).entrySet().stream()
                .mapToLong(e -> e.getValue() - endBefore.get(e.getKey())).sum();
        LOG.infof("%s: %d selected dead letters replayed, %d dead-lettered again", dlq, count[0], again);
        return new Topic(dlq, waiting(reader, partitions), count[0], again);
    }

    /** Reads a topic's waiting records (from the replay position to the end now), at most {@code limit}. */
    private void readWaiting(KafkaConsumer<String, String> reader, String dlq, int limit,
            java.util.function.Consumer<ConsumerRecord<String, String>> each) {
        List<TopicPartition> partitions = partitions(reader, dlq);
        if (partitions.isEmpty() || limit <= 0) {
            return;
        }
        reader.assign(partitions);
        Map<TopicPartition, Long> end = reader.endOffsets(partitions);
        Map<TopicPartition, OffsetAndMetadata> done = reader.committed(new HashSet<>(partitions));
        Map<TopicPartition, Long> start = reader.beginningOffsets(partitions);
        for (TopicPartition p : partitions) {
            OffsetAndMetadata committed = done.get(p);
            reader.seek(p, Math.max(start.get(p), committed == null ? 0 : committed.offset()));
        }
        int read = 0;
        while (read < limit && partitions.stream().anyMatch(p -> reader.position(p) < end.get(p))) {
            for (ConsumerRecord<String, String> dead : reader.poll(POLL)) {
                if (read < limit && dead.offset() < end.get(new TopicPartition(dead.topic(), dead.partition()))) {
                    each.accept(dead);
                    read++;
                }
            }
        }
        reader.unsubscribe();
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
