package org.motcua.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.motcua.testsupport.gateway.MailServer;
import org.motcua.testsupport.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * One dossier's journey through the four packaged services, started as separate processes against one
 * real Kafka and one real PostgreSQL: intake → routing → records and notification.
 */
@ExtendWith(TestPlatform.class)
class DossierJourneyIT {

    private static Platform platform;
    private static MailServer mail;

    @BeforeAll
    static void platform() {
        platform = TestPlatform.running().platform();
        mail = TestPlatform.running().mail();
    }

    @Test
    void aDossierSubmittedAtADeskIsAssignedArchivedNotifiedAndDecided() {
        String clerk = TestTokens.clerk("21025");
        List<String> papers = given().auth().oauth2(clerk).when().get(url("intake", "/api/v1/procedures/1.001193"))
                .then().statusCode(200).extract().jsonPath()
                .getList("requiredDocuments.findAll { it.applicantProvides }.name", String.class);
        Response submitted = given().auth().oauth2(clerk).contentType(ContentType.JSON)
                .body(Map.of("procedureCode", "1.001193", "receivingUnitCode", "21025",
                        "applicant", Map.of("fullName", "Trần Văn Bình", "citizenId", "051090004321",
                                "email", "binh.tran@example.vn"),
                        "documents", papers.stream().map(name -> Map.of("name", name)).toList()))
                .when().post(url("intake", "/api/v1/dossiers"))
                .then().statusCode(201)
                .body("code", matchesPattern("21025-\\d{6}-\\d{4}"))
                .body("documents.find { it.registry == 'POPULATION' }.status", equalTo("FETCHED"))
                .extract().response();
        String id = submitted.path("id");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(clerk)
                .when().get(url("routing", "/api/v1/dossiers/" + id + "/assignment"))
                // civil status is processed at the commune of residence the population registry gives (Nghĩa Lộ),
                // wherever the dossier was received
                .then().statusCode(200).body("processingUnitCode", equalTo("21028"))
                .body("reason", equalTo("ONLY_COMPETENT_UNIT")));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(clerk)
                .when().get(url("records", "/api/v1/dossiers/" + id + "/timeline"))
                .then().statusCode(200)
                .body("eventType", contains("org.motcua.intake.dossier-submitted.v1",
                        "org.motcua.routing.dossier-assigned.v1")));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(clerk)
                .when().get(url("notification", "/api/v1/notifications?dossierId=" + id))
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.channel", everyItem(equalTo("EMAIL")))
                .body("items.status", everyItem(equalTo("SENT"))));
        assertThat(mail.received()).anySatisfy(m -> assertThat(m.subject()).startsWith("Tiếp nhận hồ sơ 21025-"));

        // an officer of the processing unit asks for a paper, the applicant brings it, the dossier is decided
        String officer = TestTokens.officer("21028");
        given().auth().oauth2(officer).when().post(url("routing", "/api/v1/dossiers/" + id + "/accept"))
                .then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("reasons", List.of("Giấy chứng sinh thiếu chữ ký của người làm chứng")))
                .when().post(url("routing", "/api/v1/dossiers/" + id + "/supplementation-request"))
                .then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(clerk)
                .when().get(url("intake", "/api/v1/dossiers/" + id))
                .then().body("status", equalTo("SUPPLEMENTATION_REQUESTED")));
        given().auth().oauth2(clerk).contentType(ContentType.JSON)
                .body(Map.of("documents", List.of(Map.of("name", "Giấy chứng sinh (bản có chữ ký người làm chứng)"))))
                .when().post(url("intake", "/api/v1/dossiers/" + id + "/supplements"))
                .then().statusCode(200).body("status", equalTo("RECEIVED"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(officer)
                .when().get(url("routing", "/api/v1/dossiers/" + id + "/assignment"))
                .then().body("status", equalTo("IN_PROGRESS")));
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("outcome", "APPROVED", "resultReference", "Giấy khai sinh số 12/2026"))
                .when().post(url("routing", "/api/v1/dossiers/" + id + "/decision"))
                .then().statusCode(200);
        // once intake has heard of the decision, the applicant can no longer withdraw
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(clerk)
                .when().get(url("intake", "/api/v1/dossiers/" + id))
                .then().body("status", equalTo("RESOLVED")));
        given().auth().oauth2(clerk).contentType(ContentType.JSON).body(Map.of("reason", "Không còn nhu cầu"))
                .when().post(url("intake", "/api/v1/dossiers/" + id + "/withdrawal"))
                .then().statusCode(409);
        given().auth().oauth2(clerk).when().post(url("routing", "/api/v1/dossiers/" + id + "/result-return"))
                .then().statusCode(200);
        given().auth().oauth2(clerk).when().get(url("routing", "/api/v1/dossiers/" + id + "/control-sheet"))
                .then().statusCode(200)
                .body("rows.step", contains("RECEIVED", "ASSIGNED", "ACCEPTED", "SUPPLEMENTATION_REQUESTED",
                        "SUPPLEMENTED", "DECIDED", "RESULT_RETURNED"));
        String code = submitted.path("code");
        // the public lookup allows 30 requests a minute per caller: ask every 3 s, as a patient citizen would
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(3)).untilAsserted(() -> given()
                .when().get(url("intake", "/api/v1/public/dossiers/" + code))
                .then().statusCode(200).body("statusText", equalTo("Đã trả kết quả")));
    }

    @Test
    void badInputIsRefusedAtTheFrontDoorAndTravelsNowhere() {
        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON)
                .body(Map.of("procedureCode", "0.000000", "receivingUnitCode", "21025",
                        "applicant", Map.of("fullName", "Lê Thị C"), "documents", List.of()))
                .when().post(url("intake", "/api/v1/dossiers"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("procedureCode"));
    }

    private static String url(String service, String path) {
        return platform.service(service).baseUrl() + path;
    }
}
