package org.motcua.notification.service.delivery;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.motcua.notification.domain.NotificationStatus;
import org.motcua.notification.service.channel.Channel;
import org.motcua.notification.service.channel.DeliveryOutcome;
import org.motcua.notification.service.delivery.RetryPolicy.Decision;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The messages waiting for a channel, in the database: a worker takes the due ones (reserved for a while, so
 * several instances share the work and one that dies leaves them to the others), then writes what each try gave,
 * one attempt row each, in one transaction per batch.
 */
@ApplicationScoped
public class DeliveryQueue {

    /** A message taken for a try. */
    public record Taken(UUID id, String address, String recipientName, String subject, String text,
            String dossierCode, int attempts, Instant createdAt) {
    }

    /** A try made and what it decided. */
    public record Tried(Taken message, Instant startedAt, Instant finishedAt, DeliveryOutcome outcome,
            Decision decision) {
    }

    private final EntityManager entityManager;

    DeliveryQueue(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Takes up to {@code limit} due messages of the channel, earliest first, reserving them until {@code until}. */
    public List<Taken> take(Channel channel, int limit, Instant now, Instant until) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Taken> taken = new ArrayList<>();
            entityManager.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement take = connection.prepareStatement("""
                        UPDATE notification n SET lease_until = ?
                        FROM (SELECT id FROM notification
                              WHERE channel = ? AND status = 'QUEUED' AND next_attempt_at <= ?
                                AND (lease_until IS NULL OR lease_until < ?)
                              ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED) due
                        WHERE n.id = due.id
                        RETURNING n.id, n.address, n.recipient_name, n.subject, n.message, n.dossier_code, n.attempts,
                                  n.created_at""")) {
                    take.setTimestamp(1, Timestamp.from(until));
                    take.setString(2, channel.name());
                    take.setTimestamp(3, Timestamp.from(now));
                    take.setTimestamp(4, Timestamp.from(now));
                    take.setInt(5, limit);
                    try (ResultSet rows = take.executeQuery()) {
                        while (rows.next()) {
                            taken.add(new Taken(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                                    rows.getString(4), rows.getString(5), rows.getString(6), rows.getInt(7),
                                    rows.getTimestamp(8).toInstant()));
                        }
                    }
                }
            });
            return taken;
        });
    }

    /** Writes the tries: an attempt row each, and each message's new state (its reservation ends). */
    public void record(List<Tried> tries) {
        if (tries.isEmpty()) {
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
