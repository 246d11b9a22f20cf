package org.motcua.routing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.motcua.testsupport.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** A unit's queue is served earliest deadline first, each dossier with its time left and forecast. */
@QuarkusTest
class QueueTest {

    @Inject
    EntityManager entityManager;

    @Test
    void theQueueIsInDeadlineOrderWithTimeLeftAndRisk() {
        // now (TestClock) is Thursday 26/11/2026 09:00; Xã Tây Trà Bồng has 1 officer × 6 h for other fields
        String unit = "21157";
        String field = IntakeEvents.freshField("Cư trú");
        String onTrack = residenceDossier(unit, field, "2026-12-24T10:00:00Z", 1.0);
        String atRisk = residenceDossier(unit, field, "2026-11-27T10:00:00Z", 40.0);   // Friday 17:00
        String overdue = residenceDossier(unit, field, "2026-11-20T10:00:00Z", 1.0);
        await().atMost(Duration.ofSeconds(30)).until(() -> assigned(field) == 3);

        given().auth().oauth2(TestTokens.officer(unit))
                .when().get("/api/v1/units/" + unit + "/queue?size=200")
                .then().statusCode(200)
                .body("items.findAll { it.field == '" + field + "' }.dossierId", contains(overdue, atRisk, onTrack))
                .body("items.find { it.dossierId == '" + overdue + "' }.risk", equalTo("OVERDUE"))
                .body("items.find { it.dossierId == '" + atRisk + "' }.risk", equalTo("AT_RISK"))
                // 41 hours of work at 6 a day = 3,280 office minutes from Thursday 09:00: Friday 4/12 16:40
                .body("items.find { it.dossierId == '" + atRisk + "' }.predictedCompletionAt",
                        equalTo("2026-12-04T09:40:00Z"))
                // Thursday 09:00–17:00 and Friday 08:00–17:00, less the lunch hours
                .body("items.find { it.dossierId == '" + atRisk + "' }.workingHoursLeft", equalTo(15.0f))
                .body("items.find { it.dossierId == '" + onTrack + "' }.risk", equalTo("ON_TRACK"))
                // the procedure as people know it, from intake's event
                .body("items.find { it.dossierId == '" + onTrack + "' }.procedureName", equalTo("Thủ tục đăng ký khai sinh"));
    }

    @Test
    void theQueueFiltersByProcedureAndStatusKeepingTheWholeQueuesForecast() {
        String unit = "21157";
        String field = IntakeEvents.freshField("Cư trú");
        String procedure = "LOCAL." + field.substring(field.length() - 6);
        String first = IntakeEvents.submit(Map.of("receivingUnitCode", unit, "field", field,
                "competenceRule", "RESIDENCE_COMMUNE", "residenceUnitCode", unit, "dueAt", "2026-12-01T10:00:00Z",
                "effortHours", 30.0));
        String second = IntakeEvents.submit(Map.of("receivingUnitCode", unit, "field", field,
                "competenceRule", "RESIDENCE_COMMUNE", "residenceUnitCode", unit, "dueAt", "2026-12-02T10:00:00Z",
                "effortHours", 2.0, "procedureCode", procedure));
        await().atMost(Duration.ofSeconds(30)).until(() -> assigned(field) == 2);

        // the filtered page shows only the procedure's dossier, forecast behind the 30 hours queued before it
        given().auth().oauth2(TestTokens.officer(unit))
                .when().get("/api/v1/units/" + unit + "/queue?procedure=" + procedure)
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.dossierId", contains(second))
                .body("items[0].risk", equalTo("AT_RISK"));
        given().auth().oauth2(TestTokens.officer(unit))
                .when().get("/api/v1/units/" + unit + "/queue?status=IN_PROGRESS&size=200")
                .then().statusCode(200)
                .body("items.dossierId", not(hasItem(first)));
        given().auth().oauth2(TestTokens.officer(unit))
                .when().get("/api/v1/units/" + unit + "/queue?status=DECIDED")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anUnknownUnitIs404AndAPageIsBounded() {
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/units/00000/queue")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/units/21025/queue?size=1000")
                .then().statusCode(400);
    }

    private String residenceDossier(String unit, String field, String dueAt, double effort) {
        return IntakeEvents.submit(Map.of("receivingUnitCode", unit, "field", field,
                "competenceRule", "RESIDENCE_COMMUNE", "residenceUnitCode", unit, "dueAt", dueAt,
                "effortHours", effort));
    }

    private long assigned(String field) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM assignment WHERE field = :f").setParameter("f", field)
                .getSingleResult()).longValue());
    }
}
