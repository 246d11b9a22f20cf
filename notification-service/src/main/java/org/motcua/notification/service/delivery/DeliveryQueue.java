package org.motcua.notification.service.delivery;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.motcua.notification.domain.NotificationStatus;
import org.motcua.notification.service.channel.Channel;
import org.motcua.notification.service.channel.DeliveryOutcome;
import org.motcua.notification.service.delivery.RetryPolicy.Decision;
import org.motcua.platformkit.security.PersonalDataCipher;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The messages waiting for a channel, in the database: a worker takes the due ones (reserved for a while, so
 * several instances share the work and one that dies leaves them to the others), each person's in the order they
 * were written, then writes what each try gave, one attempt row each, in one transaction per batch.
 */
@ApplicationScoped
public class DeliveryQueue {

    /**
     * A message taken for a try; {@code acceptedId} when its channel accepted it before (a worker died since), the
     * apology letter it carries (as kept) or null.
     */
    public record Taken(UUID id, long seq, String address, String recipientName, String subject, String text,
            String dossierCode, int attempts, Instant createdAt, Instant acceptedAt, String acceptedId,
            String apologyLetter) {
    }

    /** A try made and what it decided. */
    public record Tried(Taken message, Instant startedAt, Instant finishedAt, DeliveryOutcome outcome,
            Decision decision) {
    }

    private final EntityManager entityManager;
    private final PersonalDataCipher cipher;

    DeliveryQueue(EntityManager entityManager, PersonalDataCipher cipher) {
        this.entityManager = entityManager;
        this.cipher = cipher;
    }

    /**
     * Takes up to {@code limit} due messages of the channel, in the order written, reserving them until
     * {@code until}. A message is taken only with every message written before it to the same address (compared by
     * its keyed hash) that still waits: none of those is waiting for a later try, reserved by another worker or left
     * out of this batch (so a batch of one, as a paused channel's probe, is always a person's first message).
     */
    public List<Taken> take(Channel channel, int limit, Instant now, Instant until) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Taken> taken = new ArrayList<>();
            entityManager.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement take = connection.prepareStatement("""
                        WITH candidate AS (
                            SELECT id, address_key, seq FROM notification q
                            WHERE channel = ? AND status = 'QUEUED' AND next_attempt_at <= ?
                              AND (lease_until IS NULL OR lease_until < ?)
                              AND NOT EXISTS (SELECT 1 FROM notification e WHERE e.channel = q.channel
                                  AND e.address_key = q.address_key AND e.status = 'QUEUED' AND e.seq < q.seq
                                  AND (e.next_attempt_at > ? OR e.lease_until >= ?))
                            ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED),
                        head AS (
                            SELECT c.id FROM candidate c WHERE NOT EXISTS (SELECT 1 FROM notification e
                                WHERE e.channel = ? AND e.address_key = c.address_key AND e.status = 'QUEUED'
                                  AND e.seq < c.seq AND e.id NOT IN (SELECT id FROM candidate)))
                        UPDATE notification n SET lease_until = ?
                        FROM head LEFT JOIN delivery_acceptance a ON a.notification_id = head.id WHERE n.id = head.id
                        RETURNING n.id, n.seq, n.address, n.recipient_name, n.subject, n.message, n.dossier_code,
                                  n.attempts, n.created_at, a.accepted_at, a.accepted_id,
                                  n.apology_letter""")) {
                    take.setString(1, channel.name());
                    take.setTimestamp(2, Timestamp.from(now));
                    take.setTimestamp(3, Timestamp.from(now));
                    take.setTimestamp(4, Timestamp.from(now));
                    take.setTimestamp(5, Timestamp.from(now));
                    take.setInt(6, limit);
                    take.setString(7, channel.name());
                    take.setTimestamp(8, Timestamp.from(until));
                    try (ResultSet rows = take.executeQuery()) {
                        while (rows.next()) {
                            Timestamp acceptedAt = rows.getTimestamp(10);
                            taken.add(new Taken(rows.getObject(1, UUID.class), rows.getLong(2),
                                    cipher.decrypt(rows.getString(3)), cipher.decrypt(rows.getString(4)),
                                    rows.getString(5), cipher.decrypt(rows.getString(6)), rows.getString(7),
                                    rows.getInt(8), rows.getTimestamp(9).toInstant(),
                                    acceptedAt == null ? null : acceptedAt.toInstant(), rows.getString(11),
                                    rows.getString(12)));
                        }
                    }
                }
            });
            taken.sort(Comparator.comparingLong(Taken::seq));
            return taken;
        });
    }

    /**
     * Writes the tries: an attempt row each, and each message's new state; the messages not tried (they wait behind
     * one of the same person that was not sent) are only given back. Every reservation ends.
     */
    public void record(List<Tried> tries, List<Taken> untried) {
        if (tries.isEmpty() && untried.isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement attempt = connection.prepareStatement("""
                    INSERT INTO delivery_attempt (notification_id, attempt, started_at, finished_at, outcome, detail,
                        provider_id) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""");
                    PreparedStatement message = connection.prepareStatement("""
                            UPDATE notification SET status = ?, attempts = ?, next_attempt_at = ?, lease_until = NULL,
                                sent_at = ?, status_reason = ? WHERE id = ?""")) {
                for (Tried tried : tries) {
                    int number = tried.message().attempts() + 1;
                    attempt.setObject(1, tried.message().id());
                    attempt.setInt(2, number);
                    attempt.setTimestamp(3, Timestamp.from(tried.startedAt()));
                    attempt.setTimestamp(4, Timestamp.from(tried.finishedAt()));
                    attempt.setString(5, tried.outcome().result().name());
                    attempt.setString(6, cut(tried.outcome().detail()));
                    attempt.setString(7, cut(tried.outcome().providerId()));
                    attempt.addBatch();
                    Decision decision = tried.decision();
                    message.setString(1, decision.status().name());
                    message.setInt(2, number);
                    timestamp(message, 3, decision.nextAttemptAt());
                    timestamp(message, 4, decision.status() == NotificationStatus.SENT ? tried.finishedAt() : null);
                    message.setString(5, cut(decision.reason()));
                    message.setObject(6, tried.message().id());
                    message.addBatch();
                }
                attempt.executeBatch();
                message.executeBatch();
            }
            if (!untried.isEmpty()) {
                try (PreparedStatement release = connection.prepareStatement(
                        "UPDATE notification SET lease_until = NULL WHERE id = ANY (?)")) {
                    release.setArray(1, connection.createArrayOf("uuid", untried.stream().map(Taken::id).toArray()));
                    release.executeUpdate();
                }
            }
        }));
    }

    private static void timestamp(PreparedStatement statement, int index, Instant at) throws SQLException {
        if (at == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setTimestamp(index, Timestamp.from(at));
        }
    }

    private static String cut(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }
}
