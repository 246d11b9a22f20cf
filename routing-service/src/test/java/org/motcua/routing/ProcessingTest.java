package org.motcua.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
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

/** An officer walks a dossier through supplementation and decision; the control sheet shows every step. */
@QuarkusTest
class ProcessingTest {

    private static final String UNIT = "21034";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void anOfficerTakesADossierThroughSupplementationDecisionAndReturn() {
        String field = IntakeEvents.freshField("Hộ tịch");
        String id = residenceDossier(field);
        String officer = TestTokens.officer(UNIT);
        try (KafkaTestConsumer routed = new KafkaTestConsumer(kafka, "routing.dossier.events")) {
            // what each may do next is in the answer: the desk of another unit nothing, the unit's officer all its steps
            given().auth().oauth2(officer).when().get("/api/v1/dossiers/" + id + "/assignment")
                    .then().statusCode(200).body("actions", contains("ACCEPT", "TRANSFER", "EXTEND"));
            given().auth().oauth2(TestTokens.clerk(UNIT)).when().get("/api/v1/dossiers/" + id + "/assignment")
                    .then().statusCode(200).body("actions", empty());
            post(officer, id, "accept", null).statusCode(200)
                    .body("status", equalTo("IN_PROGRESS"))
                    .body("actions", contains("TRANSFER", "REQUEST_SUPPLEMENTATION", "DECIDE", "EXTEND"));
            post(officer, id, "supplementation-request",
                    Map.of("reasons", List.of("Giấy chứng sinh chưa có chữ ký người làm chứng"))).statusCode(200)
                    .body("status", equalTo("SUPPLEMENTATION_REQUESTED"));
            // only once
            post(officer, id, "supplementation-request", Map.of("reasons", List.of("Thiếu tờ khai"))).statusCode(409)
                    .contentType("application/problem+json");
            // nothing is decided while the applicant completes the dossier
            post(officer, id, "decision", Map.of("outcome", "APPROVED", "resultReference", "GKS 1/2026"))
                    .statusCode(409);

            // intake received the papers: the dossier is back with its officer, with the new date
            String supplemented = "org.motcua.intake.dossier-supplemented.v1";
            TestEvents.send(supplemented, id, Map.of("dueAt", "2026-11-30T10:00:00Z"));
            await().atMost(Duration.ofSeconds(30)).until(() -> "IN_PROGRESS".equals(Assignments.of(id).get("status")));
            assertThat(Assignments.of(id).get("dueAt")).isEqualTo("2026-11-30T10:00:00Z");

            post(officer, id, "decision", Map.of("outcome", "APPROVED", "resultReference", "Giấy khai sinh số 125/2026"))
                    .statusCode(200)
                    .body("status", equalTo("DECIDED"))
                    .body("outcome", equalTo("APPROVED"))
                    .body("actions", contains("RETURN_RESULT"));
            post(TestTokens.clerk(UNIT), id, "result-return", null).statusCode(200)
                    .body("status", equalTo("RESULT_RETURNED"));

            List<ConsumerRecord<String, String>> events = await().atMost(Duration.ofSeconds(30))
                    .until(() -> routed.pollForKey(id), r -> r.size() >= 4);
            assertThat(events).extracting(r -> KafkaTestConsumer.header(r, "ce_type")).containsExactly(
                    "org.motcua.routing.dossier-assigned.v1", "org.motcua.routing.supplement-requested.v1",
                    "org.motcua.routing.dossier-decided.v1", "org.motcua.routing.result-returned.v1");
            events.forEach(r -> EventContracts.assertValid(KafkaTestConsumer.header(r, "ce_type"), r.value()));
        }

        given().auth().oauth2(TestTokens.clerk(UNIT))
                .when().get("/api/v1/dossiers/" + id + "/control-sheet")
                .then().statusCode(200)
                .body("rows.step", contains("RECEIVED", "ASSIGNED", "ACCEPTED", "SUPPLEMENTATION_REQUESTED",
                        "SUPPLEMENTED", "DECIDED", "RESULT_RETURNED"))
                .body("rows[2].actor", equalTo("officer." + UNIT + "@motcua.local"))
                .body("rows[3].note", equalTo("Giấy chứng sinh chưa có chữ ký người làm chứng"))
                .body("rows[5].stepText", equalTo("Quyết định giải quyết / từ chối"))
                .body("resultReference", equalTo("Giấy khai sinh số 125/2026"))
                .body("processingUnitName", equalTo("Xã An Phú"))
                .body("procedureName", equalTo("Thủ tục đăng ký khai sinh"))
                .body("rows[1].unitName", equalTo("Xã An Phú"));
        // the same sheet as the paper that travels with the dossier (Mẫu 06)
        byte[] pdf = given().auth().oauth2(TestTokens.clerk(UNIT)).accept("application/pdf")
                .when().get("/api/v1/dossiers/" + id + "/control-sheet")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        String code = Assignments.of(id).get("dossierCode").toString();
        assertThat(PdfText.of(pdf))
                .contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ")
                .contains("Mã hồ sơ: " + code)
                .contains("Cơ quan (bộ phận) giải quyết hồ sơ: Xã An Phú")
                .contains("Thủ tục hành chính: Thủ tục đăng ký khai sinh (")
                .contains("3. Cán bộ nhận xử lý").contains("6. Quyết định giải quyết / từ chối").contains("7. Trả kết quả")
                .contains("Trước hạn")                                     // decided before the day of the appointment
                .contains("Kết quả giải quyết: Giấy khai sinh số 125/2026");
        // a decided dossier no longer weighs on its unit
        given().auth().oauth2(TestTokens.officer(UNIT))
                .when().get("/api/v1/units/" + UNIT + "/staffing")
                .then().body("load.find { it.field == '" + field + "' }.queuedDossiers", equalTo(0));
    }

    @Test
    void theUnitApologisesOnceWithANewDateAtTheEndOfAWorkingDay() {
        String id = residenceDossier(IntakeEvents.freshField("Hộ tịch"));
        String officer = TestTokens.officer(UNIT);
        String due = Assignments.of(id).get("dueAt").toString();
        try (KafkaTestConsumer routed = new KafkaTestConsumer(kafka, "routing.dossier.events")) {
            // Saturday 05/12/2026: the appointment moves to Monday 07/12 at the end of the afternoon (17:00 in the province)
            post(officer, id, "extension", Map.of("newDueDate", "2026-12-05", "reason", "Cần xác minh thêm tại nơi cư trú cũ"))
                    .statusCode(200)
                    .body("dueAt", equalTo("2026-12-07T10:00:00Z"))
                    .body("previousDueAt", equalTo(due))
                    .body("actions", not(hasItem("EXTEND")));
            // once only
            post(officer, id, "extension", Map.of("newDueDate", "2026-12-20", "reason", "Lần nữa")).statusCode(409)
                    .contentType("application/problem+json");
            ConsumerRecord<String, String> extended = await().atMost(Duration.ofSeconds(30))
                    .until(() -> routed.pollForKey(id).stream().filter(r -> KafkaTestConsumer.header(r, "ce_type")
                            .equals("org.motcua.routing.deadline-extended.v1")).findFirst(), java.util.Optional::isPresent)
                    .orElseThrow();
            EventContracts.assertValid("org.motcua.routing.deadline-extended.v1", extended.value());
            assertThat(extended.value()).contains("Cần xác minh thêm tại nơi cư trú cũ");
        }
        String other = residenceDossier(IntakeEvents.freshField("Hộ tịch"));
        post(officer, other, "extension", Map.of("newDueDate", "2026-11-01", "reason", "Sớm hơn")).statusCode(422)
                .body("errors[0].field", equalTo("newDueDate"));
        post(TestTokens.officer("21025"), other, "extension", Map.of("newDueDate", "2026-12-20", "reason", "Không phải đơn vị"))
                .statusCode(404);
        post(officer, other, "extension", Map.of("reason", "Thiếu ngày")).statusCode(400);
    }

    @Test
    void stepsOutOfOrderOrByOtherUnitsAreRefused() {
        String field = IntakeEvents.freshField("Hộ tịch");
        String id = residenceDossier(field);
        post(TestTokens.officer(UNIT), id, "decision", Map.of("outcome", "APPROVED", "resultReference", "X"))
                .statusCode(409).body("type", equalTo("urn:motcua:problem:dossier-not-in-progress"));
        post(TestTokens.officer(UNIT), id, "result-return", null).statusCode(409);
        post(TestTokens.officer("21025"), id, "accept", null).statusCode(404); // another unit's: not even seen
        post(TestTokens.clerk(UNIT), id, "accept", null).statusCode(403);
        // a residence dossier belongs to its commune: no other unit is competent
        post(TestTokens.officer(UNIT), id, "transfer", Map.of("toUnitCode", "21025", "reason", "quá tải"))
                .statusCode(422).body("errors.field", hasItem("toUnitCode"));
        post(TestTokens.officer(UNIT), id, "accept", null).statusCode(200);
        post(TestTokens.officer(UNIT), id, "accept", null).statusCode(409);
        post(TestTokens.officer(UNIT), id, "decision", Map.of("outcome", "REFUSED")).statusCode(422)
                .body("errors.field", hasItem("reasons"));
        post(TestTokens.officer(UNIT), id, "decision", Map.of("outcome", "REFUSED",
                "reasons", List.of("Người yêu cầu không cư trú tại xã"))).statusCode(200)
                .body("outcome", equalTo("REFUSED"));
    }

    @Test
    void aPooledDossierIsTransferredToAnotherCommuneWithItsReason() {
        String field = IntakeEvents.freshField("Chứng thực");
        String id = IntakeEvents.submit(Map.of("receivingUnitCode", UNIT, "field", field,
                "competenceRule", "ANY_COMMUNE", "effortHours", 0.5));
        Assignments.awaitAssigned(id);
        String from = Assignments.of(id).get("processingUnitCode").toString();
        String to = "21040".equals(from) ? "21028" : "21040";
        post(TestTokens.officer(from), id, "transfer", Map.of("toUnitCode", to, "reason", "Cán bộ nghỉ phép"))
                .statusCode(200)
                .body("processingUnitCode", equalTo(to))
                .body("reason", equalTo("TRANSFERRED"))
                .body("transfers", equalTo(1));
        given().auth().oauth2(TestTokens.officer(to))
                .when().get("/api/v1/dossiers/" + id + "/control-sheet")
                .then().statusCode(200)
                .body("rows.step", contains("RECEIVED", "ASSIGNED", "TRANSFERRED"))
                .body("rows[1].unitCode", equalTo(from))
                .body("rows[2].fromUnit", equalTo(from))
                .body("rows[2].unitCode", equalTo(to));
        String sheet = PdfText.of(given().auth().oauth2(TestTokens.officer(to)).accept("application/pdf")
                .when().get("/api/v1/dossiers/" + id + "/control-sheet")
                .then().statusCode(200).extract().asByteArray());
        assertThat(sheet).contains("3. Chuyển đơn vị xử lý").contains("Cán bộ nghỉ phép");
        // another unit's officer gets neither the data nor the paper, nor learns that the dossier exists
        given().auth().oauth2(TestTokens.officer("21085")).accept("application/pdf")
                .when().get("/api/v1/dossiers/" + id + "/control-sheet")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theApiDocumentOffersTheControlSheetAsDataAndAsPaper() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/dossiers/{id}/control-sheet'.get.responses.'200'.content.keySet()",
                        org.hamcrest.Matchers.hasItems("application/json", "application/pdf"));
    }

    private String residenceDossier(String field) {
        String id = IntakeEvents.submit(Map.of("receivingUnitCode", UNIT, "field", field,
                "competenceRule", "RESIDENCE_COMMUNE", "residenceUnitCode", UNIT, "effortHours", 1.0));
        Assignments.awaitAssigned(id);
        return id;
    }

    private static io.restassured.response.ValidatableResponse post(String token, String id, String action,
            Map<String, Object> body) {
        var request = given().auth().oauth2(token);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.when().post("/api/v1/dossiers/" + id + "/" + action).then();
    }
}
