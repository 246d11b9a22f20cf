package org.motcua.ui;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The app is served as one page with its bundle, small enough for a desk on a slow line, and says how to sign in. */
@QuarkusTest
class ClerkUiServedTest {

    @Test
    void thePageIsVietnameseAndLoadsItsBundle() {
        String page = given().when().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"vi\">"))
                .body(containsString("<title>Một cửa — Tỉnh Quảng Ngãi</title>"))
                .extract().asString();
        Matcher script = Pattern.compile("src=\"(/static/bundle/[^\"]+\\.js)\"").matcher(page);
        assertThat(script.find()).as("the bundle's script tag").isTrue();
        byte[] bundle = given().when().get(script.group(1)).then().statusCode(200).extract().asByteArray();
        assertThat(new String(bundle, java.nio.charset.StandardCharsets.UTF_8)).contains("motcua-app");
        // the first screen's JavaScript, gzipped as it travels: the budget is 200 kB
        assertThat(gzipped(bundle)).isLessThan(200 * 1024);
    }

    @Test
    void thePageLoadsNothingButItsOwnAndCannotBeFramed() {
        String policy = given().when().get("/").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .extract().header("Content-Security-Policy");
        assertThat(policy).contains("default-src 'self'").contains("script-src 'self';")
                .contains("frame-ancestors 'none'").doesNotContain("unsafe-eval");
        assertThat(policy.replace("style-src 'self' 'unsafe-inline'", "")).doesNotContain("unsafe-inline");
        given().when().get("/ui-config.json").then().header("Content-Security-Policy", equalTo(policy));
    }

    @Test
    void theSignInProvidersOriginIsTheOnlyOtherPlaceTheAppCalls() {
        assertThat(SecurityHeaders.policy("https://id.quangngai.gov.vn"))
                .contains("connect-src 'self' https://id.quangngai.gov.vn;");
        assertThat(SecurityHeaders.policy("")).contains("connect-src 'self';");
    }

    @Test
    void withoutConfigurationItSignsInWithTheProvincesProvider() {
        given().when().get("/ui-config.json").then().statusCode(200)
                .body("signIn", equalTo("oidc"))
                .body("clientId", equalTo("motcua-clerk-ui"))
                .body("issuer", nullValue());
    }

    private static int gzipped(byte[] bytes) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
            gzip.finish();
            return out.size();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
