package org.motcua.platformkit.inbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.motcua.platformkit.events.CloudEvent;
import org.motcua.platformkit.events.EventTracing;
import org.motcua.platformkit.events.KafkaCloudEvents;
import org.motcua.platformkit.events.MalformedEventException;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Applies consumed events exactly once per consumer: the {@code (consumer, event id)} row and the
 * effect commit in one transaction, so a redelivered event finds its row and changes nothing.
 *
 * <p>{@link #receiveAll} takes a whole poll in one transaction; a message that can never be processed
 * (unreadable, or failing after retries) goes to {@code <topic>.<consumer>.dlq} and the partition moves on. A
 * failure that goes away by itself ({@link TransientFailures}: the database or the broker away for minutes) sends
 * nothing there: the poll waits and tries again until it succeeds. Nor does a failure while the service stops
 * (its database closing under the consumer): the poll is left uncommitted and delivered again after the restart.
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
    private final EventTracing tracing;
    private final Backoff backoff;

    Inbox(EntityManager entityManager, EventDataReader reader, DeadLetters deadLetters, Clock clock,
            EventTracing tracing, Backoff backoff) {
        this.backoff = backoff;
        this.entityManager = entityManager;
        this.reader = reader;
        this.deadLetters = deadLetters;
        this.clock = clock;
        this.tracing = tracing;
    }

    /**
     * Applies a batch of consumed records (one poll) in one transaction: each event's inbox row and effect,
     * skipping the events this consumer already applied. If anything in the batch fails, the batch is rolled
     * back and each record is applied on its own (with retries); a record that still fails, or whose
     * envelope or data is unreadable, goes to the consumer's dead-letter topic and the others go on.
     */
    public void receiveAll(String consumer, ConsumerRecords<String, String> records, Consumer<IncomingEvent> effect) {
        receiveAll(consumer, records, events -> { }, effect);
    }

    /**
     * As above, with a look at the poll's new events first, in the same transaction (to read or lock in one
     * statement what the effects will need one by one). It does not run when a failed poll is applied event by event.
     */
    public void receiveAll(String consumer, ConsumerRecords<String, String> records,
            Consumer<List<IncomingEvent>> prepare, Consumer<IncomingEvent> effect) {
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
            backoff.untilDone(consumer + ": a poll of " + events.size() + " events", () -> QuarkusTransaction.requiringNew()
                    .run(() -> {
                        Set<String> claimed = claimAll(consumer, events);
                        prepare.accept(events.stream().filter(e -> claimed.contains(e.id())).toList());
                        for (IncomingEvent event : events) {
                            // remove: an event delivered twice in the same poll is applied once
                            if (claimed.remove(event.id())) {
                                tracing.apply(consumer, event.envelope(), () -> effect.accept(event));
                            }
                        }
                    }));
        } catch (Backoff.ServiceStopping stopping) {
            throw stopping;
        } catch (RuntimeException batchFailed) {
            // worth seeing: a poll falls back to one transaction per event only when something in it fails
            backoff.failUnlessRunning(batchFailed);
            LOG.infof("%s: a poll of %d events failed (%s), applying them one by one", consumer, events.size(),
                    batchFailed.getMessage());
            for (ConsumerRecord<String, String> record : readable) {
                try {
                    receive(consumer, record, effect);
                } catch (Backoff.ServiceStopping stopping) {
                    throw stopping;
                } catch (RuntimeException e) {
                    backoff.failUnlessRunning(e); // a failure while the service stops is not the message's
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
                return backoff.untilDone(consumer + ": event " + event.id(), () -> QuarkusTransaction.requiringNew()
                        .call(() -> {
                            if (!claim(consumer, event)) {
                                LOG.debugf("%s: event %s already applied", consumer, event.id());
                                return false;
                            }
                            tracing.apply(consumer, envelope, () -> effect.accept(event));
                            return true;
                        }));
            } catch (MalformedEventException e) {
                LOG.warnf("%s: event %s (%s) cannot be processed: %s", consumer, event.id(), event.type(), e.getMessage());
                throw e;
            } catch (Backoff.ServiceStopping stopping) {
                throw stopping;
            } catch (RuntimeException e) {
                backoff.failUnlessRunning(e);
                if (attempt >= ATTEMPTS) {
                    LOG.errorf("%s: event %s (%s) failed %d times: %s", consumer, event.id(), event.type(), attempt,
                            e.getMessage());
                    throw e;
                }
                LOG.infof("%s: event %s failed (attempt %d), retrying: %s", consumer, event.id(), attempt, e.getMessage());
            }
        }
    }

    /**
     * Claims a poll's events in one statement (not one per event: the inbox row is most of a consumer's
     * statements).
     *
     * @return the ids of the events this consumer had not applied yet
     */
    private Set<String> claimAll(String consumer, List<IncomingEvent> events) {
        String[] ids = events.stream().map(IncomingEvent::id).toArray(String[]::new);
        String[] types = events.stream().map(IncomingEvent::type).toArray(String[]::new);
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO inbox_message (consumer, event_id, event_type, received_at)
                    SELECT CAST(? AS varchar), e.id, e.type, CAST(? AS timestamptz)
                    FROM unnest(CAST(? AS varchar[]), CAST(? AS varchar[])) AS e (id, type)
                    ON CONFLICT DO NOTHING RETURNING event_id""")) {
                insert.setString(1, consumer);
                insert.setObject(2, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                insert.setArray(3, connection.createArrayOf("varchar", ids));
                insert.setArray(4, connection.createArrayOf("varchar", types));
                Set<String> claimed = new HashSet<>();
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        claimed.add(rows.getString(1));
                    }
                }
                return claimed;
            }
        });
    }

    private boolean claim(String consumer, IncomingEvent event) {
        return !claimAll(consumer, List.of(event)).isEmpty();
    }
}
