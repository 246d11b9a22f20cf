package org.motcua.intake;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.motcua.testsupport.TestTokens;
import org.motcua.testsupport.api.MalformedRequestsProperty;

import io.quarkus.test.junit.QuarkusTest;

/** Malformed requests to every operation are refused with problem+json naming the field, never a 5xx, and store nothing. */
@QuarkusTest
class MalformedRequestsTest extends MalformedRequestsProperty {

    @Test
    void validationMessagesAreInVietnamese() {
        io.restassured.RestAssured.given().auth().oauth2(TestTokens.clerk("21025")).contentType("application/json")
                .body(java.util.Map.of("procedureCode", "1.001193", "receivingUnitCode", "21025", "documents", List.of()))
                .when().post("/api/v1/dossiers").then().statusCode(400).contentType("application/problem+json")
                .body("errors.find { it.field == 'applicant' }.message", org.hamcrest.Matchers.equalTo("không được để trống"));
        io.restassured.RestAssured.given().auth().oauth2(TestTokens.clerk("21025"))
                .queryParam("page", Integer.MAX_VALUE).queryParam("size", 200)
                .when().get("/api/v1/procedures").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].message", org.hamcrest.Matchers.startsWith("phải nhỏ hơn hoặc bằng"));
    }
}
