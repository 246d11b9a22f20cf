package org.motcua.records;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.motcua.testsupport.TestEvents;
import org.motcua.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Retention as an archivist uses it: civil-status dossiers are kept permanently, a procedure's rule wins over
 * the default, a dossier on legal hold is never a disposal candidate, and rules are set by province-admins.
 */
@QuarkusTest
class RetentionTest {

    private static final String SUBMITTED = "org.motcua.intake.dossier-submitted.v1";
    private static final String DECIDED = "org.motcua.routing.dossier-decided.v1";

    private final String field = "Chứng thực " + UUID.randomUUID().toString().substring(0, 8);
    private final String procedure = "LOCAL." + UUID.randomUUID().toString().substring(0, 6);

    @Test
    void disposalCandidatesFollowTheRulesAndSpareHeldAndPermanentDossiers() {
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("years", 1, "legalBasis", "Quy định của ngành (thử nghiệm)"))
                .when().put("/api/v1/retention/rules/PROCEDURE/" + procedure)
                .then().statusCode(200).body("years", equalTo(1)).body("updatedBy", equalTo("province-admin@motcua.local"));
        String civilStatus = closed("1.001193", "Hộ tịch");
        String ordinary = closed("2.000815", field);
        String shortLived = closed(procedure, field);
        String held = closed("2.000815", field);
        // the inspector asks, the province admin places the hold: an auditor reads but never writes
        given().auth().oauth2(TestTokens.of("auditor", null)).contentType(ContentType.JSON)
                .body(Map.of("reason", "Đang thanh tra theo Quyết định 12/QĐ-TTr"))
                .when().post("/api/v1/dossiers/" + held + "/legal-hold").then().statusCode(403);
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Đang thanh tra theo Quyết định 12/QĐ-TTr"))
                .when().post("/api/v1/dossiers/" + held + "/legal-hold").then().statusCode(200)
                .body("reason", equalTo("Đang thanh tra theo Quyết định 12/QĐ-TTr"));

        LocalDate today = LocalDate.now(org.motcua.platformkit.time.ProvinceTime.ZONE);
        candidates(today.plusYears(2)).body("items.id", hasItem(shortLived))
                .body("items.id", not(hasItem(ordinary))).body("items.id", not(hasItem(civilStatus)));
        candidates(today.plusYears(11)).body("items.id", hasItems(shortLived, ordinary))
                .body("items.id", not(hasItem(civilStatus))).body("items.id", not(hasItem(held)));
        candidates(today).body("items.id", not(hasItem(shortLived)));

        given().auth().oauth2(TestTokens.provinceAdmin()).when().delete("/api/v1/dossiers/" + held + "/legal-hold")
                .then().statusCode(200).body("reason", nullValue());
        candidates(today.plusYears(11)).body("items.id", hasItem(held));
    }

    @Test
    void rulesAreSetByProvinceAdminsAndCheckedBeforeTheyAreKept() {
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("legalBasis", "Lưu vĩnh viễn theo quy định"))
                .when().put("/api/v1/retention/rules/FIELD/" + field).then().statusCode(200).body("years", nullValue());
        given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("size", 100).when().get("/api/v1/retention/rules")
                .then().statusCode(200).body("items.key", hasItems("Hộ tịch", field));
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("years", 0, "legalBasis", "x")).when().put("/api/v1/retention/rules/FIELD/" + field)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("years", 5, "legalBasis", "x")).when().put("/api/v1/retention/rules/UNIT/21025")
                .then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON)
                .body(Map.of("years", 5, "legalBasis", "x")).when().put("/api/v1/retention/rules/FIELD/" + field)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.provinceAdmin()).when().delete("/api/v1/retention/rules/FIELD/" + field)
                .then().statusCode(204);
        given().auth().oauth2(TestTokens.provinceAdmin()).when().delete("/api/v1/retention/rules/FIELD/" + field)
                .then().statusCode(404);
    }

    private io.restassured.response.ValidatableResponse candidates(LocalDate asOf) {
        // closed today: the tests' dossiers, not those migrated from the old systems (closed years ago)
        return given().auth().oauth2(TestTokens.of("auditor", null)).queryParam("asOf", asOf.toString())
                .queryParam("closedFrom", LocalDate.now(org.motcua.platformkit.time.ProvinceTime.ZONE).minusDays(1).toString())
                .queryParam("size", 100).when().get("/api/v1/retention/disposal-candidates").then().statusCode(200);
    }

    /** A dossier received and refused (so closed now). */
    private String closed(String procedureCode, String fieldName) {
        String dossier = UUID.randomUUID().toString();
        TestEvents.send(SUBMITTED, dossier, Map.of("procedureCode", procedureCode, "field", fieldName), Instant.now());
        TestEvents.send(DECIDED, dossier, Map.of("outcome", "REFUSED", "reasons", List.of("Không đủ điều kiện")),
                Instant.now());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/dossiers/" + dossier).then().statusCode(200).body("status", equalTo("REFUSED"))
                .body("procedureCode", equalTo(procedureCode)));
        return dossier;
    }
}
