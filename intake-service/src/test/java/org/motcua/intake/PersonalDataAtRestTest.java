package org.motcua.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.junit.jupiter.api.Test;
import org.motcua.eventcontracts.EventContracts;
import org.motcua.testsupport.KafkaTestConsumer;
import org.motcua.testsupport.TestDatabase;
import org.motcua.testsupport.TestInfrastructure;
import org.motcua.testsupport.TestTokens;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The applicant's name, email and phone are encrypted in intake's database and clear in its answers; values stored
 * before encryption (or under an older key) are encrypted again by the rotation.
 */
@QuarkusTest
class PersonalDataAtRestTest {

    private static final TestDatabase DB = TestDatabase.of("intake");
    private static final String READ = "org.motcua.intake.personal-data-read.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theDatabaseHoldsNoneOfTheApplicantsDataInClear() {
        String id = submitted();
        Object[] row = stored(id);
        for (Object value : row) {
            assertThat((String) value).startsWith("pd1.local.").doesNotContain("Nhung").doesNotContain("0912345678")
                    .doesNotContain("example.vn");
        }
        given().auth().oauth2(TestTokens.clerk("21025")).when().get("/api/v1/dossiers/" + id).then().statusCode(200)
                .body("applicant.fullName", equalTo("Nguyễn Thị Hồng Nhung"))
                .body("applicant.email", equalTo("nhung.nguyen@example.vn"))
                .body("applicant.phone", equalTo("0912345678"));
    }

    @Test
    void theRotationEncryptsAgainWhatAnotherKeyOrNoKeyHolds() {
        String id = submitted();
        // as a dossier stored before encryption: its values in clear
        DB.update("UPDATE dossier SET applicant_full_name = 'Lê Văn Tám', applicant_email = 'tam@example.vn',"
                + " applicant_phone = '0905111222' WHERE id = CAST(? AS uuid)", id);
        given().auth().oauth2(TestTokens.clerk("21025")).when().get("/api/v1/dossiers/" + id).then()
                .body("applicant.fullName", equalTo("Lê Văn Tám"));

        given().auth().oauth2(TestTokens.clerk("21025")).when().post("/api/v1/personal-data/rotation")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.provinceAdmin()).when().post("/api/v1/personal-data/rotation")
                .then().statusCode(200).body("currentKey", equalTo("local"))
                .body("tables[0].table", equalTo("dossier"));

        for (Object value : stored(id)) {
            assertThat((String) value).startsWith("pd1.local.").doesNotContain("Tám").doesNotContain("0905111222");
        }
        given().auth().oauth2(TestTokens.clerk("21025")).when().get("/api/v1/dossiers/" + id).then()
                .body("applicant.fullName", equalTo("Lê Văn Tám"))
                .body("applicant.email", equalTo("tam@example.vn"))
                .body("applicant.phone", equalTo("0905111222"));
        // nothing is left for a second run
        assertThat(DB.count("SELECT count(*) FROM dossier WHERE left(applicant_full_name, 10) <> 'pd1.local.'"))
                .isZero();
    }

    @Test
    void theApplicantIsMaskedToAnAuditorAndToAnIntegratingSystem() {
        String id = submitted();
        for (String token : List.of(TestTokens.of("auditor", null), TestTokens.integration())) {
            given().auth().oauth2(token).when().get("/api/v1/dossiers/" + id).then().statusCode(200)
                    .body("applicant.fullName", equalTo("N*** T*** H*** N***"))
                    .body("applicant.email", equalTo("n***@example.vn"))
                    .body("applicant.phone", equalTo("*******678"))
                    .body("applicant.citizenIdMasked", equalTo("*********234"));
        }
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/dossiers/" + id).then()
                .body("applicant.fullName", equalTo("Nguyễn Thị Hồng Nhung"));
    }

    @Test
    void everyReadOfTheApplicantInClearIsAnnouncedToTheAuditLogAndAMaskedOneIsNot() {
        String id = submitted();
        try (KafkaTestConsumer reads = new KafkaTestConsumer(TestInfrastructure.shared().kafkaBootstrapServers(),
                "intake.access.events")) {
            given().auth().oauth2(TestTokens.clerk("21025")).when().get("/api/v1/dossiers/" + id).then().statusCode(200);
            given().auth().oauth2(TestTokens.of("auditor", null)).when().get("/api/v1/dossiers/" + id).then()
                    .statusCode(200);
            // the receipt names the applicant whoever reads it
            given().auth().oauth2(TestTokens.of("auditor", null)).when().get("/api/v1/dossiers/" + id + "/receipt")
                    .then().statusCode(200);
            given().auth().oauth2(TestTokens.clerk("21028")).when().get("/api/v1/dossiers/" + id).then().statusCode(404);

            List<ConsumerRecord<String, String>> announced = await().atMost(Duration.ofSeconds(30)).until(
                    () -> reads.pollFor(READ, id), found -> found.size() >= 2);
            assertThat(announced).hasSize(2);
            assertThat(announced).extracting(r -> field(r, "actor"))
                    .containsExactly("clerk.21025@motcua.local", "auditor@motcua.local");
            assertThat(announced).extracting(r -> field(r, "endpoint"))
                    .containsExactly("GET /api/v1/dossiers/" + id, "GET /api/v1/dossiers/" + id + "/receipt");
            announced.forEach(r -> EventContracts.assertValid(READ, r.value()));
        }
    }

    @Test
    void theProvinceAdminExportsAllIntakeHoldsAboutOnePersonAndEachDossierReadIsOnTheAuditLog() {
        String citizen = "051188002222";
        List<String> ids = List.of(submitted(citizen), submitted(citizen));
        try (KafkaTestConsumer reads = new KafkaTestConsumer(TestInfrastructure.shared().kafkaBootstrapServers(),
                "intake.access.events")) {
            given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                    .body("{\"citizenId\":\"" + citizen + "\"}").when().post("/api/v1/personal-data/subject-export")
                    .then().statusCode(200)
                    .body("service", equalTo("intake-service"))
                    .body("citizenIdMasked", equalTo("*********222"))
                    .body("holdings.dossiers.id", hasItems(ids.get(0), ids.get(1)))
                    .body("holdings.dossiers.find { it.id == '" + ids.get(0) + "' }.applicant.email",
                            equalTo("nhung.nguyen@example.vn"))
                    .body("holdings.dossiers.find { it.id == '" + ids.get(0) + "' }.history[0].to", equalTo("RECEIVED"))
                    .body("holdings.truncated", equalTo(false));
            for (String id : ids) {
                await().atMost(Duration.ofSeconds(30)).until(() -> reads.pollFor(READ, id).size() == 1);
                assertThat(field(reads.pollFor(READ, id).get(0), "endpoint"))
                        .isEqualTo("POST /api/v1/personal-data/subject-export");
            }
        }
        // another person's export holds none of them; bad input and other roles are refused
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body("{\"citizenId\":\"051285007777\"}").when().post("/api/v1/personal-data/subject-export")
                .then().statusCode(200).body("holdings.dossiers.id", not(hasItem(ids.get(0))));
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body("{\"citizenId\":\"12345\"}").when().post("/api/v1/personal-data/subject-export")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("citizenId"));
        given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON)
                .body("{\"citizenId\":\"" + citizen + "\"}").when().post("/api/v1/personal-data/subject-export")
                .then().statusCode(403);
    }

    private static String field(ConsumerRecord<String, String> record, String name) {
        try {
            return JSON.readTree(record.value()).path(name).asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String submitted() {
        return given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON)
                .body(Requests.birthRegistrationAt("21025")).when().post("/api/v1/dossiers")
                .then().statusCode(201).extract().path("id");
    }

    private static String submitted(String citizenId) {
        return given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON)
                .body(Requests.dossier("1.001193", "21025", citizenId)).when().post("/api/v1/dossiers")
                .then().statusCode(201).extract().path("id");
    }

    private static Object[] stored(String id) {
        List<Object[]> rows = DB.rows("SELECT applicant_full_name, applicant_email, applicant_phone FROM dossier"
                + " WHERE id = CAST(? AS uuid)", id);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
