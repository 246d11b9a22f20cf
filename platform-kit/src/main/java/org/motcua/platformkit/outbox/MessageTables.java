package org.motcua.platformkit.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;
import org.motcua.platformkit.inbox.InboxConfig;
import org.motcua.platformkit.time.SqlTimes;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Keeps the outbox and inbox tables healthy: deletes rows past their retention, and exposes what an
 * operator alerts on ({@code motcua_outbox_pending}, {@code motcua_outbox_oldest_pending_seconds}).
 * Called from the relay's loop, so it runs where the relay runs and never on a request.
 */
@ApplicationScoped
public class MessageTables {

    private static final Logger LOG = Logger.getLogger(MessageTables.class);
    private static final Duration PURGE_EVERY = Duration.ofHours(1);
    private static final Duration MEASURE_EVERY = Duration.ofSeconds(10);

    private final EntityManager entityManager;
    private final OutboxConfig config;
    private final Duration inboxRetention;
    private final Clock clock;
    private final ReadFloor floor;
    private final Counter rowsBelowFloor;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingSeconds = new AtomicLong();
    private Instant lastPurge = Instant.EPOCH;
    private Instant lastMeasure = Instant.EPOCH;

    MessageTables(EntityManager entityManager, OutboxConfig config, MeterRegistry registry,
            InboxConfig inbox, Clock clock,
            ReadFloor floor) {
        this.entityManager = entityManager;
        this.config = config;
        this.inboxRetention = inbox.retention();
        this.clock = clock;
        this.floor = floor;
        this.rowsBelowFloor = Counter.builder("motcua.outbox.rows.below.floor")
                .description("Unsent outbox rows found below the relay's read floor, sent late (should stay 0)")
                .register(registry);
        Gauge.builder("motcua.outbox.pending", pending, AtomicLong::get)
                .description("Outbox rows not yet published").register(registry);
        Gauge.builder("motcua.outbox.oldest.pending.seconds", oldestPendingSeconds, AtomicLong::get)
                .description("Age of the oldest unpublished outbox row").register(registry);
    }

    /**
     * An unsent row at or below the relay's floor would never be read: it cannot happen (see {@link ReadFloor})
     * unless someone marked a row unsent by hand. It is sent late, out of its order, and counted.
     */
    private void checkFloor(Number lowestUnsent) {
        if (lowestUnsent != null && lowestUnsent.longValue() <= floor.position()) {
            LOG.errorf("outbox row at position %d is unsent below the relay's floor %d: sending it now, out of order",
                    lowestUnsent.longValue(), floor.position());
            floor.lowerBelow(lowestUnsent.longValue());
            rowsBelowFloor.increment();
        }
    }

    /** Measures the backlog (every 10 s at most) and purges old rows (every hour at most). */
    void maintain() {
        Instant now = clock.instant();
        if (Duration.between(lastMeasure, now).compareTo(MEASURE_EVERY) >= 0) {
            lastMeasure = now;
            Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                    "SELECT count(*), min(occurred_at), min(position) FROM outbox_event WHERE sent_at IS NULL")
                    .getSingleResult());
            pending.set(((Number) row[0]).longValue());
            Instant oldest = SqlTimes.toInstant(row[1]);
            oldestPendingSeconds.set(oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toSeconds()));
            checkFloor((Number) row[2]);
        }
        if (Duration.between(lastPurge, now).compareTo(PURGE_EVERY) >= 0) {
            lastPurge = now;
            QuarkusTransaction.requiringNew().run(() -> {
                entityManager.createNativeQuery("DELETE FROM outbox_event WHERE sent_at < :before")
                        .setParameter("before", Timestamp.from(now.minus(config.retention())))
                        .executeUpdate();
                // Kafka keeps topics for days; an inbox row older than any possible redelivery is no longer needed.
                entityManager.createNativeQuery("DELETE FROM inbox_message WHERE received_at < :before")
                        .setParameter("before", Timestamp.from(now.minus(inboxRetention)))
                        .executeUpdate();
            });
        }
    }
}
