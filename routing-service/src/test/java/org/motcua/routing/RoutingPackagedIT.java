package org.motcua.routing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.motcua.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The packaged service (the jar the local stack and the image run) against the real Kafka and PostgreSQL. */
@QuarkusIntegrationTest
class RoutingPackagedIT {

    @Test
    void itIsReadyWithItsDatabaseAndKafka() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void aSubmittedDossierIsPlacedAndTheUnitsOfficerAcceptsIt() {
        String id = IntakeEvents.submit(Map.of("receivingUnitCode", "21025",
                "field", IntakeEvents.freshField("Hộ tịch")));
        String unit = await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/dossiers/" + id + "/assignment").then().extract(), r -> r.statusCode() == 200)
                .path("processingUnitCode");
        given().auth().oauth2(TestTokens.officer(unit)).when().post("/api/v1/dossiers/" + id + "/accept")
                .then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        given().auth().oauth2(TestTokens.officer(unit)).when().get("/api/v1/units/" + unit + "/queue?status=IN_PROGRESS")
                .then().statusCode(200).body("items.find { it.dossierId == '" + id + "' }.status", equalTo("IN_PROGRESS"));
    }
}
