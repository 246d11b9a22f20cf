package org.motcua.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.motcua.platformkit.deadline.OfficeHours;
import org.motcua.routing.service.UnitCalendars;
import org.motcua.testsupport.TestEvents;
import org.motcua.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A unit's own office hours, as intake announces them, are the hours routing counts work at that unit in. */
@QuarkusTest
class UnitOfficeHoursTest {

    private static final String CHANGED = "org.motcua.intake.office-hours-changed.v1";
    private static final String UNIT = "21109"; // Xã Đông Sơn: no other routing test works there

    @Inject
    UnitCalendars calendars;

    @Test
    void aNewAppointmentEndsAtTheEndOfTheUnitsOwnWorkingDayAndAtTheCommonOneAgainAfterwards() {
        Map<String, Object> ownHours = Map.of("morningStart", "07:30", "morningEnd", "11:30", "afternoonStart", "13:30",
                "afternoonEnd", "17:30", "sameDayCutOff", "16:00");
        announce(ownHours);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> calendars.at(UNIT).officeHours().afternoonEnd().equals(LocalTime.of(17, 30)));
        // Saturday 05/12/2026: the appointment moves to Monday 07/12 at 17:30 in the province, the unit's closing time
        assertThat(extendedTo(dossierAtTheUnit(), "2026-12-05")).isEqualTo("2026-12-07T10:30:00Z");

        announce(null);
        await().atMost(Duration.ofSeconds(30)).until(() -> calendars.at(UNIT).officeHours().equals(OfficeHours.DEFAULT));
        assertThat(extendedTo(dossierAtTheUnit(), "2026-12-05")).isEqualTo("2026-12-07T10:00:00Z"); // 17:00
    }

    @Test
    void hoursOfAUnitRoutingDoesNotKnowChangeNothingAndStopNothing() {
        Map<String, Object> overrides = new HashMap<>();
        overrides.put("unitCode", "99999");
        TestEvents.send(CHANGED, "unit-99999", overrides);
        // the events behind it are still handled
        String id = dossierAtTheUnit();
        given().auth().oauth2(TestTokens.officer(UNIT)).when().get("/api/v1/dossiers/" + id + "/assignment")
                .then().statusCode(200).body("processingUnitCode", equalTo(UNIT));
    }

    private void announce(Map<String, Object> hours) {
        Map<String, Object> overrides = new HashMap<>();
        overrides.put("unitCode", UNIT);
        overrides.put("officeHours", hours);
        TestEvents.send(CHANGED, "unit-" + UNIT, overrides);
    }

    private String dossierAtTheUnit() {
        String id = IntakeEvents.submit(Map.of("receivingUnitCode", UNIT, "field", IntakeEvents.freshField("Hộ tịch"),
                "competenceRule", "RESIDENCE_COMMUNE", "residenceUnitCode", UNIT, "effortHours", 1.0));
        Assignments.awaitAssigned(id);
        return id;
    }

    private static String extendedTo(String id, String newDueDate) {
        return given().auth().oauth2(TestTokens.officer(UNIT)).contentType(ContentType.JSON)
                .body(Map.of("newDueDate", newDueDate, "reason", "Cần xác minh thêm"))
                .when().post("/api/v1/dossiers/" + id + "/extension")
                .then().statusCode(200).extract().path("dueAt");
    }
}
