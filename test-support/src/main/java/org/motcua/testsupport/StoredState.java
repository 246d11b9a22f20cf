package org.motcua.testsupport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;

/**
 * What is stored, as far as "nothing was stored" needs: the row count of every table of a service's database and the
 * end offset of every partition of every topic. Two states are compared after requests that must change nothing.
 */
public record StoredState(Map<String, Long> rows, Map<String, Long> offsets) {

    /**
     * The topics of reads of personal data ({@code <service>.access.events}): a read that is answered is announced to
     * the audit log, whatever its query held, so its outbox rows and records are not a change a request stored.
     */
    private static final String READS_TOPIC = ".access.events";

    /**
     * @param database the service's database in the test's PostgreSQL
     * @param ignored  tables that refusals write by design (the audit log keeps refused reads of personal data)
     */
    public static StoredState of(String database, Set<String> ignored) {
        return new StoredState(countRows(TestDatabase.of(database), ignored), endOffsets());
    }

    /** What differs from the earlier state: {@code table audit_entry: 10 → 12}; empty if nothing. */
    public List<String> changesSince(StoredState before) {
        Set<String> tables = new TreeSet<>(rows.keySet());
        tables.addAll(before.rows.keySet());
        Set<String> partitions = new TreeSet<>(offsets.keySet());
        partitions.addAll(before.offsets.keySet());
        return Stream.concat(
                tables.stream().filter(t -> !Objects.equals(rows.get(t), before.rows.get(t)))
                        .map(t -> "table " + t + ": " + before.rows.get(t) + " → " + rows.get(t)),
                partitions.stream().filter(p -> !Objects.equals(offsets.get(p), before.offsets.get(p)))
                        .map(p -> "topic " + p + ": " + before.offsets.get(p) + " → " + offsets.get(p)))
                .toList();
    }

    private static Map<String, Long> countRows(TestDatabase db, Set<String> ignored) {
        List<String> tables = db.rows("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                + " AND table_type = 'BASE TABLE' ORDER BY table_name").stream()
                .map(r -> (String) r[0]).filter(t -> !ignored.contains(t) && !t.startsWith("flyway_")).toList();
        if (tables.isEmpty()) {
            return Map.of();
        }
        String counts = tables.stream().map(t -> "SELECT '" + t + "', count(*) FROM \"" + t + "\""
                + ("outbox_event".equals(t) ? " WHERE topic NOT LIKE '%" + READS_TOPIC + "'" : ""))
                .collect(Collectors.joining(" UNION ALL "));
        Map<String, Long> rows = new TreeMap<>();
        for (Object[] row : db.rows(counts)) {
            rows.put((String) row[0], ((Number) row[1]).longValue());
        }
        return rows;
    }

    private static Map<String, Long> endOffsets() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.shared().kafkaBootstrapServers()))) {
            Set<String> topics = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (TopicDescription topic : admin.describeTopics(topics).allTopicNames().get(60, TimeUnit.SECONDS).values()) {
                topic.partitions().forEach(p -> latest.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest()));
            }
            Map<String, Long> offsets = new TreeMap<>();
            admin.listOffsets(latest).all().get(60, TimeUnit.SECONDS).forEach((partition, info) -> {
                if (!partition.topic().endsWith(READS_TOPIC)) {
                    offsets.put(partition.toString(), info.offset());
                }
            });
            return offsets;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the topics' offsets", e);
        }
    }
}
