package org.motcua.intake;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.motcua.testsupport.TestTokens;
import org.motcua.testsupport.api.AccessMatrixProperty;
import org.motcua.testsupport.api.AccessRequests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Intake's operations answer each caller as {@code docs/access-matrix.md} says. */
@QuarkusTest
class AccessMatrixTest extends AccessMatrixProperty {

    private static final String UNIT = "21025";

    AccessMatrixTest() {
        super(UNIT, "21028");
    }

    @Override
    protected AccessRequests requests() {
        JsonPath dossier = submitted();
        String withdrawn = submitted().getString("id");
        given().auth().oauth2(TestTokens.clerk(UNIT)).contentType(ContentType.JSON)
                .body(Map.of("reason", "Người nộp không còn nhu cầu"))
                .when().post("/api/v1/dossiers/" + withdrawn + "/withdrawal").then().statusCode(200);
        return new AccessRequests()
                .value("id", dossier.getString("id"))
                .value("year", "2026")
                .value("version", "1")
                .path("GET /api/v1/dossiers/{id}/withdrawal-notice", "/api/v1/dossiers/" + withdrawn + "/withdrawal-notice")
                .path("GET /api/v1/procedures/{code}", "/api/v1/procedures/1.001193")
                .path("PUT /api/v1/procedures/{code}", "/api/v1/procedures/1.001193")
                .path("GET /api/v1/procedures/{code}/versions/{version}", "/api/v1/procedures/1.001193/versions/1")
                .path("GET /api/v1/public/dossiers/{code}", "/api/v1/public/dossiers/" + dossier.getString("code"))
                .path("GET /api/v1/units/{code}", "/api/v1/units/" + UNIT)
                // office hours of a unit no other test uses: the province admin's request goes through
                .path("PUT /api/v1/units/{code}/office-hours", "/api/v1/units/21061/office-hours")
                .path("DELETE /api/v1/units/{code}/office-hours", "/api/v1/units/21061/office-hours")
                .json("POST /api/v1/personal-data/subject-export", "{\"citizenId\":\"051190001234\"}")
                .json("POST /api/v1/dossiers", asJson(Requests.birthRegistrationAt(UNIT)))
                .json("POST /api/v1/dossiers/{id}/supplements", "{\"documents\":[{\"name\":\"Tờ khai bổ sung\",\"pageCount\":1}]}")
                .json("POST /api/v1/dossiers/{id}/withdrawal", "{\"reason\":\"Người nộp không còn nhu cầu\"}")
                // bodies the service refuses as incomplete: the allowed caller's 400 changes nothing
                .json("PUT /api/v1/calendar/years/{year}", "{}")
                .json("PUT /api/v1/procedures/{code}", "{}")
                .json("PUT /api/v1/units/{code}/office-hours", "{}");
    }

    private static JsonPath submitted() {
        return given().auth().oauth2(TestTokens.clerk(UNIT)).contentType(ContentType.JSON)
                .body(Requests.birthRegistrationAt(UNIT)).when().post("/api/v1/dossiers")
                .then().statusCode(201).extract().jsonPath();
    }

    private static String asJson(Map<String, Object> body) {
        try {
            return new ObjectMapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
