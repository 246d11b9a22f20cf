package org.motcua.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.motcua.eventcontracts.EventContracts;
import org.motcua.testsupport.KafkaTestConsumer;
import org.motcua.testsupport.PdfText;
import org.motcua.testsupport.TestEvents;
import org.motcua.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Intake follows routing: a supplementation request stops the clock, a decision closes withdrawal. */
@QuarkusTest
class ProcessingFollowUpTest {

    private static final String APOLOGY_ISSUED = "org.motcua.intake.apology-issued.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void theClockStopsOnASupplementationRequestAndADecidedDossierCannotBeWithdrawn() {
        Map<String, Object> body = Requests.dossier("1.004873", "21025");       // 3 working days
        body.put("channel", "POSTAL");
        body.put("receivedAt", "2026-02-13T03:00:00Z");                          // Friday before Tết
        Map<String, Object> created = given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/dossiers").then().statusCode(201)
                .body("dueAt", equalTo("2026-02-25T10:00:00Z")).extract().as(Map.class);
        String id = (String) created.get("id");
        String code = (String) created.get("code");

        TestEvents.send("org.motcua.routing.supplement-requested.v1", id, Map.of("requestedAt", "2026-02-23T03:00:00Z"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "SUPPLEMENTATION_REQUESTED".equals(status(id)));
        given().when().get("/api/v1/public/dossiers/" + code)
                .then().statusCode(200).body("statusText", equalTo("Cần bổ sung hồ sơ: vui lòng liên hệ nơi nộp"));

        // the applicant hands the papers in: the clock restarts with the working time left at the stop (1,320 min)
        String due = given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON)
                .body(Map.of("documents", List.of(Map.of("name", "Tờ khai bổ sung", "pageCount", 1))))
                .when().post("/api/v1/dossiers/" + id + "/supplements")
                .then().statusCode(200).body("status", equalTo("RECEIVED"))
                .extract().path("dueAt");
        assertThat(Instant.parse(due)).isAfter(Instant.parse("2026-02-25T10:00:00Z"));

        TestEvents.send("org.motcua.routing.dossier-decided.v1", id, Map.of("outcome", "APPROVED"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "RESOLVED".equals(status(id)));
        given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Không còn nhu cầu"))
                .when().post("/api/v1/dossiers/" + id + "/withdrawal")
                .then().statusCode(409).body("type", equalTo("urn:motcua:problem:dossier-decided"));

        TestEvents.send("org.motcua.routing.result-returned.v1", id, Map.of());
        await().atMost(Duration.ofSeconds(30)).until(() -> "RESULT_RETURNED".equals(status(id)));
        given().when().get("/api/v1/public/dossiers/" + code)
                .then().statusCode(200).body("statusText", equalTo("Đã trả kết quả"));
    }

    @Test
    void anApologyMovesTheAppointmentOnceAndItsLetterIsAnnounced() {
        Map<String, Object> body = Requests.dossier("1.004873", "21025");
        body.put("channel", "POSTAL");
        body.put("receivedAt", "2026-02-13T03:00:00Z");
        String id = given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/dossiers").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.clerk("21025")).when().get("/api/v1/dossiers/" + id + "/apology-letter")
                .then().statusCode(409).contentType("application/problem+json");      // no apology yet
        try (KafkaTestConsumer events = new KafkaTestConsumer(kafka, "intake.dossier.events")) {
            TestEvents.send("org.motcua.routing.deadline-extended.v1", id, Map.of("newDueAt", "2026-02-27T10:00:00Z",
                    "processingUnitCode", "21034", "reason", "Số lượng hồ sơ tăng đột biến",
                    "extendedAt", "2026-02-24T02:00:00Z"));
            await().atMost(Duration.ofSeconds(30)).until(() -> "2026-02-27T10:00:00Z".equals(dueAt(id)));
            given().auth().oauth2(TestTokens.clerk("21025")).when().get("/api/v1/dossiers/" + id)
                    .then().body("apology.unitCode", equalTo("21034"))
                    .body("apology.previousDueAt", equalTo("2026-02-25T10:00:00Z"));
            // the letter (Mẫu 04) comes from the unit that is late, to the applicant, with both dates
            byte[] letter = given().auth().oauth2(TestTokens.officer("21034")).accept("application/pdf")
                    .when().get("/api/v1/dossiers/" + id + "/apology-letter")
                    .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
            assertThat(PdfText.of(letter).replace('\n', ' '))
                    .contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ")
                    .contains("về thủ tục cấp Giấy xác nhận tình trạng hôn nhân (mã hồ sơ")
                    .contains("Kính gửi: Ông/Bà Nguyễn Thị Hồng Nhung")
                    .contains("Thời hạn trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, ngày 25/02/2026")
                    .contains("Lý do: Số lượng hồ sơ tăng đột biến")
                    .contains("vào 17 giờ 00 phút, ngày 27/02/2026")
                    .contains("UBND XÃ AN PHÚ")
                    .contains("Ngày 24/02/2026");
            given().auth().oauth2(TestTokens.officer("21085")).when().get("/api/v1/dossiers/" + id + "/apology-letter")
                    .then().statusCode(404); // another unit's dossier: as if it did not exist
            // the letter's content is announced, for the applicant's mail: the same letter
            ConsumerRecord<String, String> issued = await().atMost(Duration.ofSeconds(30))
                    .until(() -> events.pollFor(APOLOGY_ISSUED, id), r -> !r.isEmpty()).get(0);
            EventContracts.assertValid(APOLOGY_ISSUED, issued.value());
            JsonPath announced = JsonPath.from(issued.value());
            assertThat(announced.getString("unitCode")).isEqualTo("21034");
            assertThat(announced.getMap("letter")).containsEntry("issuer", "UBND Xã An Phú")
                    .containsEntry("previousDueAt", "2026-02-25T10:00:00Z")
                    .containsEntry("newDueAt", "2026-02-27T10:00:00Z")
                    .containsEntry("reason", "Số lượng hồ sơ tăng đột biến")
                    .containsEntry("applicantName", "Nguyễn Thị Hồng Nhung");
            TestEvents.send("org.motcua.routing.deadline-extended.v1", id, Map.of("newDueAt", "2026-03-06T10:00:00Z"));
            // a second extension is never applied (one at most): the next event shows the first was kept
            TestEvents.send("org.motcua.routing.dossier-decided.v1", id, Map.of("outcome", "APPROVED"));
            await().atMost(Duration.ofSeconds(30)).until(() -> "RESOLVED".equals(status(id)));
            assertThat(dueAt(id)).isEqualTo("2026-02-27T10:00:00Z");
            // and only one letter was announced
            assertThat(events.pollFor(APOLOGY_ISSUED, id)).hasSize(1);
        }
    }

    @Test
    void theUnitProcessingTheDossierSeesItAndNoOtherUnitLearnsItExists() {
        String id = given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON)
                .body(Requests.dossier("1.004873", "21025")).when().post("/api/v1/dossiers")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.officer("21034")).when().get("/api/v1/dossiers/" + id)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Hồ sơ " + id + " không tồn tại"));

        TestEvents.send("org.motcua.routing.dossier-assigned.v1", id, Map.of("receivingUnitCode", "21025",
                "processingUnitCode", "21034"));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(TestTokens.officer("21034"))
                .when().get("/api/v1/dossiers/" + id).statusCode() == 200);
        given().auth().oauth2(TestTokens.officer("21034")).when().get("/api/v1/dossiers/" + id)
                .then().body("processingUnitCode", equalTo("21034")).body("actions", org.hamcrest.Matchers.empty());
        given().auth().oauth2(TestTokens.officer("21034")).accept("application/pdf")
                .when().get("/api/v1/dossiers/" + id + "/receipt").then().statusCode(200);

        TestEvents.send("org.motcua.routing.dossier-transferred.v1", id, Map.of("receivingUnitCode", "21025",
                "fromUnitCode", "21034", "toUnitCode", "21040"));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(TestTokens.officer("21040"))
                .when().get("/api/v1/dossiers/" + id).statusCode() == 200);
        given().auth().oauth2(TestTokens.officer("21034")).when().get("/api/v1/dossiers/" + id)
                .then().statusCode(404);
        // the processing unit's desk sees the dossier, but papers and withdrawals are the receiving desk's
        given().auth().oauth2(TestTokens.clerk("21040")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Không còn nhu cầu"))
                .when().post("/api/v1/dossiers/" + id + "/withdrawal")
                .then().statusCode(403).contentType("application/problem+json");
        assertThat(status(id)).isEqualTo("RECEIVED");
    }

    @Test
    void aWithdrawalThatCrossedTheDecisionGivesWayToIt() {
        String id = given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON)
                .body(Requests.dossier("1.004873", "21025")).when().post("/api/v1/dossiers")
                .then().statusCode(201).extract().path("id");
        // the applicant asks to stop while routing's decision is still on its way to intake
        given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Không còn nhu cầu"))
                .when().post("/api/v1/dossiers/" + id + "/withdrawal")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        TestEvents.send("org.motcua.routing.dossier-decided.v1", id, Map.of("outcome", "APPROVED"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "RESOLVED".equals(status(id)));
        given().auth().oauth2(TestTokens.clerk("21025")).when().get("/api/v1/dossiers/" + id)
                .then().statusCode(200)
                .body("history[-1].from", equalTo("WITHDRAWN"))
                .body("history[-1].to", equalTo("RESOLVED"))
                .body("history[-1].note", startsWith("Đề nghị dừng giải quyết đến sau khi đã có quyết định"));
        TestEvents.send("org.motcua.routing.result-returned.v1", id, Map.of());
        await().atMost(Duration.ofSeconds(30)).until(() -> "RESULT_RETURNED".equals(status(id)));
    }

    private static String dueAt(String id) {
        return given().auth().oauth2(TestTokens.clerk("21025")).when().get("/api/v1/dossiers/" + id)
                .then().statusCode(200).extract().path("dueAt");
    }

    private static String status(String id) {
        return given().auth().oauth2(TestTokens.clerk("21025")).when().get("/api/v1/dossiers/" + id)
                .then().statusCode(200).extract().path("status");
    }
}
