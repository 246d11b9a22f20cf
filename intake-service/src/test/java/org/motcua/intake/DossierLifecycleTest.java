package org.motcua.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.motcua.eventcontracts.EventContracts;
import org.motcua.testsupport.KafkaTestConsumer;
import org.motcua.testsupport.PdfText;
import org.motcua.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** After submission: idempotent retries, the appointment across Tết, supplementation, withdrawal, public lookup. */
@QuarkusTest
class DossierLifecycleTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void theSameIdempotencyKeyAndBodyGiveTheSameDossierAndAnotherBodyIsAConflict() {
        String key = "portal-" + UUID.randomUUID();
        Map<String, Object> body = Requests.birthRegistrationAt("21025");
        String first = submitWithKey(key, body).then().statusCode(201).extract().path("id");
        String again = submitWithKey(key, body).then().statusCode(201).extract().path("id");
        assertThat(again).isEqualTo(first);

        body.put("externalReference", "another");
        submitWithKey(key, body).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:motcua:problem:idempotency-key-reused"));
    }

    @Test
    void aPostalDossierReceivedBeforeTetIsDueAfterIt() {
        Map<String, Object> body = Requests.dossier("1.004873", "21025");       // 3 working days
        body.put("channel", "POSTAL");
        body.put("receivedAt", "2026-02-13T03:00:00Z");                          // Friday 10:00 before Tết
        given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/dossiers")
                .then().statusCode(201)
                .body("channel", equalTo("POSTAL"))
                .body("legalTime.unit", equalTo("WORKING_DAYS"))
                .body("dueAt", equalTo("2026-02-25T10:00:00Z"));                 // Wednesday 17:00, after Tết
    }

    @Test
    void aDateInTheFutureOrAnImpossibleCitizenIdIsRefused() {
        Map<String, Object> body = Requests.birthRegistrationAt("21025");
        body.put("receivedAt", "2099-01-01T00:00:00Z");
        given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/dossiers")
                .then().statusCode(422).body("errors.field", hasItem("receivedAt"));

        Map<String, Object> badId = Requests.dossier("1.001193", "21025", "999190001234");
        given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON).body(badId)
                .when().post("/api/v1/dossiers")
                .then().statusCode(400).body("errors.field", hasItem("applicant.citizenId"));
    }

    @Test
    void theApplicantSuppliesThePendingPaperAndDossierSupplementedIsPublished() {
        Map<String, Object> body = Requests.dossier("1.001193", "21025", Requests.OUTAGE_CITIZEN);
        String id = given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/dossiers").then().statusCode(201).extract().path("id");
        String pending = given().auth().oauth2(TestTokens.clerk("21025")).when().get("/api/v1/dossiers/" + id)
                .then().extract().path("documents.find { it.status == 'PENDING' }.name");

        try (KafkaTestConsumer consumer = new KafkaTestConsumer(kafka, "intake.dossier.events")) {
            given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON)
                    .body(Map.of("documents", List.of(Map.of("name", pending, "pageCount", 1))))
                    .when().post("/api/v1/dossiers/" + id + "/supplements")
                    .then().statusCode(200)
                    .body("documents.find { it.name == '" + pending + "' }.status", equalTo("RECEIVED"))
                    .body("supplementationDueAt", nullValue());
            List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(30))
                    .until(() -> consumer.pollForKey(id).stream()
                            .filter(r -> "org.motcua.intake.dossier-supplemented.v1".equals(KafkaTestConsumer.header(r, "ce_type")))
                            .toList(), r -> !r.isEmpty());
            EventContracts.assertValid("org.motcua.intake.dossier-supplemented.v1", records.get(0).value());
        }
    }

    @Test
    void aWithdrawnDossierGetsItsNoticeAndCannotBeWithdrawnTwice() {
        String id = given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON)
                .body(Requests.birthRegistrationAt("21025")).when().post("/api/v1/dossiers")
                .then().statusCode(201).body("actions", contains("SUPPLEMENT", "WITHDRAW")).extract().path("id");
        // the desk's steps are the receiving desk's: an officer of the unit reads the dossier but may not take them
        given().auth().oauth2(TestTokens.officer("21025")).when().get("/api/v1/dossiers/" + id)
                .then().statusCode(200).body("actions", empty());
        given().auth().oauth2(TestTokens.clerk("21025")).when().get("/api/v1/dossiers/" + id + "/withdrawal-notice")
                .then().statusCode(409);
        given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Người nộp không còn nhu cầu"))
                .when().post("/api/v1/dossiers/" + id + "/withdrawal")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN")).body("actions", empty());
        given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON)
                .body(Map.of("reason", "lần hai"))
                .when().post("/api/v1/dossiers/" + id + "/withdrawal")
                .then().statusCode(409).contentType("application/problem+json");
        byte[] pdf = given().auth().oauth2(TestTokens.clerk("21025"))
                .when().get("/api/v1/dossiers/" + id + "/withdrawal-notice")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(PdfText.of(pdf)).contains("dừng giải quyết").contains("Người nộp không còn nhu cầu");
    }

    @Test
    void anyoneCanLookUpTheStatusByCodeWithoutPersonalData() {
        String code = given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON)
                .body(Requests.birthRegistrationAt("21025")).when().post("/api/v1/dossiers")
                .then().statusCode(201).extract().path("code");
        given().when().get("/api/v1/public/dossiers/" + code)
                .then().statusCode(200)
                .body("code", equalTo(code))
                .body("statusText", equalTo("Đã tiếp nhận"))
                .body("receivingUnit", equalTo("Phường Cẩm Thành"))
                .body("$", not(hasKey("applicant")))
                .body(not(org.hamcrest.Matchers.containsString("Nguyễn Thị Hồng Nhung")))
                .body(not(org.hamcrest.Matchers.containsString("234")));
        given().when().get("/api/v1/public/dossiers/00000-000000-0000").then().statusCode(404);
    }

    @Test
    void anOversizeBodyIsRefusedWithAProblemAndNothingStored() {
        String huge = "{\"procedureCode\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON).body(huge)
                .when().post("/api/v1/dossiers")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:motcua:problem:body-too-large"));
    }

    private static io.restassured.response.Response submitWithKey(String key, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.integration()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/dossiers");
    }
}
