package org.motcua.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.motcua.platformkit.data.Csv;
import org.motcua.testsupport.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.restassured.path.json.JsonPath;

/** The congestion view shows every unit of the province, those with nothing waiting too. */
@QuarkusTest
class CongestionViewTest {

    @Inject
    EntityManager entityManager;

    /** A commune no other test sends work to. */
    private static final String IDLE_UNIT = "23548";

    @Test
    void everyCommuneIsListedAndAnIdleOneSaysItHasNothingWaiting() {
        JsonPath page = given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("size", 200)
                .when().get("/api/v1/congestion").then().statusCode(200).extract().jsonPath();
        int total = page.getInt("total");
        List<String> listed = new java.util.ArrayList<>(page.getList("items.unitCode"));
        for (int p = 1; p * 200 < total; p++) {
            listed.addAll(given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("size", 200).queryParam("page", p)
                    .when().get("/api/v1/congestion").then().statusCode(200).extract().jsonPath().getList("items.unitCode"));
        }
        List<String> communes = Csv.readResource("seed/new_units_quang_ngai.csv").stream().map(r -> r.get("code")).toList();
        assertThat(communes).hasSize(96);
        assertThat(listed).containsAll(communes);

        Map<String, Object> idle = page.getMap("items.find { it.unitCode == '" + IDLE_UNIT + "' }");
        assertThat(idle).containsEntry("unitName", "Xã Ya Ly").containsEntry("queuedDossiers", 0)
                .containsEntry("field", null).containsEntry("atRisk", 0).containsEntry("overdue", 0);
        // the idle units come after every unit with work waiting
        List<Object> fields = page.getList("items.field");
        int firstIdle = fields.indexOf(null);
        assertThat(fields.subList(firstIdle, fields.size())).containsOnlyNulls();
    }

    @Test
    void aUnitsOwnViewShowsItEvenWhenNothingWaits() {
        given().auth().oauth2(TestTokens.officer(IDLE_UNIT)).queryParam("unit", IDLE_UNIT)
                .when().get("/api/v1/congestion").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].unitCode", equalTo(IDLE_UNIT))
                .body("items[0].unitName", equalTo("Xã Ya Ly"))
                .body("items[0].field", nullValue())
                .body("items[0].queuedDossiers", equalTo(0))
                .body("items[0].daysToClear", equalTo(0.0f));
    }

    @Test
    void aUnitsHistoryEndsEachDayWithTheLatestSampleOfEachField() {
        String unit = "23548";
        // now (TestClock) is Thursday 26/11/2026 09:00 in the province; two fields' samples over three days
        sample(unit, "Hộ tịch", "2026-11-23T03:00:00Z", 10, 40.0);
        sample(unit, "Hộ tịch", "2026-11-25T02:00:00Z", 6, 20.0);
        sample(unit, "Hộ tịch", "2026-11-25T09:00:00Z", 5, 18.0);     // 16:00 the same day: the day's last
        sample(unit, "Chứng thực", "2026-11-24T16:59:00Z", 1, 1.0);   // 23:59 on the 24th
        sample(unit, "Hộ tịch", "2026-11-26T01:00:00Z", 2, 8.0);

        JsonPath days = given().auth().oauth2(TestTokens.officer(unit)).queryParam("days", 5)
                .when().get("/api/v1/congestion/" + unit + "/history").then().statusCode(200).extract().jsonPath();
        assertThat(days.getList("day")).containsExactly("2026-11-22", "2026-11-23", "2026-11-24", "2026-11-25",
                "2026-11-26");
        assertThat(days.getList("queuedDossiers")).containsExactly(0, 10, 11, 6, 3);
        assertThat(days.getList("queuedWorkHours", Float.class)).containsExactly(0f, 40f, 41f, 19f, 9f);
        assertThat(days.getList("daysToClear", Float.class).get(4)).isEqualTo(0.75f);  // 9 h ÷ 12 h a day

        given().auth().oauth2(TestTokens.officer("21025")).when().get("/api/v1/congestion/" + unit + "/history")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("days", 36)
                .when().get("/api/v1/congestion/" + unit + "/history").then().statusCode(400);
    }

    private void sample(String unit, String field, String at, int dossiers, double hours) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                INSERT INTO congestion_sample (unit_code, field, observed_at, queued_dossiers, queued_work_hours,
                    staff_hours_per_day, at_risk, overdue) VALUES (:unit, :field, :at, :n, :h, 6, 0, 0)""")
                .setParameter("unit", unit).setParameter("field", field)
                .setParameter("at", java.sql.Timestamp.from(java.time.Instant.parse(at))).setParameter("n", dossiers)
                .setParameter("h", hours).executeUpdate());
    }
}
