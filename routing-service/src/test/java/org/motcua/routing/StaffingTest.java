package org.motcua.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.motcua.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Staffing per unit and field, and provincial reinforcement: capacity changes count at once. */
@QuarkusTest
class StaffingTest {

    @Test
    void everyUnitHasTheDocumentedDefaultStaffing() {
        given().auth().oauth2(TestTokens.officer("21025"))
                .when().get("/api/v1/units?size=200")
                .then().statusCode(200)
                .body("total", equalTo(97))                                  // 96 communes and the land office
                .body("items.code", hasItems("21025", "T.VPDKDD"));
        // Phường Cẩm Thành absorbed 4 pre-merger units, a ward: 4 × 1.5 = 6 people's worth of staff,
        // 0.75 each for civil status (4.5 → 5 officers), 0.25 each for every other field (1.5 → 2)
        given().auth().oauth2(TestTokens.officer("21025"))
                .when().get("/api/v1/units/21025/staffing")
                .then().statusCode(200)
                .body("unit.unitType", equalTo("PHUONG"))
                .body("unit.size", equalTo(4))
                .body("staffing.find { it.field == 'Hộ tịch' }.officers", equalTo(5.0f))
                .body("staffing.find { it.field == '*' }.officers", equalTo(2.0f))
                .body("staffing.find { it.field == '*' }.hoursPerDay", equalTo(6.0f));
    }

    @Test
    void aUnitWithoutStaffForAFieldHoldsItsDossiersUntilAReinforcementArrives() {
        String unit = "21136";                                              // Xã Cà Đam: no other test uses it
        String field = IntakeEvents.freshField("Đất đai");
        List<Map<String, Object>> defaults = given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/units/" + unit + "/staffing").then().statusCode(200)
                .extract().jsonPath().getList("staffing");
        try {
            given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                    .body(Map.of("fields", List.of(Map.of("field", "*", "officers", 1, "hoursPerDay", 6),
                            Map.of("field", field, "officers", 0, "hoursPerDay", 6))))
                    .when().put("/api/v1/units/" + unit + "/staffing")
                    .then().statusCode(200)
                    .body("staffing.field", hasItems("*", field));

            String first = landDossier(unit, field);
            awaitAssigned(first, unit, "NO_CAPACITY");

            String id = given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                    .body(Map.of("officerName", "Trần Văn Bình", "homeAgency", "Sở Nông nghiệp và Môi trường",
                            "unitCode", unit, "field", field, "mode", "REMOTE", "hoursPerDay", 6,
                            "startsOn", "2026-11-26", "endsOn", "2026-12-11"))
                    .when().post("/api/v1/reinforcements")
                    .then().statusCode(201)
                    .body("mode", equalTo("REMOTE"))
                    .extract().path("id");
            given().auth().oauth2(TestTokens.officer(unit))
                    .when().get("/api/v1/reinforcements?unit=" + unit)
                    .then().statusCode(200).body("items.id", hasItem(id));

            String second = landDossier(unit, field);
            awaitAssigned(second, unit, "ONLY_COMPETENT_UNIT");
            // the queue forecasts with the reinforcement's hours
            given().auth().oauth2(TestTokens.officer(unit))
                    .when().get("/api/v1/units/" + unit + "/queue?size=200")
                    .then().statusCode(200)
                    .body("items.find { it.dossierId == '" + second + "' }.risk", org.hamcrest.Matchers.notNullValue());

            given().auth().oauth2(TestTokens.provinceAdmin())
                    .when().post("/api/v1/reinforcements/" + id + "/end")
                    .then().statusCode(200)
                    .body("endsOn", equalTo("2026-11-26"));
        } finally {
            given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                    .body(Map.of("fields", defaults.stream().map(r -> Map.of("field", r.get("field"),
                            "officers", r.get("officers"), "hoursPerDay", r.get("hoursPerDay"))).toList()))
                    .when().put("/api/v1/units/" + unit + "/staffing")
                    .then().statusCode(200);
        }
    }

    @Test
    void badStaffingAndReinforcementsAreRefusedWithProblems() {
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("fields", List.of(Map.of("field", "Hộ tịch", "officers", 2, "hoursPerDay", 6))))
                .when().put("/api/v1/units/21157/staffing")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("fields"));
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("fields", List.of(Map.of("field", "*", "officers", 2, "hoursPerDay", 9))))
                .when().put("/api/v1/units/21157/staffing")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("officerName", "Lê Thị Hoa", "homeAgency", "Sở Tư pháp", "unitCode", "21157",
                        "mode", "ON_SITE", "hoursPerDay", 6, "startsOn", "2026-12-10", "endsOn", "2026-12-01"))
                .when().post("/api/v1/reinforcements")
                .then().statusCode(422).body("errors.field", hasItem("endsOn"));
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("officerName", "Lê Thị Hoa", "homeAgency", "Sở Tư pháp", "unitCode", "99999",
                        "mode", "ON_SITE", "hoursPerDay", 6, "startsOn", "2026-12-01", "endsOn", "2026-12-10"))
                .when().post("/api/v1/reinforcements")
                .then().statusCode(422).body("errors.field", hasItem("unitCode"));
        given().auth().oauth2(TestTokens.officer("21157")).contentType(ContentType.JSON)
                .body(Map.of("fields", List.of(Map.of("field", "*", "officers", 9, "hoursPerDay", 6))))
                .when().put("/api/v1/units/21157/staffing")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.officer("21157"))
                .when().get("/api/v1/units/21025/staffing")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.officer("21157"))
                .when().get("/api/v1/reinforcements")
                .then().statusCode(403);
    }

    private String landDossier(String unit, String field) {
        return IntakeEvents.submit(Map.of("receivingUnitCode", "21025", "field", field,
                "competenceRule", "LAND_COMMUNE", "landUnitCode", unit, "effortHours", 6.0));
    }

    private static void awaitAssigned(String dossierId, String unit, String reason) {
        Assignments.awaitAssigned(dossierId);
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/dossiers/" + dossierId + "/assignment")
                .then().body("processingUnitCode", equalTo(unit))
                .body("reason", equalTo(reason));
    }
}
