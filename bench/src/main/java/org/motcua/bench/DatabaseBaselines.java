package org.motcua.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.motcua.testsupport.PlatformInfrastructure;

/**
 * What the same PostgreSQL does alone, measured in the benchmark's window so that ratios compare like with like:
 * <ul>
 * <li>the database's ceiling for our unit of work, as pgbench would run it: one transaction per dossier holding a
 * dossier row and its outbox row;</li>
 * <li>the workflow peer's unit of work in plain JDBC: what an embedded engine (Flowable 7, history "audit") writes to
 * start a process with one user task for a unit — process instance, execution, task, identity link, and their three
 * history rows — in one transaction.</li>
 * </ul>
 * Both use {@code threads} connections with commits as durable as the platform's own.
 */
final class DatabaseBaselines {

    private static final String DATABASE = "bench_baselines";

    private final PlatformInfrastructure infra;

    DatabaseBaselines(PlatformInfrastructure infra) {
        this.infra = infra;
    }

    /** Transactions a second of a dossier row + an outbox row. */
    double dossierAndOutbox(int threads, int seconds) throws Exception {
        prepare("""
                CREATE TABLE IF NOT EXISTS dossier (id uuid PRIMARY KEY, code varchar(40) NOT NULL, unit varchar(5),
                    status varchar(30), applicant varchar(200), submitted_at timestamptz NOT NULL);
                CREATE TABLE IF NOT EXISTS outbox_event (id uuid PRIMARY KEY, position bigserial, topic varchar(200),
                    event_key varchar(200), event_type varchar(200), payload jsonb, occurred_at timestamptz,
                    sent_at timestamptz);
                CREATE INDEX IF NOT EXISTS outbox_event_unsent ON outbox_event (position) WHERE sent_at IS NULL;""");
        return run(threads, seconds, c -> {
            UUID id = UUID.randomUUID();
            try (PreparedStatement d = c.prepareStatement("INSERT INTO dossier VALUES (?, ?, '21025', 'RECEIVED', ?, ?)");
                    PreparedStatement o = c.prepareStatement("""
                            INSERT INTO outbox_event (id, topic, event_key, event_type, payload, occurred_at)
                            VALUES (?, 'intake.dossier.events', ?, 'org.motcua.intake.dossier-submitted.v1',
                                    CAST(? AS jsonb), ?)""")) {
                Timestamp now = Timestamp.from(Instant.now());
                d.setObject(1, id);
                d.setString(2, "21025-" + id.toString().substring(0, 8));
                d.setString(3, "Nguyễn Thị Hồng Nhung");
                d.setTimestamp(4, now);
                d.executeUpdate();
                o.setObject(1, UUID.randomUUID());
                o.setString(2, id.toString());
                o.setString(3, "{\"dossierId\": \"" + id + "\", \"procedureCode\": \"1.001193\"}");
                o.setTimestamp(4, now);
                o.executeUpdate();
            }
        });
    }

    /** Transactions a second of a workflow engine's "start a process with a user task" (7 rows). */
    double workflowStart(int threads, int seconds) throws Exception {
        prepare("""
                CREATE TABLE IF NOT EXISTS act_ru_execution (id uuid PRIMARY KEY, proc_inst_id uuid, business_key
                    varchar(255), proc_def_id varchar(64), act_id varchar(255), is_active boolean, start_time timestamptz);
                CREATE TABLE IF NOT EXISTS act_ru_task (id uuid PRIMARY KEY, proc_inst_id uuid, execution_id uuid,
                    name varchar(255), task_def_key varchar(255), create_time timestamptz);
                CREATE INDEX IF NOT EXISTS act_ru_task_proc ON act_ru_task (proc_inst_id);
                CREATE TABLE IF NOT EXISTS act_ru_identitylink (id uuid PRIMARY KEY, group_id varchar(255),
                    type varchar(255), task_id uuid);
                CREATE INDEX IF NOT EXISTS act_ru_identitylink_task ON act_ru_identitylink (task_id);
                CREATE TABLE IF NOT EXISTS act_hi_procinst (id uuid PRIMARY KEY, business_key varchar(255),
                    start_time timestamptz);
                CREATE TABLE IF NOT EXISTS act_hi_taskinst (id uuid PRIMARY KEY, proc_inst_id uuid, name varchar(255),
                    start_time timestamptz);
                CREATE TABLE IF NOT EXISTS act_hi_actinst (id uuid PRIMARY KEY, proc_inst_id uuid, act_id varchar(255),
                    start_time timestamptz);""");
        return run(threads, seconds, c -> {
            UUID process = UUID.randomUUID();
            UUID execution = UUID.randomUUID();
            UUID task = UUID.randomUUID();
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement e = c.prepareStatement("INSERT INTO act_ru_execution VALUES (?, ?, ?, 'hoso:1:1', ?, true, ?)");
                    PreparedStatement t = c.prepareStatement("INSERT INTO act_ru_task VALUES (?, ?, ?, 'Xử lý hồ sơ', 'xuly', ?)");
                    PreparedStatement l = c.prepareStatement("INSERT INTO act_ru_identitylink VALUES (?, '21025', 'candidate', ?)");
                    PreparedStatement hp = c.prepareStatement("INSERT INTO act_hi_procinst VALUES (?, ?, ?)");
                    PreparedStatement ht = c.prepareStatement("INSERT INTO act_hi_taskinst VALUES (?, ?, 'Xử lý hồ sơ', ?)");
                    PreparedStatement ha = c.prepareStatement("INSERT INTO act_hi_actinst VALUES (?, ?, ?, ?)")) {
                for (Object[] row : List.of(new Object[] {process, process, "hs-" + process, "start", now},
                        new Object[] {execution, process, null, "xuly", now})) {
                    for (int i = 0; i < row.length; i++) {
                        e.setObject(i + 1, row[i]);
                    }
                    e.addBatch();
                }
                e.executeBatch();
                t.setObject(1, task);
                t.setObject(2, process);
                t.setObject(3, execution);
                t.setTimestamp(4, now);
                t.executeUpdate();
                l.setObject(1, UUID.randomUUID());
                l.setObject(2, task);
                l.executeUpdate();
                hp.setObject(1, process);
                hp.setString(2, "hs-" + process);
                hp.setTimestamp(3, now);
                hp.executeUpdate();
                ht.setObject(1, task);
                ht.setObject(2, process);
                ht.setTimestamp(3, now);
                ht.executeUpdate();
                ha.setObject(1, UUID.randomUUID());
                ha.setObject(2, process);
                ha.setString(3, "xuly");
                ha.setTimestamp(4, now);
                ha.executeUpdate();
            }
        });
    }

    private interface Transaction {
        void run(Connection connection) throws SQLException;
    }

    private void prepare(String ddl) throws SQLException {
        infra.ensureDatabase(DATABASE);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(ddl);
        }
    }

    private double run(int threads, int seconds, Transaction transaction) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong committed = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        List<Exception> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(() -> {
                try (Connection c = connect()) {
                    c.setAutoCommit(false);
                    while (running.get()) {
                        transaction.run(c);
                        c.commit();
                        committed.incrementAndGet();
                    }
                } catch (Exception e) {
                    failures.add(e);
                }
            }, "baseline-" + i);
            workers.add(worker);
            worker.start();
        }
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        running.set(false);
        for (Thread worker : workers) {
            worker.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return committed.get() / ((System.nanoTime() - start) / 1e9);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(infra.jdbcUrl(DATABASE), infra.databaseUser(), infra.databasePassword());
    }
}
