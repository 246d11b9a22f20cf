package org.motcua.platformkit.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;
import org.motcua.platformkit.time.SqlTimes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Publishes outbox rows to Kafka in the order they were written, then marks them sent.
 *
 * <p>Each batch runs in one transaction that first takes a PostgreSQL advisory lock: when the service is
 * scaled out, only the instance holding it publishes, so order is kept. A crash after the send and
 * before the mark leaves the rows unsent; they are sent again (same CloudEvents id) and the consumers'
 * inboxes drop the duplicate.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key of the relay ("motcua" in ASCII); each service has its own database. */
    private static final long LEADER_LOCK = 0x6d6f74637561L;
    private static final Duration BACKOFF_AFTER_FAILURE = Duration.ofSeconds(2);

    private final EntityManager entityManager;
    private final OutboxSender sender;
    private final OutboxConfig config;
    private final Clock clock;
    private final MessageTables tables;
    private final Object signal = new Object();
    private boolean wakeRequested;
    private volatile boolean running;
    private Thread thread;

    OutboxRelay(EntityManager entityManager, OutboxSender sender, OutboxConfig config, Clock clock,
            MessageTables tables) {
        this.entityManager = entityManager;
        this.sender = sender;
        this.config = config;
        this.clock = clock;
        this.tables = tables;
    }

    void start(@Observes StartupEvent startup) {
        if (!config.relayEnabled()) {
            LOG.info("outbox relay disabled on this instance");
            return;
        }
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        wakeUp();
        if (thread != null) {
            thread.join(Duration.ofSeconds(10).toMillis());
        }
    }

    /** Asks the relay to look for new rows now (called after a commit that wrote some). */
    public void wakeUp() {
        synchronized (signal) {
            wakeRequested = true;
            signal.notifyAll();
        }
    }

    /**
     * Publishes the oldest unsent rows, at most one batch, and returns how many it published: 0 when
     * nothing is pending or another instance is the publisher.
     */
    public int relayBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Boolean leader = (Boolean) entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(:key)")
                    .setParameter("key", LEADER_LOCK)
                    .getSingleResult();
            if (!Boolean.TRUE.equals(leader)) {
                return 0;
            }
            List<OutboxRow> rows = unsentRows();
            if (rows.isEmpty()) {
                return 0;
            }
            sender.send(rows);
            entityManager.createNativeQuery("UPDATE outbox_event SET sent_at = :now WHERE id IN (:ids)")
                    .setParameter("now", Timestamp.from(clock.instant()))
                    .setParameter("ids", rows.stream().map(OutboxRow::id).toList())
                    .executeUpdate();
            return rows.size();
        });
    }

    @SuppressWarnings("unchecked")
    private List<OutboxRow> unsentRows() {
        List<Object[]> result = entityManager.createNativeQuery("""
                SELECT id, position, topic, event_key, event_type, subject, CAST(payload AS text), occurred_at
                FROM outbox_event WHERE sent_at IS NULL ORDER BY position LIMIT :limit""")
                .setParameter("limit", config.batchSize())
                .getResultList();
        return result.stream()
                .map(r -> new OutboxRow((UUID) r[0], ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                        (String) r[4], (String) r[5], (String) r[6], SqlTimes.toInstant(r[7])))
                .toList();
    }

    private void loop() {
        while (running) {
            try {
                if (relayBatch() >= config.batchSize()) {
                    continue;
                }
                tables.maintain();
                if (await(config.pollInterval())) {
                    // Woken by a commit: let the commits arriving together join one batch.
                    pause(config.coalesce());
                }
            } catch (RuntimeException e) {
                LOG.warnf("outbox relay could not publish, retrying in %s: %s", BACKOFF_AFTER_FAILURE, e.getMessage());
                pause(BACKOFF_AFTER_FAILURE);
            }
        }
    }

    /** Waits for a wake-up or the timeout; true if woken. */
    private boolean await(Duration timeout) {
        synchronized (signal) {
            if (!wakeRequested && running) {
                try {
                    signal.wait(Math.max(1, timeout.toMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
            boolean woken = wakeRequested;
            wakeRequested = false;
            return woken;
        }
    }

    private void pause(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
