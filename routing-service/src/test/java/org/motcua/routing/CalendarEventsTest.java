package org.motcua.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.motcua.platformkit.deadline.DeadlineCalculator;
import org.motcua.testsupport.TestEvents;
import org.motcua.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/** What intake announces of the working calendar: a year's official notice, and an appointment counted again on it. */
@QuarkusTest
class CalendarEventsTest {

    private static final String PUBLISHED = "org.motcua.intake.calendar-year-published.v1";
    private static final String CHANGED = "org.motcua.intake.appointment-changed.v1";

    @Inject
    DeadlineCalculator calculator;

    @Test
    void aYearsOfficialNoticeIsCountedOnFromNowOn() {
        // a Wednesday the law does not give off in 2031, given off by the (example) notice
        LocalDate extraDayOff = LocalDate.of(2031, 3, 12);
        assertThat(calculator.calendar().isWorkingDay(extraDayOff)).isTrue();
        assertThat(calculator.calendar().isOfficial(2031)).isFalse();
        TestEvents.send(PUBLISHED, "calendar-2031", Map.of("year", 2031, "notice", "TB 1/2030", "daysOff",
                List.of("2031-01-01", extraDayOff.toString()), "extraWorkingDays", List.of()));
        await().atMost(Duration.ofSeconds(30)).until(() -> calculator.calendar().isOfficial(2031));
        assertThat(calculator.calendar().isWorkingDay(extraDayOff)).isFalse();
    }

    @Test
    void anAppointmentCountedAgainMovesTheAssignmentsDate() {
        String dossierId = IntakeEvents.submit(Map.of("dueAt", "2027-01-19T10:00:00Z"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/dossiers/" + dossierId + "/assignment").then().statusCode(200)
                .body("dueAt", equalTo("2027-01-19T10:00:00Z")));
        TestEvents.send(CHANGED, dossierId, Map.of());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/dossiers/" + dossierId + "/assignment").then().statusCode(200)
                .body("dueAt", equalTo("2027-01-20T10:00:00Z")));
    }
}
