package org.motcua.records;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.motcua.testsupport.TestTokens;
import org.motcua.testsupport.api.MalformedRequestsProperty;

import io.quarkus.test.junit.QuarkusTest;

/** Malformed requests to every operation are refused with problem+json naming the field, never a 5xx, and store nothing. */
@QuarkusTest
class MalformedRequestsTest extends MalformedRequestsProperty {

    /** A refused lookup of a person's results is kept in the audit log: who tried, for which dossier. */
    @Override
    protected Set<String> tablesRefusalsWrite() {
        return Set.of("audit_entry", "audit_head", "audit_checkpoint");
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
