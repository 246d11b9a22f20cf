package org.motcua.records;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.motcua.testsupport.TestTokens;
import org.motcua.testsupport.api.MalformedRequestsProperty;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Malformed requests to every endpoint (drawn by jqwik's generators) are refused with problem+json, never a 5xx. */
@QuarkusTest
class MalformedRequestsTest extends MalformedRequestsProperty {

    @TestHTTPResource("/")
    URI root;

    @Override
    protected URI base() {
        return root;
    }

    @Test
    void theCallerIsCheckedBeforeTheContentType() {
        io.restassured.RestAssured.given().auth().oauth2(TestTokens.clerk("21025")).contentType("text/plain").body("x")
                .when().post("/api/v1/migrations").then().statusCode(403).contentType("application/problem+json");
        io.restassured.RestAssured.given().contentType("text/plain").body("x")
                .when().post("/api/v1/migrations").then().statusCode(401).contentType("application/problem+json");
        io.restassured.RestAssured.given().auth().oauth2(TestTokens.provinceAdmin()).contentType("text/plain").body("x")
                .when().post("/api/v1/migrations").then().statusCode(415).contentType("application/problem+json")
                .body("title", org.hamcrest.Matchers.equalTo("Kiểu nội dung không được hỗ trợ"));
    }
}
