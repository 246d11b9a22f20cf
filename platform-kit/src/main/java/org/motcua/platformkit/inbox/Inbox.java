package org.motcua.platformkit.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.hibernate.query.NativeQuery;
import org.jboss.logging.Logger;
import org.motcua.platformkit.events.CloudEvent;
import org.motcua.platformkit.events.KafkaCloudEvents;
import org.motcua.platformkit.events.MalformedEventException;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Applies consumed events exactly once per consumer: the {@code (consumer, event id)} row and the
 * effect commit in one transaction, so a redelivered event finds its row and changes nothing.
 *
 * <p>{@link #receiveAll} takes a whole poll in one transaction; a message that can never be processed
 * (unreadable, or failing after retries) goes to {@code <topic>.<consumer>.dlq} and the partition moves on.
 * Within a poll, events are applied in the order of their subject (the dossier), each subject's events in
 * the order they happened (a poll of two topics may hold routing's step before intake's receipt): two polls
 * touching the same dossiers then lock them in the same order and cannot deadlock.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final int ATTEMPTS = 3;
    private static final Comparator<IncomingEvent> BY_SUBJECT_THEN_TIME = Comparator
            .comparing(IncomingEvent::subject, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(IncomingEvent::time);

    private final EntityManager entityManager;
    private final EventDataReader reader;
    private final DeadLetters deadLetters;
    private final Clock clock;

    Inbox(EntityManager entityManager, EventDataReader reader, DeadLetters deadLetters, Clock clock) {
        this.entityManager = entityManager;
        this.reader = reader;
        this.deadLetters = deadLetters;
        this.clock = clock;
    }

    /**
     * Applies a batch of consumed records (one poll) in one transaction: each event's inbox row and effect,
     * skipping the events this consumer already applied. If anything in the batch fails, the batch is rolled
     * back and each record is applied on its own (with retries); a record that still fails, or whose
     * envelope or data is unreadable, goes to the consumer's dead-letter topic and the others go on.
     */
    public void receiveAll(String consumer, ConsumerRecords<String, String> records, Consumer<IncomingEvent> effect) {
        List<ConsumerRecord<String, String>> readable = new ArrayList<>();
        List<IncomingEvent> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                events.add(new IncomingEvent(KafkaCloudEvents.fromRecord(record), reader));
                readable.add(record);
            } catch (MalformedEventException e) {
                LOG.warnf("%s: record %s-%d@%d has no readable envelope: %s", consumer, record.topic(),
                        record.partition(), record.offset(), e.getMessage());
                deadLetters.send(consumer, record, e.getMessage());
            }
        }
        if (events.isEmpty()) {
            return;
        }
        events.sort(BY_SUBJECT_THEN_TIME); // stable: events of one subject and time keep their order
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                for (IncomingEvent event : events) {
                    if (claim(consumer, event)) {
                        effect.accept(event);
                    }
                }
            });
        } catch (RuntimeException batchFailed) {
            LOG.debugf("%s: batch of %d failed (%s), applying one by one", consumer, events.size(),
                    batchFailed.getMessage());
            for (ConsumerRecord<String, String> record : readable) {
                try {
                    receive(consumer, record, effect);
                } catch (RuntimeException e) {
                    deadLetters.send(consumer, record, e.getMessage());
                }
            }
        }
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
                // touches no entity's table: the effects of earlier events need not be flushed first
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("inbox_message")
                .setParameter("consumer", consumer)
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .setParameter("now", Timestamp.from(clock.instant()))
                .executeUpdate();
        return inserted == 1;
    }
}
