package org.motcua.platformkit.outbox;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.motcua.platformkit.events.EventTracing;
import org.motcua.platformkit.transaction.AfterCompletion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The only way business code publishes an event: the row is written in the caller's transaction, so
 * the event exists if and only if the state change committed. {@link OutboxRelay} sends it to Kafka.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final EventTracing tracing;

    Outbox(EntityManager entityManager, ObjectMapper objectMapper, Clock clock,
            TransactionSynchronizationRegistry transactions, OutboxRelay relay, EventTracing tracing) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.clock = clock;
        this.transactions = transactions;
        this.relay = relay;
        this.tracing = tracing;
    }

    /**
     * Records the event in the current transaction and returns its id (the CloudEvents id). The trace it is
     * published in (a request's, an event's) goes with it, so that its consumers continue that trace.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(OutgoingEvent event) {
        UUID id = UUID.randomUUID();
        EventTracing.TraceContext trace = tracing.current();
        String payload = toJson(event.data());
        // Straight on the transaction's connection: the row touches no entity, so Hibernate need not check the
        // caller's managed entities for changes first (an auto-flush costs a pass over all of them, per event).
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO outbox_event (id, topic, event_key, event_type, subject, payload, occurred_at,
                                              traceparent, tracestate)
                    VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?)""")) {
                insert.setObject(1, id);
                insert.setString(2, event.topic());
                insert.setString(3, event.subject());
                insert.setString(4, event.type());
                insert.setString(5, event.subject());
                insert.setString(6, payload);
                insert.setObject(7, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                insert.setString(8, trace.traceparent());
                insert.setString(9, trace.tracestate());
                insert.executeUpdate();
            }
        });
        // publishes right after the commit instead of waiting for the next poll
        transactions.registerInterposedSynchronization(AfterCompletion.onCommit(relay::wakeUp));
        return id;
    }

    private String toJson(Object data) {
        try {
            return objectMapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data cannot be serialised: " + data.getClass().getSimpleName(), e);
        }
    }
}
