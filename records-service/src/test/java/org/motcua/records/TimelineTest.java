package org.motcua.records;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
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
class TimelineTest {

    private static final TestDatabase DB = TestDatabase.of("records");

    private static final String SUBMITTED = "org.motcua.intake.dossier-submitted.v1";
    private static final String ASSIGNED = "org.motcua.routing.dossier-assigned.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void theTimelineHoldsTheEventsOfIntakeAndRoutingInOrder() {
        String dossierId = UUID.randomUUID().toString();
        sendSubmitted(UUID.randomUUID().toString(), dossierId, "2026-11-29T02:15:00Z");
        sendAssigned(UUID.randomUUID().toString(), dossierId, "2026-11-29T02:15:02Z");

        await().atMost(Duration.ofSeconds(30)).until(() -> entries(dossierId) == 2);
        given().auth().oauth2(TestTokens.officer("21025"))
                .when().get("/api/v1/dossiers/" + dossierId + "/timeline")
                .then().statusCode(200)
                .body("eventType", contains(SUBMITTED, ASSIGNED))
                .body("[0].title", equalTo("Tiếp nhận hồ sơ 21025-261129-0001 – Thủ tục đăng ký khai sinh"))
                .body("[1].unitCode", equalTo("21025"));
        given().auth().oauth2(TestTokens.officer("21025"))
                .when().get("/api/v1/dossiers/" + dossierId)
                .then().statusCode(200)
                .body("applicantFullName", equalTo("Nguyễn Thị Hồng Nhung"))
                .body("processingUnitCode", equalTo("21025"))
                .body("status", equalTo("ASSIGNED"));
    }

    @Test
    void anAppointmentCountedAgainOnTheYearsCalendarIsOnTheTimeline() {
        String dossierId = UUID.randomUUID().toString();
        String changed = "org.motcua.intake.appointment-changed.v1";
        sendSubmitted(UUID.randomUUID().toString(), dossierId, "2026-12-07T02:15:00Z");
        TestEvents.send(changed, dossierId, Map.of(), Instant.parse("2026-12-20T02:00:00Z"));
        await().atMost(Duration.ofSeconds(30)).until(() -> entries(dossierId) == 2);
        given().auth().oauth2(TestTokens.clerk("21025"))
                .when().get("/api/v1/dossiers/" + dossierId + "/timeline")
                .then().statusCode(200)
                .body("eventType", contains(SUBMITTED, changed))
                .body("[1].title", equalTo("Ngày hẹn trả kết quả được tính lại: 17:00 19/01/2027 → 17:00 20/01/2027 – "
                        + "Tỉnh đã công bố lịch nghỉ lễ chính thức năm 2027 (TB 1234/TB-BNV)"));
    }

    @Test
    void eventsArrivingOutOfOrderStillBuildTheWholeRecord() {
        String dossierId = UUID.randomUUID().toString();
        sendAssigned(UUID.randomUUID().toString(), dossierId, "2026-11-29T02:15:02Z");
        await().atMost(Duration.ofSeconds(30)).until(() -> entries(dossierId) == 1);
        sendSubmitted(UUID.randomUUID().toString(), dossierId, "2026-11-29T02:15:00Z");
        await().atMost(Duration.ofSeconds(30)).until(() -> entries(dossierId) == 2);
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/dossiers/" + dossierId)
                .then().statusCode(200)
                .body("procedureCode", equalTo("1.001193"))
                .body("processingUnitCode", equalTo("21025"))
                .body("status", equalTo("ASSIGNED"));
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/dossiers/" + dossierId + "/timeline")
                .then().body("eventType", contains(SUBMITTED, ASSIGNED));
    }

    @Test
    void duplicateDeliveryOfEitherEventChangesNothing() {
        String dossierId = UUID.randomUUID().toString();
        String submittedId = UUID.randomUUID().toString();
        String assignedId = UUID.randomUUID().toString();
        try (KafkaTestConsumer intakeDlq = new KafkaTestConsumer(kafka, "intake.dossier.events.records.dlq");
                KafkaTestConsumer routingDlq = new KafkaTestConsumer(kafka, "routing.dossier.events.records.dlq")) {
            sendSubmitted(submittedId, dossierId, "2026-11-29T02:15:00Z");
            sendSubmitted(submittedId, dossierId, "2026-11-29T02:15:00Z");
            sendAssigned(assignedId, dossierId, "2026-11-29T02:15:02Z");
            sendAssigned(assignedId, dossierId, "2026-11-29T02:15:02Z");
            // behind the copies on both topics (the same key, so the same partitions): once these are in the
            // timeline, both copies of each were read
            TestEvents.send("org.motcua.intake.dossier-supplemented.v1", dossierId, Map.of(),
                    Instant.parse("2026-11-30T03:00:00Z"));
            TestEvents.send("org.motcua.routing.dossier-transferred.v1", dossierId, Map.of(),
                    Instant.parse("2026-11-30T04:00:00Z"));

            await().atMost(Duration.ofSeconds(30)).until(() -> entries(dossierId) == 4);
            assertThat(inbox(submittedId)).isEqualTo(1);
            assertThat(inbox(assignedId)).isEqualTo(1);
            // a copy applied again would have failed on its timeline entry (kept once per event) and been
            // dead-lettered
            assertThat(intakeDlq.pollForKey(dossierId)).isEmpty();
            assertThat(routingDlq.pollForKey(dossierId)).isEmpty();
        }
        // the inbox row keeps when it was received (the retention purge counts from it)
        assertThat(DB.count("SELECT count(*) FROM inbox_message WHERE event_id = ?"
                + " AND received_at BETWEEN now() - interval '5 minutes' AND now()", submittedId)).isEqualTo(1);
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/dossiers/" + dossierId + "/timeline")
                .then().body("$", hasSize(4));
    }

    @Test
    void aPoisonMessageIsDeadLetteredAndTheNextOneArchived() {
        String dossierId = UUID.randomUUID().toString();
        try (KafkaTestConsumer dlq = new KafkaTestConsumer(kafka, "routing.dossier.events.records.dlq")) {
            KafkaTestConsumer.sendCloudEvent(kafka, "routing.dossier.events", UUID.randomUUID().toString(),
                    "/motcua/routing", ASSIGNED, dossierId, "[1, 2, 3]");
            sendAssigned(UUID.randomUUID().toString(), dossierId, "2026-11-29T02:15:02Z");
            await().atMost(Duration.ofSeconds(30)).until(() -> entries(dossierId) == 1);
            await().atMost(Duration.ofSeconds(30)).until(() -> dlq.pollForKey(dossierId).size() == 1);
        }
    }

    @Test
    void onlyTheDossiersUnitsAndProvinceRolesMayReadIt() {
        String dossierId = UUID.randomUUID().toString();
        sendSubmitted(UUID.randomUUID().toString(), dossierId, "2026-11-29T02:15:00Z");
        await().atMost(Duration.ofSeconds(30)).until(() -> entries(dossierId) == 1);
        given().auth().oauth2(TestTokens.clerk("21028"))
                .when().get("/api/v1/dossiers/" + dossierId + "/timeline")
                .then().statusCode(404).contentType("application/problem+json");    // nor learn it exists
        given().when().get("/api/v1/dossiers/" + dossierId + "/timeline").then().statusCode(401);
        given().auth().oauth2(TestTokens.of("auditor", null))
                .when().get("/api/v1/dossiers/" + dossierId + "/timeline").then().statusCode(200);
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/dossiers/" + UUID.randomUUID() + "/timeline")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void supplementationAndWithdrawalAreStepsOfTheTimeline() {
        String dossierId = UUID.randomUUID().toString();
        String supplemented = "org.motcua.intake.dossier-supplemented.v1";
        String withdrawn = "org.motcua.intake.dossier-withdrawn.v1";
        sendSubmitted(UUID.randomUUID().toString(), dossierId, "2026-11-29T02:15:00Z");
        TestEvents.send(supplemented, dossierId, Map.of(), Instant.parse("2026-11-30T03:00:00Z"));
        TestEvents.send(withdrawn, dossierId, Map.of(), Instant.parse("2026-11-30T04:00:00Z"));
        await().atMost(Duration.ofSeconds(30)).until(() -> entries(dossierId) == 3);
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/dossiers/" + dossierId + "/timeline")
                .then().body("eventType", contains(SUBMITTED, supplemented, withdrawn))
                .body("[2].title", equalTo("Dừng giải quyết theo đề nghị của người nộp: Người nộp không còn nhu cầu"));
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/dossiers/" + dossierId).then().body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void aWithdrawalThatCrossedTheDecisionIsKeptInTheTimelineButTheDecisionStands() {
        String dossierId = UUID.randomUUID().toString();
        String decided = "org.motcua.routing.dossier-decided.v1";
        String withdrawn = "org.motcua.intake.dossier-withdrawn.v1";
        sendSubmitted(UUID.randomUUID().toString(), dossierId, "2026-11-29T02:15:00Z");
        TestEvents.send(decided, dossierId, Map.of(), Instant.parse("2026-11-30T03:00:00Z"));
        TestEvents.send(withdrawn, dossierId, Map.of(), Instant.parse("2026-11-30T03:00:05Z"));
        await().atMost(Duration.ofSeconds(30)).until(() -> entries(dossierId) == 3);
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/dossiers/" + dossierId).then().body("status", equalTo("RESOLVED"));
    }

    @Test
    void routingsProcessingStepsAreStepsOfTheTimeline() {
        String dossierId = UUID.randomUUID().toString();
        String transferred = "org.motcua.routing.dossier-transferred.v1";
        String requested = "org.motcua.routing.supplement-requested.v1";
        String decided = "org.motcua.routing.dossier-decided.v1";
        String returned = "org.motcua.routing.result-returned.v1";
        sendSubmitted(UUID.randomUUID().toString(), dossierId, "2026-11-29T02:15:00Z");
        int hour = 3;
        for (String type : java.util.List.of(transferred, requested, decided, returned)) {
            TestEvents.send(type, dossierId, Map.of(), Instant.parse("2026-11-29T0" + hour++ + ":00:00Z"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> entries(dossierId) == 5);
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/dossiers/" + dossierId + "/timeline")
                .then().body("eventType", contains(SUBMITTED, transferred, requested, decided, returned))
                .body("[1].title", equalTo("Chuyển đơn vị xử lý: Phường Cẩm Thành → Xã An Phú – Đơn vị đang quá tải, chuyển xã An Phú còn năng lực"))
                .body("[3].title", equalTo("Đã giải quyết: Giấy khai sinh số 125/2026"));
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/dossiers/" + dossierId).then().body("status", equalTo("RESULT_RETURNED"));
    }

    private void sendSubmitted(String eventId, String dossierId, String at) {
        TestEvents.send(eventId, SUBMITTED, dossierId, Map.of("submittedAt", at), Instant.parse(at));
    }

    private void sendAssigned(String eventId, String dossierId, String at) {
        TestEvents.send(eventId, ASSIGNED, dossierId, Map.of("assignedAt", at, "processingUnitCode", "21025"),
                Instant.parse(at));
    }

    private long entries(String dossierId) {
        return DB.count("SELECT count(*) FROM timeline_entry WHERE dossier_id = CAST(? AS uuid)", dossierId);
    }

    private long inbox(String eventId) {
        return DB.count("SELECT count(*) FROM inbox_message WHERE event_id = ?", eventId);
    }
}
