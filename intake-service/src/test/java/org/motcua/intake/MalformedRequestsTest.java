package org.motcua.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.motcua.testsupport.TestTokens;
import org.motcua.testsupport.api.MalformedRequests;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Malformed requests to every endpoint (drawn by jqwik's generators) are refused with problem+json, never a 5xx. */
@QuarkusTest
class MalformedRequestsTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void noMalformedRequestGetsAServerErrorOrAnAnswerThatIsNotAProblem() throws URISyntaxException {
        MalformedRequests.Outcome outcome = requests().probe(10);
        assertThat(outcome.requests()).isGreaterThan(50);
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void aVeryLongAddressIsRefusedWithAProblem() throws URISyntaxException {
        assertThat(requests().longAddress(5_000)).isNull();
    }

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

    private MalformedRequests requests() throws URISyntaxException {
        return new MalformedRequests(base.toURI(), List.of(TestTokens.provinceAdmin(), TestTokens.clerk("21025"),
                TestTokens.officer("21025"), TestTokens.of("leader", "21025"), TestTokens.of("auditor", null),
                TestTokens.integration()));
    }
}
