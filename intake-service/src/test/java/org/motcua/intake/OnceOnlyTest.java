package org.motcua.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.motcua.eventcontracts.EventContracts;
import org.motcua.testsupport.KafkaTestConsumer;
import org.motcua.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Once-only: papers national databases hold are fetched, never asked for. */
@QuarkusTest
class OnceOnlyTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void theIdentityPaperIsFetchedFromThePopulationDatabaseWithProvenance() {
        given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON)
                .body(Requests.birthRegistrationAt("21025"))
                .when().post("/api/v1/dossiers")
                .then().statusCode(201)
                .body("documents.findAll { it.source == 'DATABASE' }.status", everyItem(equalTo("FETCHED")))
                .body("documents.find { it.registry == 'POPULATION' }.registryReference", startsWith("CSDLQGDC-"))
                .body("documents.find { it.registry == 'POPULATION' }.at", notNullValue())
                .body("residenceUnitCode", equalTo("21025"))
                .body("supplementationDueAt", nullValue());
    }

    @Test
    void handingInAPaperADatabaseReplacesIsRefused() {
        Map<String, Object> body = Requests.birthRegistrationAt("21025");
        String replaced = given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/procedures/1.001193")
                .then().extract().path("requiredDocuments.find { !it.applicantProvides }.name");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> documents = new java.util.ArrayList<>((List<Map<String, Object>>) body.get("documents"));
        documents.add(Map.of("name", replaced));
        body.put("documents", documents);
        given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/dossiers")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("documents[" + (documents.size() - 1) + "]"));
    }

    @Test
    void aMissingPaperIsRefusedByName() {
        Map<String, Object> body = Requests.birthRegistrationAt("21025");
        body.put("documents", List.of());
        given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/dossiers")
                .then().statusCode(422)
                .body("errors.find { it.field == 'documents' }.message", startsWith("thiếu thành phần hồ sơ"));
    }

    @Test
    void whenTheRegistryIsDownTheDossierIsStillReceivedWithThePaperPendingAndASupplementationDueDate() throws Exception {
        try (KafkaTestConsumer consumer = new KafkaTestConsumer(kafka, "intake.dossier.events")) {
            String id = given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON)
                    .body(Requests.dossier("1.001193", "21025", Requests.OUTAGE_CITIZEN))
                    .when().post("/api/v1/dossiers")
                    .then().statusCode(201)
                    .body("status", equalTo("RECEIVED"))
                    .body("documents.find { it.registry == 'POPULATION' }.status", equalTo("PENDING"))
                    .body("supplementationDueAt", notNullValue())
                    .extract().path("id");
            List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(30))
                    .until(() -> consumer.pollForKey(id), r -> !r.isEmpty());
            EventContracts.assertValid("org.motcua.intake.dossier-submitted.v1", records.get(0).value());
            assertThat(records.get(0).value()).contains("pendingDocuments").contains("supplementationDueAt")
                    .doesNotContain(Requests.OUTAGE_CITIZEN); // its keyed hash travels, never the ID
            com.fasterxml.jackson.databind.JsonNode event = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(records.get(0).value());
            assertThat(event.at("/applicant/reference").asText()).matches("[0-9a-f]{64}");
            assertThat(event.get("papers")).anySatisfy(paper -> {
                assertThat(paper.path("registry").asText()).isEqualTo("POPULATION");
                assertThat(paper.path("status").asText()).isEqualTo("PENDING");
            });
            assertThat(event.get("papers")).anySatisfy(paper -> assertThat(paper.get("source").asText()).isEqualTo("APPLICANT"));
        }
    }

    @Test
    void aCitizenTheRegistryDoesNotKnowLeavesThePaperPendingToo() {
        given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON)
                .body(Requests.dossier("1.001193", "21025", "051100000001"))
                .when().post("/api/v1/dossiers")
                .then().statusCode(201)
                .body("documents.find { it.registry == 'POPULATION' }.status", equalTo("PENDING"))
                .body("documents.find { it.registry == 'POPULATION' }.note", equalTo("CSDL không có dữ liệu"));
    }

    @Test
    void withoutACitizenIdTheDatabasePaperCannotBeFetchedAndTheRequestSaysSo() {
        Map<String, Object> body = Requests.birthRegistrationAt("21025");
        @SuppressWarnings("unchecked")
        Map<String, Object> applicant = new java.util.HashMap<>((Map<String, Object>) body.get("applicant"));
        applicant.remove("citizenId");
        body.put("applicant", applicant);
        given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/dossiers")
                .then().statusCode(422).body("errors.field", hasItem("applicant.citizenId"));
    }

    @Test
    void landDataComesFromTheLandDatabaseAndTellsWhereTheLandLies() {
        Map<String, Object> body = Requests.dossier("1.013225", "21028");
        body.put("land", Map.of("certificateNumber", "DA123456"));
        given().auth().oauth2(TestTokens.clerk("21028")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/dossiers")
                .then().statusCode(201)
                .body("landUnitCode", equalTo("21025"))
                .body("documents.find { it.registry == 'LAND' }.registryReference", equalTo("CSDLDD-DA123456"));
    }
}
