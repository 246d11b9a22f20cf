package org.motcua.platformkit.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;
import org.motcua.testsupport.EmbeddedInfrastructure;
import org.motcua.testsupport.PlatformInfrastructure;
import org.motcua.testsupport.TestInfrastructure;

/** The failures a consumer waits out, told from those it dead-letters, as a real PostgreSQL and Kafka raise them. */
class TransientFailuresTest {

    private static final PlatformInfrastructure INFRA = TestInfrastructure.shared();

    @Test
    void aDatabaseThatRefusesConnectionsIsWaitedFor() {
        SQLException refused = failure(() -> DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + EmbeddedInfrastructure.freePort() + "/none", "u", "p").close());

        assertThat(TransientFailures.isTransient(new IllegalStateException("wrapped", refused))).isTrue();
    }

    @Test
    void aConnectionTheServerEndsIsWaitedFor() throws SQLException {
        INFRA.ensureDatabase("transient_failures");
        try (Connection victim = connect(); Connection admin = connect(); Statement kill = admin.createStatement()) {
            int pid = pid(victim);
            kill.execute("SELECT pg_terminate_backend(" + pid + ")");

            SQLException ended = failure(() -> victim.createStatement().execute("SELECT 1"));

            assertThat(TransientFailures.isTransient(new RuntimeException(ended))).isTrue();
        }
    }

    @Test
    void aStatementTheDatabaseRefusesIsNotWaitedFor() throws SQLException {
        INFRA.ensureDatabase("transient_failures");
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMPORARY TABLE once (id int PRIMARY KEY)");
            statement.execute("INSERT INTO once VALUES (1)");

            SQLException duplicate = failure(() -> statement.execute("INSERT INTO once VALUES (1)"));
            SQLException badData = failure(() -> statement.execute("SELECT CAST('not-a-uuid' AS uuid)"));

            assertThat(TransientFailures.isTransient(new RuntimeException(duplicate))).isFalse();
            assertThat(TransientFailures.isTransient(badData)).isFalse();
        }
    }

    @Test
    void aBrokerWithoutEnoughReplicasIsWaitedForAndARecordTooLargeIsNot() {
        assertThat(TransientFailures.isTransient(new IllegalStateException(new NotEnoughReplicasException("2 < 3"))))
                .isTrue();
        assertThat(TransientFailures.isTransient(new IllegalStateException(new RecordTooLargeException("2 MB"))))
                .isFalse();
        assertThat(TransientFailures.isTransient(new IllegalArgumentException("no unit 99999"))).isFalse();
    }

    @Test
    void transientFailuresAreRetriedUntilTheWorkSucceedsAndOthersAreThrownAtOnce() {
        Backoff backoff = new Backoff();
        AtomicInteger attempts = new AtomicInteger();
        String done = backoff.untilDone("test work", () -> {
            if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException(new SQLException("connection refused", "08001"));
            }
            return "done";
        });
        assertThat(done).isEqualTo("done");
        assertThat(attempts).hasValue(3);

        AtomicInteger permanent = new AtomicInteger();
        assertThatThrownBy(() -> backoff.untilDone("test work", () -> {
            permanent.incrementAndGet();
            throw new IllegalStateException(new SQLException("duplicate key", "23505"));
        })).hasRootCauseMessage("duplicate key");
        assertThat(permanent).hasValue(1);
    }

    @Test
    void onceTheServiceStopsAFailureIsNeitherRetriedNorBlamedOnTheMessage() {
        Backoff backoff = new Backoff();
        backoff.stopping(null);
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> backoff.untilDone("test work", () -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("EntityManagerFactory is closed");
        })).isInstanceOf(Backoff.ServiceStopping.class);
        assertThat(attempts).hasValue(1);
        assertThatThrownBy(() -> backoff.failUnlessRunning(new IllegalArgumentException("bad data")))
                .isInstanceOf(Backoff.ServiceStopping.class);
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(INFRA.jdbcUrl("transient_failures"), INFRA.databaseUser(),
                INFRA.databasePassword());
    }

    private static int pid(Connection connection) throws SQLException {
        try (var rows = connection.createStatement().executeQuery("SELECT pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private interface SqlWork {
        void run() throws SQLException;
    }

    private static SQLException failure(SqlWork work) {
        try {
            work.run();
        } catch (SQLException e) {
            return e;
        }
        throw new AssertionError("expected the database to refuse");
    }
}
