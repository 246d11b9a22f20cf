package org.motcua.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.motcua.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The public lookup is limited per address, an integrating system per client (platform-kit {@code RateLimits}):
 * beyond the limit 429 with a problem and {@code Retry-After}; other clients and staff go on.
 */
@QuarkusTest
class RateLimitTest {

    @Test
    void theLookupAnswers429WithRetryAfterOnceAnAddressUsedItsMinute() {
        // the citizen's address as the Ingress (a trusted proxy) passes it on: 30 lookups a minute each
        for (int i = 0; i < 30; i++) {
            lookUpFrom("203.0.113.7").then().statusCode(404);
        }
        Response refused = lookUpFrom("203.0.113.7");
        refused.then().statusCode(429).contentType("application/problem+json").body("status", equalTo(429));
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        // another citizen is not held back
        lookUpFrom("203.0.113.8").then().statusCode(404);
    }

    private static Response lookUpFrom(String address) {
        return given().header("X-Forwarded-For", address).when().get("/api/v1/public/dossiers/21025-261129-9999");
    }

    @Test
    void anIntegratingSystemIsLimitedPerClientAndOthersGoOn() {
        String runaway = TestTokens.keys().token("runaway-portal", "integration", null, Duration.ofMinutes(10));
        int answered = 0;
        Response refused = null;
        while (refused == null && answered < 1200) {
            Response answer = given().auth().oauth2(runaway).queryParam("size", 1).when().get("/api/v1/units");
            if (answer.statusCode() == 429) {
                refused = answer;
            } else {
                assertThat(answer.statusCode()).isEqualTo(200);
                answered++;
            }
        }
        // 600 a minute: the bucket's 600, and what it refilled while they were sent
        assertThat(refused).as("a refusal within 1,200 requests").isNotNull();
        assertThat(answered).as("requests answered before the limit").isGreaterThanOrEqualTo(600);
        refused.then().contentType("application/problem+json").body("title", equalTo("Quá nhiều yêu cầu"));
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        // another system and the desks are not held back by it
        given().auth().oauth2(TestTokens.integration()).queryParam("size", 1).when().get("/api/v1/units")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.clerk("21025")).queryParam("size", 1).when().get("/api/v1/units")
                .then().statusCode(200);
    }
}
