package org.motcua.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.motcua.platformkit.outbox.OutboxConfig;
import org.motcua.platformkit.outbox.OutboxRow;
import org.motcua.platformkit.outbox.OutboxSender;
import org.motcua.testsupport.KafkaTestConsumer;
import org.motcua.testsupport.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The outbox relay of platform-kit, exercised through intake's real submission path. */
@QuarkusTest
class OutboxRelayTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String dbUser;

    @Inject
    EntityManager entityManager;

    @Inject
    OutboxConfig config;

    @Test
    void anEventSurvivesARelayCrashBetweenSendAndMark() {
        CrashAfterSend crashing = new CrashAfterSend(Map.of("bootstrap.servers", kafka), config);
        QuarkusMock.installMockForType(crashing, OutboxSender.class);
        try (KafkaTestConsumer consumer = new KafkaTestConsumer(kafka, "intake.dossier.events")) {
            String id = submit("21025");

            // The first attempt reached Kafka, then the relay "crashed" before marking the row sent:
            // the row is sent again with the same CloudEvents id, and then marked.
            List<ConsumerRecord<String, String>> copies = await().atMost(Duration.ofSeconds(30))
                    .until(() -> consumer.pollForKey(id), r -> r.size() >= 2);
            assertThat(crashing.crashed).isTrue();
            assertThat(copies).extracting(r -> KafkaTestConsumer.header(r, "ce_id")).containsOnly(
                    KafkaTestConsumer.header(copies.get(0), "ce_id"));
            await().atMost(Duration.ofSeconds(30)).until(() -> sentAt(id) != null);
        }
    }

    @Test
    void whileAnotherInstanceHoldsTheLeaderLockThisOneDoesNotPublish() throws Exception {
        try (KafkaTestConsumer consumer = new KafkaTestConsumer(kafka, "intake.dossier.events");
                Connection other = DriverManager.getConnection(jdbcUrl, dbUser, "")) {
            String id;
            try (Statement lock = other.createStatement()) {
                lock.execute("SELECT pg_advisory_lock(" + 0x6d6f74637561L + ")");
                id = submit("21028");
                await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                        .until(() -> consumer.pollForKey(id).isEmpty() && sentAt(id) == null);
                lock.execute("SELECT pg_advisory_unlock(" + 0x6d6f74637561L + ")");
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> consumer.pollForKey(id).size() == 1);
        }
    }

    @Test
    void aStuckBacklogShowsInTheMetrics() throws Exception {
        try (Connection other = DriverManager.getConnection(jdbcUrl, dbUser, "");
                Statement lock = other.createStatement()) {
            lock.execute("SELECT pg_advisory_lock(" + 0x6d6f74637561L + ")");
            try {
                submit("21034");
                await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> given().when().get("/q/metrics")
                        .then().statusCode(200)
                        .body(org.hamcrest.Matchers.matchesPattern("(?s).*\\nmotcua_outbox_pending [1-9].*")));
            } finally {
                lock.execute("SELECT pg_advisory_unlock(" + 0x6d6f74637561L + ")");
            }
        }
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> given().when().get("/q/metrics")
                .then().body(org.hamcrest.Matchers.containsString("\nmotcua_outbox_pending 0.0")));
    }

    @Test
    void anEventWhoseTransactionCommitsAfterLaterOnesIsStillPublished() throws Exception {
        String late = UUID.randomUUID().toString();
        String early = UUID.randomUUID().toString();
        try (KafkaTestConsumer consumer = new KafkaTestConsumer(kafka, "intake.dossier.events");
                Connection first = DriverManager.getConnection(jdbcUrl, dbUser, "");
                Connection second = DriverManager.getConnection(jdbcUrl, dbUser, "")) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            try (Statement a = first.createStatement(); Statement b = second.createStatement()) {
                a.execute("SELECT pg_current_xact_id()");   // the first transaction id...
                b.execute(insertEvent(late));                // ...the lower position, taken by a later transaction
                a.execute(insertEvent(early));
                first.commit();
                await().atMost(Duration.ofSeconds(30)).until(() -> consumer.pollForKey(early).size() == 1);
                String id = submit("21025");                 // and more reads after it
                await().atMost(Duration.ofSeconds(30)).until(() -> sentAt(id) != null);
                second.commit();
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> consumer.pollForKey(late).size() == 1);
        }
        // sent by the relay's reads, not found below its floor by the backlog check
        given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*\\nmotcua_outbox_rows_below_floor_total [1-9].*")));
    }

    private static String insertEvent(String key) {
        return "INSERT INTO outbox_event (id, topic, event_key, event_type, subject, payload, occurred_at)"
                + " VALUES (gen_random_uuid(), 'intake.dossier.events', '" + key + "', 'TestEvent', '" + key
                + "', '{}', now())";
    }

    private String submit(String unit) {
        return given().auth().oauth2(TestTokens.clerk(unit))
                .contentType(ContentType.JSON).body(Requests.birthRegistrationAt(unit))
                .when().post("/api/v1/dossiers")
                .then().statusCode(201).extract().path("id");
    }

    private Object sentAt(String dossierId) {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("SELECT sent_at FROM outbox_event WHERE subject = :id")
                .setParameter("id", dossierId)
                .getResultList());
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Sends for real, then fails once, as a relay killed between the send and the mark would. */
    static class CrashAfterSend extends OutboxSender {
        final AtomicBoolean crashed = new AtomicBoolean();

        CrashAfterSend(Map<String, Object> kafka, OutboxConfig config) {
            super(kafka, config);
        }

        @Override
        public void send(List<OutboxRow> rows) {
            super.send(rows);
            if (crashed.compareAndSet(false, true)) {
                throw new IllegalStateException("simulated crash after send, before mark");
            }
        }
    }
}
