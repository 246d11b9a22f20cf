package org.motcua.platformkit.outbox;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Publishes again, in their order and with their ids, the events the service already published about one subject (a
 * dossier) and still keeps in its outbox: for a consumer whose data was restored from a backup older than them. The
 * consumers that applied them already ignore them (their inboxes know the ids); the restored one applies them.
 */
@ApplicationScoped
public class OutboxRepublish {

    private final EntityManager entityManager;
    private final OutboxSender sender;

    OutboxRepublish(EntityManager entityManager, OutboxSender sender) {
        this.entityManager = entityManager;
        this.sender = sender;
    }

    /** Sends the subject's published events again and waits for the broker; returns them (empty: none kept). */
    public List<OutboxRow> republish(String subject) {
        @SuppressWarnings("unchecked")
        List<Object[]> result = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                SELECT id, position, topic, event_key, event_type, subject, CAST(payload AS text), occurred_at,
                       traceparent, tracestate
                FROM outbox_event WHERE subject = :subject AND sent_at IS NOT NULL ORDER BY position""")
                .setParameter("subject", subject).getResultList());
        List<OutboxRow> rows = result.stream().map(r -> OutboxRow.of(r, 0)).toList();
        if (!rows.isEmpty()) {
            sender.send(rows);
        }
        return rows;
    }
}
