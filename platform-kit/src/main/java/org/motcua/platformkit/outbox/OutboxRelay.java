package org.motcua.platformkit.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Publishes outbox rows to Kafka in the order they were written, then marks them sent.
 *
 * <p>Each batch runs in one transaction that first takes a PostgreSQL advisory lock: when the service is
 * scaled out, only the instance holding it publishes, so order is kept. A crash after the send and
 * before the mark leaves the rows unsent; they are sent again (same CloudEvents id) and the consumers'
 * inboxes drop the duplicate. Reads start above the {@link ReadFloor}, below which everything is sent.
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
    private final ReadFloor floor;
    private final Object signal = new Object();
    private boolean wakeRequested;
    private volatile boolean running;
    private Thread thread;

    OutboxRelay(EntityManager entityManager, OutboxSender sender, OutboxConfig config, Clock clock,
            MessageTables tables, ReadFloor floor) {
        this.entityManager = entityManager;
        this.sender = sender;
        this.config = config;
        this.clock = clock;
        this.tables = tables;
        this.floor = floor;
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
    public synchronized int relayBatch() { // one batch at a time: the floor follows the batches in order
        Read read = QuarkusTransaction.requiringNew().call(() -> {
            Boolean leader = (Boolean) entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(:key)")
                    .setParameter("key", LEADER_LOCK)
                    .getSingleResult();
            if (!Boolean.TRUE.equals(leader)) {
                return null;
            }
            Read unsent = unsentRows();
            if (!unsent.rows().isEmpty()) {
                sender.send(unsent.rows());
                entityManager.createNativeQuery("UPDATE outbox_event SET sent_at = :now WHERE id IN (:ids)")
                        .setParameter("now", Timestamp.from(clock.instant()))
                        .setParameter("ids", unsent.rows().stream().map(OutboxRow::id).toList())
                        .executeUpdate();
            }
            return unsent;
        });
        if (read == null) {
            return 0;
        }
        // only once the marks are committed: a rolled-back batch must be read again
        floor.read(read.rows().isEmpty() ? 0 : read.rows().get(read.rows().size() - 1).position(),
                read.rows().size() < config.batchSize(), read.transactions());
        return read.rows().size();
    }

    /** The unsent rows above the floor, in order, and what the read knew of the transactions running. */
    private record Read(List<OutboxRow> rows, ReadFloor.Transactions transactions) {
    }

    @SuppressWarnings("unchecked")
    private Read unsentRows() {
        // One statement, so that the transactions described are those of the snapshot that read the rows; the
        // running ones are looked up after it (OFFSET 0: once, not once per row).
        List<Object[]> result = entityManager.createNativeQuery("""
                SELECT t.xmax, t.in_progress, t.running_here,
                       o.id, o.position, o.topic, o.event_key, o.event_type, o.subject, CAST(o.payload AS text), o.occurred_at,
                       o.traceparent, o.tracestate
                FROM (SELECT CAST(CAST(CAST(pg_snapshot_xmax(s.snapshot) AS xid) AS text) AS bigint) AS xmax,
                             array_to_string(ARRAY(SELECT CAST(x AS xid) FROM pg_snapshot_xip(s.snapshot) x), ',') AS in_progress,
                             array_to_string(ARRAY(SELECT backend_xid FROM pg_stat_activity
                                 WHERE datname = current_database() AND backend_xid IS NOT NULL), ',') AS running_here
                      FROM (SELECT pg_current_snapshot() AS snapshot) s OFFSET 0) t
                LEFT JOIN LATERAL (SELECT * FROM outbox_event WHERE sent_at IS NULL AND position > :floor
                                   ORDER BY position LIMIT :limit) o ON true
                ORDER BY o.position""")
                .setParameter("floor", floor.position())
                .setParameter("limit", config.batchSize())
                .getResultList();
        List<OutboxRow> rows = result.stream().filter(r -> r[3] != null).map(r -> OutboxRow.of(r, 3)).toList();
        Object[] first = result.get(0);
        return new Read(rows, new ReadFloor.Transactions(((Number) first[0]).longValue(), ids((String) first[1]),
                ids((String) first[2])));
    }

    private static Set<Long> ids(String commaSeparated) {
        return commaSeparated.isEmpty() ? Set.of()
                : Arrays.stream(commaSeparated.split(",")).map(Long::valueOf).collect(Collectors.toSet());
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
