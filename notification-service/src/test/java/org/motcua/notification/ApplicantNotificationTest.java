package org.motcua.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.motcua.testsupport.KafkaTestConsumer;
import org.motcua.testsupport.TestDatabase;
import org.motcua.testsupport.TestEvents;
import org.motcua.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ApplicantNotificationTest {

    private static final TestDatabase DB = TestDatabase.of("notification");

    private static final String SUBMITTED = "org.motcua.intake.dossier-submitted.v1";
    private static final String ASSIGNED = "org.motcua.routing.dossier-assigned.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void theApplicantGetsOneNotificationPerEventAndChannel() {
        String dossierId = UUID.randomUUID().toString();
        sendSubmitted(UUID.randomUUID().toString(), dossierId);
        sendAssigned(UUID.randomUUID().toString(), dossierId);

        await().atMost(Duration.ofSeconds(30)).until(() -> sent(dossierId) == 4);
        given().auth().oauth2(TestTokens.clerk("21025"))
                .when().get("/api/v1/notifications?dossierId=" + dossierId)
                .then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.findAll { it.channel == 'SMS' }.eventType", contains(SUBMITTED, ASSIGNED))
                .body("items.findAll { it.channel == 'EMAIL' }.eventType", contains(SUBMITTED, ASSIGNED))
                .body("items.recipient", everyItem(equalTo("APPLICANT")))
                .body("items.address", hasItem("n***@example.vn"))
                .body("items.address", hasItem("*******678"))
                .body("items.find { it.channel == 'SMS' && it.kind == 'RECEIVED' }.message",
                        containsString("đã được tiếp nhận lúc 09:15 29/11/2026"))
                .body("items.find { it.channel == 'EMAIL' && it.kind == 'RECEIVED' }.subject",
                        equalTo("Tiếp nhận hồ sơ 21025-261129-0001"))
                .body("items.find { it.channel == 'SMS' && it.kind == 'ASSIGNED' }.message",
                        containsString("đơn vị xử lý Phường Cẩm Thành"));
    }

    @Test
    void aNotificationWaitsUntilTheApplicantIsKnown() {
        String dossierId = UUID.randomUUID().toString();
        sendAssigned(UUID.randomUUID().toString(), dossierId);
        await().atMost(Duration.ofSeconds(30)).until(() -> held(dossierId) == 1);
        assertThat(all(dossierId)).isZero();

        sendSubmitted(UUID.randomUUID().toString(), dossierId);
        await().atMost(Duration.ofSeconds(30)).until(() -> sent(dossierId) == 4);
        assertThat(held(dossierId)).isZero();
    }

    @Test
    void duplicateDeliveryCreatesNoSecondNotification() {
        String dossierId = UUID.randomUUID().toString();
        String submittedId = UUID.randomUUID().toString();
        String assignedId = UUID.randomUUID().toString();
        try (KafkaTestConsumer intakeDlq = new KafkaTestConsumer(kafka, "intake.dossier.events.notification.dlq");
                KafkaTestConsumer routingDlq = new KafkaTestConsumer(kafka, "routing.dossier.events.notification.dlq")) {
            sendSubmitted(submittedId, dossierId);
            sendSubmitted(submittedId, dossierId);
            sendAssigned(assignedId, dossierId);
            sendAssigned(assignedId, dossierId);
            // behind the copies on both topics (the same key, so the same partitions): once these are told, both
            // copies of each were read
            TestEvents.send("org.motcua.intake.dossier-withdrawn.v1", dossierId, Map.of());
            TestEvents.send("org.motcua.routing.dossier-transferred.v1", dossierId, Map.of());

            await().atMost(Duration.ofSeconds(30)).until(() -> sent(dossierId) == 8);
            given().auth().oauth2(TestTokens.provinceAdmin())
                    .when().get("/api/v1/notifications?dossierId=" + dossierId)
                    .then().body("total", equalTo(8)).body("items.findAll { it.kind == 'RECEIVED' }.size()", equalTo(2))
                    .body("items.findAll { it.kind == 'ASSIGNED' }.size()", equalTo(2));
            // a copy applied again would have failed on the notifications written once and been dead-lettered
            assertThat(intakeDlq.pollForKey(dossierId)).isEmpty();
            assertThat(routingDlq.pollForKey(dossierId)).isEmpty();
        }
    }

    @Test
    void aPoisonMessageIsDeadLetteredAndTheNextOneNotified() {
        String dossierId = UUID.randomUUID().toString();
        try (KafkaTestConsumer dlq = new KafkaTestConsumer(kafka, "intake.dossier.events.notification.dlq")) {
            KafkaTestConsumer.sendCloudEvent(kafka, "intake.dossier.events", UUID.randomUUID().toString(),
                    "/motcua/intake", SUBMITTED, dossierId, "{\"dossierId\": \"" + dossierId + "\", \"applicant\": 7}");
            sendSubmitted(UUID.randomUUID().toString(), dossierId);
            await().atMost(Duration.ofSeconds(30)).until(() -> sent(dossierId) == 2);
            await().atMost(Duration.ofSeconds(30)).until(() -> dlq.pollForKey(dossierId).size() == 1);
        }
    }

    @Test
    void onlyTheDossiersUnitsMayReadItsNotifications() {
        String dossierId = UUID.randomUUID().toString();
        sendSubmitted(UUID.randomUUID().toString(), dossierId);
        await().atMost(Duration.ofSeconds(30)).until(() -> sent(dossierId) == 2);
        given().auth().oauth2(TestTokens.clerk("21028"))
                .when().get("/api/v1/notifications?dossierId=" + dossierId)
                .then().statusCode(404).contentType("application/problem+json");   // nor learn the dossier exists
        given().auth().oauth2(TestTokens.clerk("21025"))
                .when().get("/api/v1/notifications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("dossierId"));
        given().when().get("/api/v1/notifications?dossierId=" + dossierId).then().statusCode(401);
    }

    @Test
    void theApplicantIsToldOfTheWithdrawal() {
        String dossierId = UUID.randomUUID().toString();
        String withdrawn = "org.motcua.intake.dossier-withdrawn.v1";
        sendSubmitted(UUID.randomUUID().toString(), dossierId);
        TestEvents.send(withdrawn, dossierId, Map.of());
        await().atMost(Duration.ofSeconds(30)).until(() -> sent(dossierId) == 4);
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/notifications?dossierId=" + dossierId)
                .then().body("items.find { it.channel == 'SMS' && it.kind == 'WITHDRAWN' }.message",
                        containsString("dừng giải quyết theo đề nghị"));
    }

    @Test
    void theApplicantIsToldWhatToCompleteAndHowTheDossierWasDecided() {
        String dossierId = UUID.randomUUID().toString();
        String requested = "org.motcua.routing.supplement-requested.v1";
        String decided = "org.motcua.routing.dossier-decided.v1";
        sendSubmitted(UUID.randomUUID().toString(), dossierId);
        await().atMost(Duration.ofSeconds(30)).until(() -> sent(dossierId) == 2);
        TestEvents.send(requested, dossierId, Map.of());
        await().atMost(Duration.ofSeconds(30)).until(() -> sent(dossierId) == 4);
        TestEvents.send(decided, dossierId, Map.of("outcome", "REFUSED", "reasons",
                java.util.List.of("Người yêu cầu không cư trú tại xã")));
        await().atMost(Duration.ofSeconds(30)).until(() -> sent(dossierId) == 6);
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/notifications?dossierId=" + dossierId)
                .then().body("items.find { it.channel == 'SMS' && it.kind == 'SUPPLEMENT_REQUESTED' }.message",
                        containsString("cần bổ sung, hoàn thiện: Giấy chứng sinh chưa có chữ ký"))
                .body("items.find { it.channel == 'SMS' && it.kind == 'DECIDED_REFUSED' }.message",
                        containsString("không được giải quyết. Lý do: Người yêu cầu không cư trú tại xã"));
    }

    private void sendSubmitted(String eventId, String dossierId) {
        TestEvents.send(eventId, SUBMITTED, dossierId, Map.of(), java.time.Instant.now());
    }

    private void sendAssigned(String eventId, String dossierId) {
        TestEvents.send(eventId, ASSIGNED, dossierId, Map.of("processingUnitCode", "21025"), java.time.Instant.now());
    }

    private long sent(String dossierId) {
        return DB.count("SELECT count(*) FROM notification WHERE dossier_id = CAST(? AS uuid) AND status = 'SENT'",
                dossierId);
    }

    private long all(String dossierId) {
        return DB.count("SELECT count(*) FROM notification WHERE dossier_id = CAST(? AS uuid)", dossierId);
    }

    private long held(String dossierId) {
        return DB.count("SELECT count(*) FROM held_message WHERE dossier_id = CAST(? AS uuid)", dossierId);
    }
}
