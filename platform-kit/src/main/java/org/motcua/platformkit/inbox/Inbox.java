package org.motcua.platformkit.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.motcua.platformkit.events.CloudEvent;
import org.motcua.platformkit.events.KafkaCloudEvents;
import org.motcua.platformkit.events.MalformedEventException;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Applies a consumed event exactly once per consumer: the {@code (consumer, event id)} row and the
 * effect commit in one transaction, so a redelivered event finds its row and changes nothing.
 *
 * <p>A message that can never be processed throws {@link MalformedEventException} at once; other
 * failures are retried a few times. Either way the exception leaves the handler, the connector's
 * dead-letter strategy moves the message to {@code <topic>.<consumer>.dlq}, and the partition moves on.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final int ATTEMPTS = 3;

    private final EntityManager entityManager;
    private final EventDataReader reader;
    private final Clock clock;

    Inbox(EntityManager entityManager, EventDataReader reader, Clock clock) {
        this.entityManager = entityManager;
        this.reader = reader;
        this.clock = clock;
    }

    /**
     * Runs {@code effect} for the record unless this consumer has already applied the same event.
     *
     * @return true if the effect ran, false for a duplicate
     */
    public boolean receive(String consumer, ConsumerRecord<String, String> record, Consumer<IncomingEvent> effect) {
        CloudEvent envelope = KafkaCloudEvents.fromRecord(record);
        IncomingEvent event = new IncomingEvent(envelope, reader);
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    if (!claim(consumer, event)) {
                        LOG.debugf("%s: event %s already applied", consumer, event.id());
                        return false;
                    }
                    effect.accept(event);
                    return true;
                });
            } catch (MalformedEventException e) {
                LOG.warnf("%s: event %s (%s) cannot be processed: %s", consumer, event.id(), event.type(), e.getMessage());
                throw e;
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS) {
                    LOG.errorf("%s: event %s (%s) failed %d times: %s", consumer, event.id(), event.type(), attempt,
                            e.getMessage());
                    throw e;
                }
                LOG.infof("%s: event %s failed (attempt %d), retrying: %s", consumer, event.id(), attempt, e.getMessage());
            }
        }
    }

    private boolean claim(String consumer, IncomingEvent event) {
        int inserted = entityManager.createNativeQuery("""
                INSERT INTO inbox_message (consumer, event_id, event_type, received_at)
                VALUES (:consumer, :id, :type, :now) ON CONFLICT DO NOTHING""")
                .setParameter("consumer", consumer)
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .setParameter("now", Timestamp.from(clock.instant()))
                .executeUpdate();
        return inserted == 1;
    }
}
