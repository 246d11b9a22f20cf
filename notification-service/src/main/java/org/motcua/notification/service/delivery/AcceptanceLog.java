package org.motcua.notification.service.delivery;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The channels' acceptances, each written the moment it came and before anything else happens to its message: if
 * the instance dies before the batch is recorded, whoever takes the message next records it as sent instead of
 * sending it again. The senders' acceptances are written together: a sender that finds another writing waits, and
 * the next writer writes every acceptance waiting by then in one statement and one commit (a group commit).
 */
@ApplicationScoped
public class AcceptanceLog {

    private static final int MAX_ID = 200;

    private final EntityManager entityManager;
    private final Queue<Acceptance> waiting = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writing = new ReentrantLock();

    AcceptanceLog(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The channel accepted the message (its id for the message, if it gave one): returns once that is written. */
    public void accepted(UUID notificationId, String acceptedId, Instant at) {
        Acceptance acceptance = new Acceptance(notificationId,
                acceptedId == null || acceptedId.length() <= MAX_ID ? acceptedId : acceptedId.substring(0, MAX_ID), at);
        waiting.add(acceptance);
        writing.lock();
        try {
            if (!acceptance.written) {
                writeWaiting();
            }
        } finally {
            writing.unlock();
        }
        if (acceptance.failure != null) {
            throw acceptance.failure;
        }
    }

    private void writeWaiting() {
        List<Acceptance> batch = new ArrayList<>();
        for (Acceptance next = waiting.poll(); next != null; next = waiting.poll()) {
            batch.add(next);
        }
        RuntimeException failure = null;
        try {
            QuarkusTransaction.requiringNew().run(() -> entityManager.unwrap(Session.class).doWork(c -> {
                try (PreparedStatement insert = c.prepareStatement("""
                        INSERT INTO delivery_acceptance (notification_id, accepted_at, accepted_id)
                        SELECT * FROM unnest(?::uuid[], ?::timestamptz[], ?::text[]) ON CONFLICT DO NOTHING""")) {
                    insert.setArray(1, c.createArrayOf("uuid", batch.stream().map(a -> a.notificationId).toArray()));
                    insert.setArray(2, c.createArrayOf("timestamptz", batch.stream()
                            .map(a -> OffsetDateTime.ofInstant(a.at, ZoneOffset.UTC)).toArray()));
                    insert.setArray(3, c.createArrayOf("text", batch.stream().map(a -> a.acceptedId).toArray()));
                    insert.executeUpdate();
                }
            }));
        } catch (RuntimeException e) {
            failure = e;
        }
        for (Acceptance acceptance : batch) {
            acceptance.failure = failure;
            acceptance.written = true;
        }
    }

    /** One acceptance, and whether (and how) its write ended; read by its sender after the lock. */
    private static final class Acceptance {
        private final UUID notificationId;
        private final String acceptedId;
        private final Instant at;
        private boolean written;
        private RuntimeException failure;

        Acceptance(UUID notificationId, String acceptedId, Instant at) {
            this.notificationId = notificationId;
            this.acceptedId = acceptedId;
            this.at = at;
        }
    }
}
