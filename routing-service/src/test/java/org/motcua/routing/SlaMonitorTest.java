package org.motcua.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.motcua.eventcontracts.EventContracts;
import org.motcua.routing.service.SlaMonitor;
import org.motcua.testsupport.KafkaTestConsumer;
import org.motcua.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The SLA monitor on one overloaded commune (now is Thursday 26/11/2026 09:00, TestClock): a pooled dossier
 * nobody started moves to a commune that finishes it in time, a residence dossier that cannot move gets its
 * apology and new date while a working day is left, an overdue one is announced — each once.
 */
@QuarkusTest
class SlaMonitorTest {

    private static final String UNIT = "21124";                         // Xã Thanh Bồng: 1 officer × 6 h (size 3)

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    SlaMonitor monitor;

    @Test
    void atRiskDossiersAreMovedOrApologisedForAndOverdueOnesAnnouncedOnce() {
        String field = IntakeEvents.freshField("Đất đai");
        String overdue = residence(field, "2026-11-20T10:00:00Z", 1.0);
        String big = residence(field, "2026-11-27T10:00:00Z", 60.0);            // Friday 17:00, ten days of work
        String pooled = IntakeEvents.submit(Map.of("receivingUnitCode", "21085", "field", field,
                "competenceRule", "ANY_COMMUNE", "dueAt", "2026-11-30T10:00:00Z", "effortHours", 1.0));
        Assignments.awaitAssigned(overdue);
        Assignments.awaitAssigned(big);
        Assignments.awaitAssigned(pooled);
        // an officer sent the pooled dossier to the overloaded commune (it waits behind the big one there)
        String at = given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/dossiers/" + pooled + "/assignment")
                .then().extract().path("processingUnitCode");
        given().auth().oauth2(TestTokens.officer(at)).contentType(ContentType.JSON)
                .body(Map.of("toUnitCode", UNIT, "reason", "Người nộp đề nghị"))
                .when().post("/api/v1/dossiers/" + pooled + "/transfer").then().statusCode(200);

        try (KafkaTestConsumer routed = new KafkaTestConsumer(kafka, "routing.dossier.events")) {
            SlaMonitor.Pass pass = monitor.reviewUnit(UNIT);
            assertThat(pass.rebalanced()).isEqualTo(1);
            assertThat(pass.extended()).isEqualTo(1);
            assertThat(pass.overdue()).isEqualTo(1);
            SlaMonitor.Pass again = monitor.reviewUnit(UNIT);
            assertThat(again.atRisk() + again.rebalanced() + again.extended() + again.overdue()).isZero();

            Map<String, Object> moved = Assignments.of(pooled);
            assertThat(moved.get("processingUnitCode")).isNotEqualTo(UNIT);
            assertThat(moved.get("reason")).isEqualTo("REBALANCED");
            // 61 hours through it at 6 a day = 4,880 office minutes from Thursday 26/11 09:00: done Thursday 10/12
            // 10:20, so the new appointment is 17:00 that day
            Map<String, Object> apologised = Assignments.of(big);
            assertThat(apologised.get("predictedCompletionAt")).isEqualTo("2026-12-10T03:20:00Z");
            assertThat(apologised.get("dueAt")).isEqualTo("2026-12-10T10:00:00Z");
            assertThat(apologised.get("processingUnitCode")).isEqualTo(UNIT);

            List<String> types = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (String id : List.of(overdue, big, pooled)) {
                    for (ConsumerRecord<String, String> r : routed.pollForKey(id)) {
                        String type = KafkaTestConsumer.header(r, "ce_type");
                        EventContracts.assertValid(type, r.value());
                        types.add(id.equals(overdue) ? "overdue:" + type : id.equals(big) ? "big:" + type : "pooled:" + type);
                    }
                }
                return types.size() >= 5;
            });
            assertThat(types).contains("overdue:org.motcua.routing.dossier-overdue.v1",
                    "big:org.motcua.routing.deadline-at-risk.v1", "big:org.motcua.routing.deadline-extended.v1",
                    "pooled:org.motcua.routing.deadline-at-risk.v1", "pooled:org.motcua.routing.dossier-transferred.v1");
        }
        // the congestion view: what is left at the commune in this field, and how it stands
        given().auth().oauth2(TestTokens.officer(UNIT))
                .when().get("/api/v1/congestion?unit=" + UNIT)
                .then().statusCode(200)
                .body("items.find { it.field == '" + field + "' }.queuedDossiers", org.hamcrest.Matchers.equalTo(2))
                .body("items.find { it.field == '" + field + "' }.queuedWorkHours", org.hamcrest.Matchers.equalTo(61.0f))
                .body("items.find { it.field == '" + field + "' }.staffHoursPerDay", org.hamcrest.Matchers.equalTo(6.0f))
                .body("items.find { it.field == '" + field + "' }.daysToClear", org.hamcrest.Matchers.equalTo(10.17f))
                .body("items.find { it.field == '" + field + "' }.overdue", org.hamcrest.Matchers.equalTo(1));
        given().auth().oauth2(TestTokens.officer(UNIT)).when().get("/api/v1/congestion").then().statusCode(403);
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/congestion?size=200")
                .then().statusCode(200).body("items.unitCode", org.hamcrest.Matchers.hasItem(UNIT));

        given().auth().oauth2(TestTokens.officer(UNIT))
                .when().get("/api/v1/dossiers/" + pooled + "/control-sheet")
                .then().statusCode(404);              // received elsewhere and processed elsewhere now: not seen
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/dossiers/" + pooled + "/control-sheet")
                .then().statusCode(200)
                .body("rows.step", org.hamcrest.Matchers.hasItems("TRANSFERRED", "REBALANCED"));
    }

    private String residence(String field, String dueAt, double effort) {
        return IntakeEvents.submit(Map.of("receivingUnitCode", UNIT, "field", field,
                "competenceRule", "RESIDENCE_COMMUNE", "residenceUnitCode", UNIT, "dueAt", dueAt, "effortHours", effort));
    }
}
