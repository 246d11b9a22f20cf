package org.motcua.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.motcua.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The province twin and the staffing advice through the API, on the units and staffing in the database. */
@QuarkusTest
class SimulationTest {

    @Test
    void theProvincialOfficeComparesTheStatusQuoWithThePolicyForAMonth() {
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("workingDays", 21, "annualDossiers", 540_000, "staffing", "DEFAULT", "seed", 5))
                .when().post("/api/v1/simulations")
                .then().statusCode(200)
                .body("workingDays", equalTo(21))
                .body("routings.routing", org.hamcrest.Matchers.contains("STATUS_QUO", "POLICY"))
                .body("routings[0].dossiers", greaterThan(40_000))
                .body("routings[1].dossiers", greaterThan(40_000))              // the same dossiers, both routings
                .body("routings[1].processedElsewhereShare", greaterThan(0f))
                .body("routings[0].processedElsewhereShare", lessThan(0.01f))
                .body("routings[0].largestBacklogs", hasSize(10))
                .body("pooledBound.meanWaitHours", greaterThan(0f))
                .body("officers", greaterThan(600f));
    }

    @Test
    void aSimulationIsForTheProvincialOfficeAndAnInvalidScenarioIsRefused() {
        given().auth().oauth2(TestTokens.officer("21025")).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/simulations")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("workingDays", 0, "annualDossiers", -5))
                .when().post("/api/v1/simulations")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void theAdviceAddsOfficersWhenTheDemandOutgrowsTheStaff() {
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/staffing/recommendations?staffing=DEFAULT")
                .then().statusCode(200)
                .body("lateShare", equalTo(0.001f))
                .body("addedStaffDays", lessThan(500f));                     // the default staffing nearly suffices
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/staffing/recommendations?staffing=DEFAULT&annualDossiers=800000&size=5")
                .then().statusCode(200)
                .body("addedStaffDays", greaterThan(1000f))
                .body("units.items", hasSize(5))
                .body("units.total", greaterThan(5))
                .body("units.items.addedByMonth", everyItem(hasSize(12)))
                .body("units.items.unitCode", not(empty()));
        given().auth().oauth2(TestTokens.officer("21025"))
                .when().get("/api/v1/staffing/recommendations")
                .then().statusCode(403);
    }
}
