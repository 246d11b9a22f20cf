package org.motcua.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.motcua.eventcontracts.EventContracts;
import org.motcua.testsupport.KafkaTestConsumer;
import org.motcua.testsupport.TestDatabase;
import org.motcua.testsupport.TestEvents;
import org.motcua.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DossierAssignmentTest {

    private static final TestDatabase DB = TestDatabase.of("routing");

    private static final String SUBMITTED = "org.motcua.intake.dossier-submitted.v1";
    private static final String ASSIGNED = "org.motcua.routing.dossier-assigned.v1";
    private static final String INTAKE_TOPIC = "intake.dossier.events";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void aDossierOfTheResidenceCommuneGoesToItAndDossierAssignedIsPublished() {
        String dossierId = UUID.randomUUID().toString();
        try (KafkaTestConsumer routed = new KafkaTestConsumer(kafka, "routing.dossier.events")) {
            sendSubmitted(UUID.randomUUID().toString(), dossierId, "21025");

            List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(30))
                    .until(() -> routed.pollForKey(dossierId), r -> !r.isEmpty());
            assertThat(KafkaTestConsumer.header(records.get(0), "ce_type")).isEqualTo(ASSIGNED);
            assertThat(KafkaTestConsumer.header(records.get(0), "ce_source")).isEqualTo("/motcua/routing");
            EventContracts.assertValid(ASSIGNED, records.get(0).value());
        }
        given().auth().oauth2(TestTokens.officer("21025"))
                .when().get("/api/v1/dossiers/" + dossierId + "/assignment")
                .then().statusCode(200)
                .body("processingUnitCode", equalTo("21025"))
                .body("reason", equalTo("ONLY_COMPETENT_UNIT"))
                .body("candidates.unitCode", org.hamcrest.Matchers.contains("21025"));
        given().auth().oauth2(TestTokens.officer("21025"))
                .when().get("/api/v1/units/21025/queue?size=200")
                .then().statusCode(200)
                .body("items.dossierId", hasItem(dossierId));
    }

    @Test
    void duplicateDeliveryChangesNothing() {
        String dossierId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        sendSubmitted(eventId, dossierId, "21028");
        sendSubmitted(eventId, dossierId, "21028");
        // the applicant withdraws: the same key, so the same partition, behind both copies
        TestEvents.send("org.motcua.intake.dossier-withdrawn.v1", dossierId, Map.of());

        await().atMost(Duration.ofSeconds(30)).until(() -> "WITHDRAWN".equals(status(dossierId)));
        // both copies were read before it: the inbox applied one (a second application would find the assignment there
        // and keep it: placing is idempotent by itself, so the inbox row is what shows the copy was refused)
        assertThat(inboxRows(eventId)).isEqualTo(1);
        assertThat(assignments(dossierId)).isEqualTo(1);
        assertThat(DB.count("SELECT count(*) FROM outbox_event WHERE subject = ? AND event_type ="
                + " 'org.motcua.routing.dossier-assigned.v1'", dossierId)).isEqualTo(1);
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheNextMessageIsStillProcessed() {
        String poisonKey = UUID.randomUUID().toString();
        String nextDossier = UUID.randomUUID().toString();
        try (KafkaTestConsumer dlq = new KafkaTestConsumer(kafka, "intake.dossier.events.routing.dlq")) {
            // Same key as the next message, so both land on one partition, poison first.
            KafkaTestConsumer.sendCloudEvent(kafka, INTAKE_TOPIC, UUID.randomUUID().toString(), "/motcua/intake",
                    SUBMITTED, nextDossier, "{\"dossierId\": \"not-a-uuid\", \"broken\": ");
            KafkaTestConsumer.send(kafka, INTAKE_TOPIC, poisonKey, "no envelope at all", Map.of());
            sendSubmitted(UUID.randomUUID().toString(), nextDossier, "21034");

            await().atMost(Duration.ofSeconds(30)).until(() -> assignments(nextDossier) == 1);
            List<ConsumerRecord<String, String>> dead = await().atMost(Duration.ofSeconds(30))
                    .until(dlq::poll, r -> r.stream().filter(x -> nextDossier.equals(x.key()) || poisonKey.equals(x.key()))
                            .count() == 2);
            assertThat(dead).anySatisfy(r -> assertThat(r.value()).isEqualTo("no envelope at all"));
        }
    }

    @Test
    void aSubmittedEventMissingRequiredDataIsDeadLettered() {
        String dossierId = UUID.randomUUID().toString();
        try (KafkaTestConsumer dlq = new KafkaTestConsumer(kafka, "intake.dossier.events.routing.dlq")) {
            KafkaTestConsumer.sendCloudEvent(kafka, INTAKE_TOPIC, UUID.randomUUID().toString(), "/motcua/intake",
                    SUBMITTED, dossierId, "{\"dossierId\": \"" + dossierId + "\"}");
            await().atMost(Duration.ofSeconds(30)).until(() -> !dlq.pollForKey(dossierId).isEmpty());
        }
        assertThat(assignments(dossierId)).isZero();
    }

    @Test
    void aClerkOfAnotherUnitSeesNeitherTheAssignmentNorTheQueue() {
        String dossierId = UUID.randomUUID().toString();
        sendSubmitted(UUID.randomUUID().toString(), dossierId, "21025");
        await().atMost(Duration.ofSeconds(30)).until(() -> assignments(dossierId) == 1);
        given().auth().oauth2(TestTokens.clerk("21028"))
                .when().get("/api/v1/dossiers/" + dossierId + "/assignment")
                .then().statusCode(404).contentType("application/problem+json");     // nor learns that it exists
        given().auth().oauth2(TestTokens.clerk("21028"))
                .when().get("/api/v1/units/21025/queue")
                .then().statusCode(403);
        given().when().get("/api/v1/units/21025/queue").then().statusCode(401);
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/dossiers/" + UUID.randomUUID() + "/assignment")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aWithdrawnDossierLeavesItsUnitsQueue() {
        String dossierId = UUID.randomUUID().toString();
        sendSubmitted(UUID.randomUUID().toString(), dossierId, "21040");
        String withdrawn = "org.motcua.intake.dossier-withdrawn.v1";
        TestEvents.send(withdrawn, dossierId, Map.of());
        await().atMost(Duration.ofSeconds(30)).until(() -> DB.count(
                "SELECT count(*) FROM assignment WHERE dossier_id = CAST(? AS uuid) AND status = 'WITHDRAWN'",
                dossierId) == 1);
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/units/21040/queue?size=200")
                .then().statusCode(200)
                .body("items.dossierId", org.hamcrest.Matchers.not(hasItem(dossierId)));
    }

    private void sendSubmitted(String eventId, String dossierId, String unit) {
        // civil status: processed at the applicant's commune of residence, here the receiving unit
        TestEvents.send(eventId, SUBMITTED, dossierId, Map.of("receivingUnitCode", unit, "residenceUnitCode", unit,
                "dossierCode", unit + "-261129-" + String.format("%04d", Math.abs(dossierId.hashCode() % 10000))),
                java.time.Instant.now());
    }

    private long assignments(String dossierId) {
        return DB.count("SELECT count(*) FROM assignment WHERE dossier_id = CAST(? AS uuid)", dossierId);
    }

    private String status(String dossierId) {
        return given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/dossiers/" + dossierId + "/assignment")
                .then().extract().jsonPath().getString("status"); // before the assignment: a problem's 404
    }

    private long inboxRows(String eventId) {
        return DB.count("SELECT count(*) FROM inbox_message WHERE event_id = ?", eventId);
    }
}
