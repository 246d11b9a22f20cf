package org.motcua.local.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Balances the platform's books after a run: every dossier intake acknowledged is in each service's store exactly
 * once and in the same state; every event published reached each of its consumers exactly once (an inbox row, its
 * effect committed with it); every dossier event is in the archive's timeline once; no notification was made twice
 * for the same (event, recipient, channel); the dead-letter topics hold exactly the messages poisoned on purpose.
 * Everything is read from the stores and the topics themselves, from the run's start on.
 */
public final class Ledger {

    static final List<String> SERVICES = List.of("intake", "routing", "records", "notification");
    /** The events the archive writes into a dossier's timeline. */
    static final Set<String> TIMELINE_TYPES = Set.of("org.motcua.intake.dossier-submitted.v1",
            "org.motcua.intake.dossier-withdrawn.v1", "org.motcua.intake.dossier-supplemented.v1",
            "org.motcua.routing.dossier-assigned.v1", "org.motcua.routing.dossier-transferred.v1",
            "org.motcua.routing.supplement-requested.v1", "org.motcua.routing.dossier-decided.v1",
            "org.motcua.routing.result-returned.v1");
    /** The statuses every service must agree on once the dossier reached them. */
    private static final Set<String> SHARED_STATUSES = Set.of("WITHDRAWN", "SUPPLEMENTATION_REQUESTED", "RESULT_RETURNED");
    private static final Pattern DEAD_LETTER_TOPIC = Pattern.compile("^\\s+address:\\s*(\\S+)\\.([a-z]+)\\.dlq\\s*$");

    private final Function<String, String> jdbcUrl;
    private final String user;
    private final String password;
    private final DeadLetterTopics deadLetters;

    /**
     * @param jdbcUrl     a service's database (named as the service) to its JDBC URL
     * @param deadLetters reads the dead-letter topics
     */
    public Ledger(Function<String, String> jdbcUrl, String user, String password, DeadLetterTopics deadLetters) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.deadLetters = deadLetters;
    }

    /** Checks the run: its dossiers, and everything the platform did since it started. */
    public LedgerReport check(LedgerRun run) {
        return check(run.started(), run.acknowledgedDossiers(), run.poisonedMessages());
    }

    public LedgerReport check(Instant since, Set<UUID> acknowledged, Set<String> poisoned) {
        LedgerReport report = new LedgerReport();
        Map<UUID, DossierState> intake = dossiers("intake",
                "SELECT id, status, processing_unit_code FROM dossier WHERE submitted_at >= ?", since);
        report.add("dossiers acknowledged with 201 are in intake's store", acknowledged.size(),
                missing(acknowledged, intake.keySet(), "acknowledged, not stored by intake"));
        UUID[] ids = intake.keySet().toArray(UUID[]::new);
        Map<UUID, DossierState> routing = dossiers("routing",
                "SELECT dossier_id, status, processing_unit_code FROM assignment WHERE dossier_id = ANY(?)", ids);
        Map<UUID, DossierState> records = dossiers("records",
                "SELECT id, status, processing_unit_code FROM archived_dossier WHERE id = ANY(?)", ids);
        Map<UUID, DossierState> notification = dossiers("notification",
                "SELECT dossier_id, NULL, processing_unit_code FROM dossier_addressee WHERE dossier_id = ANY(?)", ids);
        report.add("intake's dossiers are assigned by routing", ids.length,
                missing(intake.keySet(), routing.keySet(), "not assigned"));
        report.add("intake's dossiers are archived by records", ids.length,
                missing(intake.keySet(), records.keySet(), "not archived"));
        report.add("intake's dossiers are known to notification", ids.length,
                missing(intake.keySet(), notification.keySet(), "unknown to notification"));
        report.add("every service names the same processing unit", ids.length,
                disagreements(intake, routing, records, notification));
        report.add("every service agrees on withdrawn, supplementation, result returned", ids.length,
                statusDisagreements(intake, routing, records));

        Map<String, Event> events = new LinkedHashMap<>();
        List<String> unpublished = new ArrayList<>();
        for (String service : SERVICES) {
            outbox(service, since, events, unpublished);
        }
        report.add("events written to the outboxes are published", events.size(), unpublished);
        Map<String, Set<String>> consumers = consumersByTopic();
        for (String service : SERVICES) {
            Set<String> applied = strings(service, "SELECT event_id FROM inbox_message WHERE consumer = ? AND received_at >= ?",
                    service, since);
            List<String> notApplied = new ArrayList<>();
            long expected = 0;
            for (Event e : events.values()) {
                if (consumers.getOrDefault(e.topic(), Set.of()).contains(service)) {
                    expected++;
                    if (!applied.contains(e.id())) {
                        notApplied.add(e.describe() + " not applied by " + service);
                    }
                }
            }
            report.add("events reach consumer " + service + " (one inbox row, one effect)", expected, notApplied);
        }
        Set<String> timeline = strings("records", "SELECT event_id FROM timeline_entry WHERE occurred_at >= ?", since);
        List<String> notInTimeline = events.values().stream().filter(e -> TIMELINE_TYPES.contains(e.type()))
                .filter(e -> !timeline.contains(e.id())).map(e -> e.describe() + " not in the timeline").toList();
        report.add("dossier events are in the archive's timeline once",
                events.values().stream().filter(e -> TIMELINE_TYPES.contains(e.type())).count(), notInTimeline);
        notifications(since, events, report);
        deadLetters(since, poisoned, consumers, report);
        return report;
    }

    private void notifications(Instant since, Map<String, Event> events, LedgerReport report) {
        List<String> twice = new ArrayList<>();
        List<String> unexplained = new ArrayList<>();
        long count = 0;
        try (Connection c = connect("notification"); PreparedStatement s = c.prepareStatement("""
                SELECT event_id, recipient, channel, count(*) FROM notification WHERE created_at >= ?
                GROUP BY event_id, recipient, channel""")) {
            s.setTimestamp(1, Timestamp.from(since));
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    count += rows.getLong(4);
                    String what = "notification of event " + rows.getString(1) + " to " + rows.getString(2) + " by "
                            + rows.getString(3);
                    if (rows.getLong(4) > 1) {
                        twice.add(what + ": " + rows.getLong(4) + " times");
                    }
                    if (!events.containsKey(rows.getString(1))) {
                        unexplained.add(what + ": no such event published");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read notification's store", e);
        }
        report.add("one notification per (event, recipient, channel)", count, twice);
        report.add("every notification answers a published event", count, unexplained);
    }

    private void deadLetters(Instant since, Set<String> poisoned, Map<String, Set<String>> consumers,
            LedgerReport report) {
        Set<String> expected = new TreeSet<>();
        for (String message : poisoned) {
            String[] topicAndId = message.split(" ", 2);
            for (String consumer : consumers.getOrDefault(topicAndId[0], Set.of())) {
                expected.add(topicAndId[0] + "." + consumer + ".dlq " + topicAndId[1]);
            }
        }
        Set<String> found = deadLetters.messagesSince(since);
        List<String> differences = new ArrayList<>();
        found.stream().filter(m -> !expected.contains(m)).forEach(m -> differences.add("dead-lettered, not poisoned: " + m));
        expected.stream().filter(m -> !found.contains(m)).forEach(m -> differences.add("poisoned, not dead-lettered: " + m));
        report.add("the dead-letter topics hold exactly the poisoned messages", expected.size(), differences);
    }

    /** Which consumers read each topic: from the AsyncAPI document's dead-letter channels, {@code <topic>.<consumer>.dlq}. */
    static Map<String, Set<String>> consumersByTopic() {
        Map<String, Set<String>> consumers = new HashMap<>();
        try (InputStream in = Ledger.class.getResourceAsStream("/contracts/asyncapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("the AsyncAPI document is not on the class path (event-contracts)");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                Matcher m = DEAD_LETTER_TOPIC.matcher(line);
                if (m.matches()) {
                    consumers.computeIfAbsent(m.group(1), t -> new TreeSet<>()).add(m.group(2));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return consumers;
    }

    private static List<String> missing(Set<UUID> expected, Set<UUID> present, String what) {
        return expected.stream().filter(id -> !present.contains(id)).map(id -> "dossier " + id + ": " + what).toList();
    }

    @SafeVarargs
    private static List<String> disagreements(Map<UUID, DossierState> intake, Map<UUID, DossierState>... others) {
        List<String> differences = new ArrayList<>();
        for (UUID id : intake.keySet()) {
            Set<String> units = new HashSet<>();
            units.add(intake.get(id).unit());
            for (Map<UUID, DossierState> other : others) {
                if (other.containsKey(id)) {
                    units.add(other.get(id).unit());
                }
            }
            if (units.size() > 1) {
                differences.add("dossier " + id + ": processing units " + units);
            }
        }
        return differences;
    }

    private static List<String> statusDisagreements(Map<UUID, DossierState> intake, Map<UUID, DossierState> routing,
            Map<UUID, DossierState> records) {
        List<String> differences = new ArrayList<>();
        for (var entry : intake.entrySet()) {
            DossierState inRouting = routing.get(entry.getKey());
            DossierState inRecords = records.get(entry.getKey());
            if (inRouting == null || inRecords == null) {
                continue; // reported as missing
            }
            Set<String> shared = new HashSet<>();
            for (DossierState state : List.of(entry.getValue(), inRouting, inRecords)) {
                shared.add(SHARED_STATUSES.contains(state.status()) ? state.status() : "other");
            }
            if (shared.size() > 1) {
                differences.add("dossier " + entry.getKey() + ": intake " + entry.getValue().status() + ", routing "
                        + inRouting.status() + ", records " + inRecords.status());
            }
        }
        return differences;
    }

    private record DossierState(String status, String unit) {
    }

    private record Event(String id, String topic, String type, String subject, String service) {
        String describe() {
            return service + " event " + id + " (" + type + ", " + subject + ")";
        }
    }

    private Map<UUID, DossierState> dossiers(String service, String sql, Object parameter) {
        Map<UUID, DossierState> dossiers = new HashMap<>();
        try (Connection c = connect(service); PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter instanceof Instant since) {
                s.setTimestamp(1, Timestamp.from(since));
            } else {
                Array array = c.createArrayOf("uuid", (Object[]) parameter);
                s.setArray(1, array);
            }
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    dossiers.put(rows.getObject(1, UUID.class), new DossierState(rows.getString(2), rows.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + service + "'s store", e);
        }
        return dossiers;
    }

    private void outbox(String service, Instant since, Map<String, Event> events, List<String> unpublished) {
        try (Connection c = connect(service); PreparedStatement s = c.prepareStatement("""
                SELECT id, topic, event_type, subject, sent_at IS NOT NULL FROM outbox_event WHERE occurred_at >= ?""")) {
            s.setTimestamp(1, Timestamp.from(since));
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    Event e = new Event(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            service);
                    if (events.put(e.id(), e) != null) {
                        unpublished.add(e.describe() + ": the same id written twice");
                    }
                    if (!rows.getBoolean(5)) {
                        unpublished.add(e.describe() + ": not yet published");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + service + "'s outbox", e);
        }
    }

    private Set<String> strings(String service, String sql, Object... parameters) {
        Set<String> values = new HashSet<>();
        try (Connection c = connect(service); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i] instanceof Instant t ? Timestamp.from(t) : parameters[i]);
            }
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    values.add(Objects.toString(rows.getString(1)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + service + "'s store", e);
        }
        return values;
    }

    private Connection connect(String service) throws SQLException {
        return DriverManager.getConnection(jdbcUrl.apply(service), user, password);
    }
}
