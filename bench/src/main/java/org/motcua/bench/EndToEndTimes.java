package org.motcua.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.motcua.testsupport.PlatformInfrastructure;

/**
 * When each dossier of a step reached each service, from the services' own records of it (the times their events
 * carry): intake's receipt, routing's assignment, the archive's inbox row for the submission (written with its
 * effect), and the receipt mail's sending. Read after the step, so measuring costs the platform nothing meanwhile.
 */
final class EndToEndTimes {

    static final String SUBMITTED = "org.motcua.intake.dossier-submitted.v1";

    /** The step's dossiers and how long each stage took after the receipt, in ms (NaN: not reached yet). */
    record Step(int dossiers, double[] assigned, double[] archived, double[] notified, Instant first, Instant last) {

        int complete() {
            int n = 0;
            for (int i = 0; i < assigned.length; i++) {
                if (!Double.isNaN(assigned[i]) && !Double.isNaN(archived[i]) && !Double.isNaN(notified[i])) {
                    n++;
                }
            }
            return n;
        }

        static double percentile(double[] values, int p) {
            double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }
    }

    private final PlatformInfrastructure infra;

    EndToEndTimes(PlatformInfrastructure infra) {
        this.infra = infra;
    }

    Step read(String referencePrefix) throws SQLException {
        Map<UUID, Instant> received = new HashMap<>();
        Map<String, UUID> submittedEvents = new HashMap<>();
        try (Connection c = connect("intake"); PreparedStatement s = c.prepareStatement("""
                SELECT d.id, d.submitted_at, o.id FROM dossier d
                LEFT JOIN outbox_event o ON o.subject = CAST(d.id AS varchar) AND o.event_type = ?
                WHERE d.external_reference LIKE ?""")) {
            s.setString(1, SUBMITTED);
            s.setString(2, referencePrefix + "%");
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    UUID id = rows.getObject(1, UUID.class);
                    received.put(id, rows.getTimestamp(2).toInstant());
                    if (rows.getString(3) != null) {
                        submittedEvents.put(rows.getString(3), id);
                    }
                }
            }
        }
        UUID[] ids = received.keySet().toArray(UUID[]::new);
        Map<UUID, Instant> assigned = times("routing",
                "SELECT dossier_id, assigned_at FROM assignment WHERE dossier_id = ANY(?)", ids);
        Map<UUID, Instant> archived = new HashMap<>();
        times("records", "SELECT event_id, received_at FROM inbox_message WHERE consumer = 'records' AND event_id = ANY(?)",
                submittedEvents.keySet().toArray(String[]::new))
                .forEach((eventId, at) -> archived.put(submittedEvents.get(eventId), at));
        Map<UUID, Instant> notified = times("notification", """
                SELECT dossier_id, min(sent_at) FROM notification
                WHERE dossier_id = ANY(?) AND event_type = '%s' AND sent_at IS NOT NULL GROUP BY dossier_id"""
                .formatted(SUBMITTED), ids);
        double[] a = new double[ids.length];
        double[] r = new double[ids.length];
        double[] n = new double[ids.length];
        Instant first = Instant.MAX;
        Instant last = Instant.MIN;
        for (int i = 0; i < ids.length; i++) {
            Instant start = received.get(ids[i]);
            first = start.isBefore(first) ? start : first;
            a[i] = after(start, assigned.get(ids[i]));
            r[i] = after(start, archived.get(ids[i]));
            n[i] = after(start, notified.get(ids[i]));
            for (Instant end : new Instant[] {assigned.get(ids[i]), archived.get(ids[i]), notified.get(ids[i])}) {
                last = end != null && end.isAfter(last) ? end : last;
            }
        }
        return new Step(ids.length, a, r, n, first, last);
    }

    private static double after(Instant start, Instant end) {
        return end == null ? Double.NaN : java.time.Duration.between(start, end).toNanos() / 1e6;
    }

    @SuppressWarnings("unchecked")
    private <K> Map<K, Instant> times(String database, String sql, Object[] keys) throws SQLException {
        Map<K, Instant> times = new HashMap<>();
        try (Connection c = connect(database); PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf(keys instanceof UUID[] ? "uuid" : "varchar", keys));
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    times.put((K) rows.getObject(1), rows.getTimestamp(2).toInstant());
                }
            }
        }
        return times;
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(infra.jdbcUrl(database), infra.databaseUser(), infra.databasePassword());
    }
}
