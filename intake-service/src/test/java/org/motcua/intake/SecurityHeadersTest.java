package org.motcua.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.motcua.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Every answer carries platform-kit's security headers: a normal one, a refusal, the public lookup's. */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void anAnswerOfTheApiCarriesTheSecurityHeaders() {
        hasSecurityHeaders(given().auth().oauth2(TestTokens.clerk("21025")).when().get("/api/v1/procedures/1.001193")
                .then().statusCode(200));
    }

    @Test
    void aRefusalCarriesThemToo() {
        hasSecurityHeaders(given().when().get("/api/v1/procedures/1.001193").then().statusCode(401));
        hasSecurityHeaders(given().auth().oauth2(TestTokens.clerk("21025")).when().get("/api/v1/procedures/9.999999")
                .then().statusCode(404));
    }

    @Test
    void thePublicLookupCarriesThem() {
        hasSecurityHeaders(given().queryParam("phone", "0905123456").when().get("/api/v1/public/dossiers/KHONG-CO")
                .then());
    }

    @Test
    void aPageOfAnotherSiteCannotCallTheApiFromAClerksBrowser() {
        // the preflight of a cross-site call is not allowed, and the call itself is refused
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/api/v1/dossiers")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().auth().oauth2(TestTokens.clerk("21025")).header("Origin", "https://evil.example")
                .when().get("/api/v1/procedures/1.001193")
                .then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void theFrontendsOwnOriginBehindTheGatewayMayCallIt() {
        // the gateway (a trusted proxy, 127.0.0.1) says which host the browser asked: the same origin as the page
        given().auth().oauth2(TestTokens.clerk("21025")).header("Origin", "https://motcua.quangngai.gov.vn")
                .header("X-Forwarded-Host", "motcua.quangngai.gov.vn").header("X-Forwarded-Proto", "https")
                .when().get("/api/v1/procedures/1.001193")
                .then().statusCode(200);
    }

    private static void hasSecurityHeaders(ValidatableResponse response) {
        response.header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"));
    }
}
