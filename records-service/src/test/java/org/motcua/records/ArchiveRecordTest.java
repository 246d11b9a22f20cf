package org.motcua.records;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.motcua.platformkit.security.CitizenIds;
import org.motcua.testsupport.KafkaTestConsumer;
import org.motcua.testsupport.TestEvents;
import org.motcua.testsupport.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A dossier's whole record built from the events of intake and routing (in either order) and the desk's
 * uploads: papers with the provenance of the data fetched from national databases, documents, the decision
 * and the result — and the result kept in the applicant's data store for later dossiers.
 */
@QuarkusTest
class ArchiveRecordTest {

    private static final String SUBMITTED = "org.motcua.intake.dossier-submitted.v1";
    private static final String DECIDED = "org.motcua.routing.dossier-decided.v1";
    private static final String RETURNED = "org.motcua.routing.result-returned.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    CitizenIds citizenIds;

    @Inject
    EntityManager entityManager;

    @Test
    void theRecordHoldsPapersWithTheirProvenanceDocumentsDecisionAndResult() throws Exception {
        KafkaTestConsumer archived = new KafkaTestConsumer(kafka, "records.dossier.events");
        String citizenId = "051" + (100_000_000 + (long) (Math.random() * 899_999_999));
        String reference = citizenIds.hash(citizenId);
        String dossier = UUID.randomUUID().toString();
        submit(dossier, reference);
        TestEvents.send(DECIDED, dossier, Map.of("dossierId", dossier,
                "outcome", "APPROVED", "resultReference", "Giấy khai sinh số 125/2026", "decidedAt", "2026-11-29T08:00:00Z"));
        TestEvents.send(RETURNED, dossier, Map.of("dossierId", dossier,
                "returnedAt", "2026-11-30T02:00:00Z"));
        // a scan joins a dossier the archive knows, of the clerk's unit
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.clerk("21025"))
                .when().get("/api/v1/dossiers/" + dossier).then().statusCode(200));
        given().auth().oauth2(TestTokens.clerk("21025"))
                .multiPart("file", "giay-khai-sinh.png", SampleFiles.png(java.awt.Color.PINK), "image/png")
                .multiPart("dossierId", dossier)
                .when().post("/api/v1/documents").then().statusCode(201);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.officer("21025"))
                .when().get("/api/v1/dossiers/" + dossier).then().statusCode(200)
                .body("status", equalTo("RESULT_RETURNED"))
                .body("applicantReference", equalTo(reference))
                .body("decision.outcome", equalTo("APPROVED"))
                .body("decision.resultReference", equalTo("Giấy khai sinh số 125/2026"))
                .body("decision.decidedAt", equalTo("2026-11-29T08:00:00Z"))
                .body("resultReturnedAt", equalTo("2026-11-30T02:00:00Z"))
                .body("papers.name", contains("Tờ khai đăng ký khai sinh", "Giấy tờ chứng minh nơi cư trú"))
                .body("papers[1].source", equalTo("DATABASE"))
                .body("papers[1].registry", equalTo("POPULATION"))
                .body("papers[1].registryReference", equalTo("CSDLQGDC-001234"))
                .body("papers[1].at", equalTo("2026-11-29T02:15:00Z"))
                .body("documents.fileName", contains("giay-khai-sinh.png")));

        // a desk of another commune receives a new dossier of the same person: it may reuse that result for it
        String received = UUID.randomUUID().toString();
        submit(received, reference, Map.of("receivingUnitCode", "23500"));
        awaitArchived(received);
        given().auth().oauth2(TestTokens.clerk("23500")).queryParam("dossierId", received)
                .when().get("/api/v1/applicants/" + reference + "/results")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].dossierId", equalTo(dossier))
                .body("items[0].resultReference", equalTo("Giấy khai sinh số 125/2026"))
                .body("items[0].returnedAt", equalTo("2026-11-30T02:00:00Z"));
        given().auth().oauth2(TestTokens.clerk("23500")).contentType(ContentType.JSON)
                .body(Map.of("citizenId", citizenId, "dossierId", received)).when().post("/api/v1/applicants/results-lookup")
                .then().statusCode(200).body("items.dossierId", contains(dossier));

        // its record is complete once the result was returned: announced once, with its retention (civil status: permanent)
        try (archived) {
            List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> events = await()
                    .atMost(Duration.ofSeconds(30)).until(() -> archived.pollForKey(dossier), r -> !r.isEmpty());
            org.motcua.eventcontracts.EventContracts.assertValid("org.motcua.records.record-archived.v1", events.get(0).value());
            com.fasterxml.jackson.databind.JsonNode data = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(events.get(0).value());
            org.assertj.core.api.Assertions.assertThat(data.get("status").asText()).isEqualTo("RESULT_RETURNED");
            org.assertj.core.api.Assertions.assertThat(data.at("/retention/permanent").asBoolean()).isTrue();
            org.assertj.core.api.Assertions.assertThat(KafkaTestConsumer.header(events.get(0), "ce_type"))
                    .isEqualTo("org.motcua.records.record-archived.v1");
            org.assertj.core.api.Assertions.assertThat(archived.pollForKey(dossier)).hasSize(1);
        }
    }

    @Test
    void resultsAreReusedOnlyForADossierOfTheCallersUnitOfThatApplicantAndOnlyWhatItMayReuse() {
        String citizenId = "056" + (100_000_000 + (long) (Math.random() * 899_999_999));
        String reference = citizenIds.hash(citizenId);
        String earlier = UUID.randomUUID().toString();
        submit(earlier, reference);
        TestEvents.send(DECIDED, earlier, Map.of("dossierId", earlier,
                "outcome", "APPROVED", "resultReference", "Giấy khai sinh số 9/2026", "decidedAt", "2026-11-20T08:00:00Z"));
        String civilStatus = UUID.randomUUID().toString();
        submit(civilStatus, reference, Map.of("receivingUnitCode", "23500"));
        String land = UUID.randomUUID().toString();
        submit(land, reference, Map.of("receivingUnitCode", "23500", "field", "Đất đai", "procedureCode", "1.012796",
                "papers", List.of(Map.of("name", "Đơn đăng ký biến động đất đai", "source", "APPLICANT", "status", "RECEIVED",
                        "at", "2026-11-29T02:15:00Z"))));
        String otherPerson = UUID.randomUUID().toString();
        submit(otherPerson, citizenIds.hash("057" + (100_000_000 + (long) (Math.random() * 899_999_999))),
                Map.of("receivingUnitCode", "23500"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.of("auditor", null))
                .when().get("/api/v1/applicants/" + reference + "/results").then().statusCode(200).body("total", equalTo(1)));
        awaitArchived(civilStatus);
        awaitArchived(land);
        awaitArchived(otherPerson);
        long auditBefore = audited(reference);

        lookUp(TestTokens.clerk("23500"), citizenId, civilStatus).statusCode(200).body("total", equalTo(1))
                .body("items[0].resultReference", equalTo("Giấy khai sinh số 9/2026"));
        lookUp(TestTokens.clerk("23500"), citizenId, land).statusCode(200).body("total", equalTo(0)); // nothing it needs
        lookUp(TestTokens.clerk("23293"), citizenId, civilStatus).statusCode(404).contentType("application/problem+json");
        lookUp(TestTokens.clerk("23500"), citizenId, otherPerson).statusCode(403).contentType("application/problem+json");
        lookUp(TestTokens.clerk("23500"), citizenId, null).statusCode(422)
                .body("errors.field", contains("dossierId"));
        lookUp(TestTokens.provinceAdmin(), citizenId, null).statusCode(422);
        given().auth().oauth2(TestTokens.clerk("23293")).when().get("/api/v1/applicants/" + reference + "/results")
                .then().statusCode(422).contentType("application/problem+json");
        // the two answered lookups and the two refused ones (another unit, another person's dossier)
        org.assertj.core.api.Assertions.assertThat(audited(reference)).isEqualTo(auditBefore + 4);
    }

    private io.restassured.response.ValidatableResponse lookUp(String token, String citizenId, String dossierId) {
        Map<String, Object> body = new HashMap<>();
        body.put("citizenId", citizenId);
        body.put("dossierId", dossierId);
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/applicants/results-lookup").then();
    }

    private long audited(String reference) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM audit_entry WHERE action = 'APPLICANT_RESULTS_READ' AND subject_id = :ref")
                .setParameter("ref", reference).getSingleResult()).longValue());
    }

    private void awaitArchived(String dossier) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/dossiers/" + dossier).then().statusCode(200).body("applicantReference",
                        org.hamcrest.Matchers.notNullValue()));
    }

    @Test
    void aDecisionThatArrivesBeforeTheSubmissionStillReachesTheDataStore() {
        String reference = citizenIds.hash("052" + (100_000_000 + (long) (Math.random() * 899_999_999)));
        String dossier = UUID.randomUUID().toString();
        TestEvents.send(DECIDED, dossier, Map.of("dossierId", dossier,
                "outcome", "APPROVED", "resultReference", "Trích lục kết hôn số 7/2026", "decidedAt", "2026-11-29T09:00:00Z"));
        submit(dossier, reference);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.of("auditor", null))
                .when().get("/api/v1/applicants/" + reference + "/results").then().statusCode(200)
                .body("items.resultReference", contains("Trích lục kết hôn số 7/2026")));
    }

    @Test
    void aRefusedDossierLeavesNothingToReuse() {
        String reference = citizenIds.hash("054" + (100_000_000 + (long) (Math.random() * 899_999_999)));
        String dossier = UUID.randomUUID().toString();
        submit(dossier, reference);
        TestEvents.send(DECIDED, dossier, Map.of("dossierId", dossier,
                "outcome", "REFUSED", "resultReference", "", "reasons", List.of("Thiếu giấy chứng sinh")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/dossiers/" + dossier).then().statusCode(200)
                .body("decision.outcome", equalTo("REFUSED"))
                .body("decision.reasons", contains("Thiếu giấy chứng sinh")));
        given().auth().oauth2(TestTokens.of("auditor", null)).when().get("/api/v1/applicants/" + reference + "/results")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void badLookupsAreRefused() {
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/applicants/051190001234/results")
                .then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(Map.of("citizenId", "123"))
                .when().post("/api/v1/applicants/results-lookup")
                .then().statusCode(400).contentType("application/problem+json");
        given().when().get("/api/v1/applicants/" + "a".repeat(64) + "/results").then().statusCode(401);
    }

    private void submit(String dossier, String reference) {
        submit(dossier, reference, Map.of());
    }

    private void submit(String dossier, String reference, Map<String, Object> overrides) {
        Map<String, Object> data = new HashMap<>(Map.of("dossierId", dossier,
                "applicant", Map.of("fullName", "Nguyễn Thị Hồng Nhung", "reference", reference)));
        data.putAll(overrides);
        TestEvents.send(SUBMITTED, dossier, data);
    }
}
