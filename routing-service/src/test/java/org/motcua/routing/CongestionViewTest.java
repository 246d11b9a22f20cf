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

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The congestion view shows every unit of the province, those with nothing waiting too. */
@QuarkusTest
class CongestionViewTest {

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
}
