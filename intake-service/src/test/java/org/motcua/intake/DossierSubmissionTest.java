package org.motcua.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.motcua.eventcontracts.EventContracts;
import org.motcua.testsupport.KafkaTestConsumer;
import org.motcua.testsupport.TestDatabase;
import org.motcua.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class DossierSubmissionTest {

    private static final String SUBMITTED = "org.motcua.intake.dossier-submitted.v1";
    private static final TestDatabase DB = TestDatabase.of("intake");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void aProcedureWithoutAPublishedLegalTimeIsReceivedOnlyWithTheTimeTheClerkEntersAndItsBasis() {
        given().auth().oauth2(TestTokens.clerk("21025")).when().get("/api/v1/procedures/2.000986").then().statusCode(200)
                .body("legalTime", org.hamcrest.Matchers.nullValue())
                .body("legalTimeText", equalTo("Chưa công bố thời hạn"))
                .body("receivable", equalTo(false));
        Map<String, Object> body = new java.util.HashMap<>(Requests.dossier("2.000986", "21025"));
        submitExpecting(body, 422).body("errors.field", hasItem("legalTime"));
        body.put("legalTime", Map.of("amount", 5, "unit", "WORKING_DAYS"));
        submitExpecting(body, 422).body("errors.field", hasItem("legalTimeBasis"));
        body.put("legalTimeBasis", "Quyết định 1/QĐ-UBND (thử nghiệm)");
        submitExpecting(body, 201)
                .body("legalTime.amount", equalTo(5))
                .body("legalTime.unit", equalTo("WORKING_DAYS"))
                .body("dueAt", org.hamcrest.Matchers.notNullValue())
                .body("deadlineNote", containsString("nhập theo Quyết định 1/QĐ-UBND (thử nghiệm)"));
        // the catalog's own legal time is never overridden
        Map<String, Object> published = new java.util.HashMap<>(Requests.birthRegistrationAt("21025"));
        published.put("legalTime", Map.of("amount", 30, "unit", "WORKING_DAYS"));
        published.put("legalTimeBasis", "x");
        submitExpecting(published, 422).body("errors.field", hasItem("legalTime"));
    }

    private static io.restassured.response.ValidatableResponse submitExpecting(Map<String, Object> body, int status) {
        return given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/dossiers").then().statusCode(status);
    }

    @Test
    void clerkSubmitsADossierAndDossierSubmittedIsPublishedAsACloudEvent() {
        try (KafkaTestConsumer consumer = new KafkaTestConsumer(kafka, "intake.dossier.events")) {
            String id = given().auth().oauth2(TestTokens.clerk("21025"))
                    .contentType(ContentType.JSON).body(Requests.birthRegistrationAt("21025"))
                    .when().post("/api/v1/dossiers")
                    .then().statusCode(201)
                    .header("Location", containsString("/api/v1/dossiers/"))
                    .body("code", matchesPattern("21025-\\d{6}-\\d{4}"))
                    .body("channel", equalTo("COUNTER"))
                    .body("status", equalTo("RECEIVED"))
                    .body("applicant.citizenIdMasked", equalTo("*********234"))
                    .body("history.to", hasItem("RECEIVED"))
                    .extract().path("id");

            List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(30))
                    .until(() -> consumer.pollForKey(id), r -> !r.isEmpty());
            ConsumerRecord<String, String> record = records.get(0);
            assertThat(KafkaTestConsumer.header(record, "ce_type")).isEqualTo(SUBMITTED);
            assertThat(KafkaTestConsumer.header(record, "ce_source")).isEqualTo("/motcua/intake");
            assertThat(KafkaTestConsumer.header(record, "ce_subject")).isEqualTo(id);
            assertThat(KafkaTestConsumer.header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(KafkaTestConsumer.header(record, "ce_id")).isNotBlank();
            EventContracts.assertValid(SUBMITTED, record.value());
            assertThat(record.value()).doesNotContain("051190001234");
        }
    }

    @Test
    void citizenIdIsStoredOnlyAsKeyedHashAndMask() {
        String id = given().auth().oauth2(TestTokens.clerk("21025"))
                .contentType(ContentType.JSON).body(Requests.birthRegistrationAt("21025"))
                .when().post("/api/v1/dossiers").then().statusCode(201).extract().path("id");
        Object[] row = DB.rows("SELECT applicant_id_hash, applicant_id_masked FROM dossier WHERE id = CAST(? AS uuid)", id)
                .get(0);
        assertThat((String) row[0]).hasSize(64).doesNotContain("051190001234");
        assertThat(row[1]).isEqualTo("*********234");
    }

    @Test
    void integrationSubmitsOnlineAndKeepsThePortalReference() {
        Map<String, Object> body = Requests.birthRegistrationAt("23548");
        body.put("externalReference", "G22.99-261129-000123");
        given().auth().oauth2(TestTokens.integration())
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/dossiers")
                .then().statusCode(201)
                .body("channel", equalTo("ONLINE"))
                .body("externalReference", equalTo("G22.99-261129-000123"));
    }

    @Test
    void concurrentSubmissionsGetDistinctCodes() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        Set<String> codes = ConcurrentHashMap.newKeySet();
        try {
            List<Future<?>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                futures.add(pool.submit(() -> codes.add(given().auth().oauth2(TestTokens.clerk("21028"))
                        .contentType(ContentType.JSON).body(Requests.birthRegistrationAt("21028"))
                        .when().post("/api/v1/dossiers").then().statusCode(201).extract().<String>path("code"))));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(codes).hasSize(12).allMatch(c -> c.startsWith("21028-"));
    }

    @Test
    void unknownProcedureAndUnitAreRefusedNamingTheFieldsAndNothingIsStoredOrEmitted() {
        long dossiersBefore = DB.count("SELECT count(*) FROM dossier");
        long eventsBefore = DB.count("SELECT count(*) FROM outbox_event");
        Map<String, Object> unknown = Requests.birthRegistrationAt("21025");
        unknown.put("procedureCode", "9.999999");
        unknown.put("receivingUnitCode", "99999");
        given().auth().oauth2(TestTokens.integration())
                .contentType(ContentType.JSON).body(unknown)
                .when().post("/api/v1/dossiers")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("errors.field", containsInAnyOrder("procedureCode", "receivingUnitCode"));
        assertThat(DB.count("SELECT count(*) FROM dossier")).isEqualTo(dossiersBefore);
        assertThat(DB.count("SELECT count(*) FROM outbox_event")).isEqualTo(eventsBefore);
    }

    @Test
    void missingApplicantAndBadFieldsAreRefusedWithTheFieldList() {
        Map<String, Object> body = Requests.birthRegistrationAt("21025");
        body.remove("applicant");
        body.put("receivingUnitCode", "21A");
        given().auth().oauth2(TestTokens.integration())
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/dossiers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("applicant", "receivingUnitCode"));
    }

    @Test
    void malformedJsonIsAProblemWithoutInternals() {
        given().auth().oauth2(TestTokens.clerk("21025"))
                .contentType(ContentType.JSON).body("{\"procedureCode\": \"1.001193\", ")
                .when().post("/api/v1/dossiers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:motcua:problem:malformed-json"))
                .body(not(containsString("com.fasterxml")))
                .body(not(containsString("Exception")));
    }

    @Test
    void wrongTypesNameTheField() {
        Map<String, Object> body = Requests.birthRegistrationAt("21025");
        body.put("applicant", List.of("not", "an", "object"));
        given().auth().oauth2(TestTokens.clerk("21025"))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/dossiers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("applicant"))
                .body(not(containsString("com.fasterxml")));
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        given().contentType(ContentType.JSON).body(Requests.birthRegistrationAt("21025"))
                .when().post("/api/v1/dossiers")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aForgedTokenIs401() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
                .contentType(ContentType.JSON).body(Requests.birthRegistrationAt("21025"))
                .when().post("/api/v1/dossiers")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anOfficerMayNotSubmitAndAClerkOnlyAtTheirOwnUnit() {
        given().auth().oauth2(TestTokens.officer("21025"))
                .contentType(ContentType.JSON).body(Requests.birthRegistrationAt("21025"))
                .when().post("/api/v1/dossiers")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.clerk("21028"))
                .contentType(ContentType.JSON).body(Requests.birthRegistrationAt("21025"))
                .when().post("/api/v1/dossiers")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aClerkOfAnotherUnitCannotReadTheDossierNorLearnThatItExists() {
        String id = given().auth().oauth2(TestTokens.clerk("21025"))
                .contentType(ContentType.JSON).body(Requests.birthRegistrationAt("21025"))
                .when().post("/api/v1/dossiers").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.clerk("21025")).when().get("/api/v1/dossiers/" + id).then().statusCode(200);
        UUID unknown = UUID.randomUUID();
        String hidden = given().auth().oauth2(TestTokens.clerk("21028")).when().get("/api/v1/dossiers/" + id)
                .then().statusCode(404).contentType("application/problem+json").extract().asString();
        String missing = given().auth().oauth2(TestTokens.clerk("21025")).when().get("/api/v1/dossiers/" + unknown)
                .then().statusCode(404).contentType("application/problem+json").extract().asString();
        assertThat(hidden.replace(id, "ID")).isEqualTo(missing.replace(unknown.toString(), "ID"));
    }
}
