package org.motcua.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motcua.testsupport.EmbeddedInfrastructure;
import org.motcua.testsupport.JwtKeys;
import org.motcua.testsupport.KeycloakServer;
import org.motcua.testsupport.RegistrySimulator;
import org.motcua.testsupport.TestInfrastructure;
import org.motcua.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import io.restassured.http.ContentType;

/**
 * The services behind a real OpenID Connect provider: Keycloak (its server distribution from Maven Central) with the
 * province's realm; intake-service and routing-service (their packaged jars) configured as a province runs them — the
 * realm's issuer, the services' audience and the realm's published keys (JWKS) — against the real Kafka and
 * PostgreSQL; and the clerk frontend signing its users in at the provider, behind the gateway.
 */
class KeycloakIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static KeycloakServer keycloak;
    private static RegistrySimulator registries;
    private static Platform platform;
    private static Gateway gateway;

    @BeforeAll
    static void start() throws IOException {
        Optional<Path> home = KeycloakServer.home();
        Optional<Path> java = KeycloakServer.javaHome();
        assumeTrue(home.isPresent(), "Keycloak's distribution is not unpacked: run the build's package phase");
        assumeTrue(java.isPresent(), "Keycloak needs Java 21 or later and none was found (MOTCUA_KEYCLOAK_JAVA_HOME)");
        int gatewayPort = EmbeddedInfrastructure.freePort();
        keycloak = KeycloakServer.start(home.get(), java.get(), true, "http://127.0.0.1:" + gatewayPort);
        Path root = Path.of("").toAbsolutePath().resolve("../..").normalize();
        registries = RegistrySimulator.start(0);
        List<ServiceSpec> specs = ServiceSpec.ALL.stream()
                .filter(s -> s.name().equals("intake") || s.name().equals("routing") || s.name().equals("clerk-ui"))
                .map(s -> s.withPort(EmbeddedInfrastructure.freePort())).toList();
        platform = Platform.start(root, TestInfrastructure.shared(), specs, TestTokens.keys().publicKeyFile(),
                registries.baseUrl(), Map.of("MOTCUA_JWT_ISSUER", keycloak.issuer(),
                        "MOTCUA_JWT_PUBLIC_KEY_LOCATION", keycloak.jwksUrl(),
                        "MOTCUA_JWT_AUDIENCES", KeycloakServer.AUDIENCE,
                        // a token that has expired is refused a second after (the default allows a minute)
                        "MP_JWT_VERIFY_CLOCK_SKEW", "1",
                        // any unknown key makes the service fetch the keys again (the default: at most every 5
                        // minutes), so that the forged tokens of one test do not hold back the rotation of another
                        "MOTCUA_JWT_JWKS_FORCED_REFRESH_MINUTES", "0",
                        // the clerk frontend signs its users in at the provider (authorization code + PKCE)
                        "MOTCUA_UI_SIGN_IN", "oidc", "MOTCUA_OIDC_ISSUER", keycloak.issuer()),
                Files.createDirectories(root.resolve("deploy/local/target/keycloak-logs")));
        gateway = platform.startGateway(gatewayPort, TestTokens.keys());
    }

    @AfterAll
    static void stop() {
        if (gateway != null) {
            gateway.close();
        }
        if (platform != null) {
            platform.close();
        }
        if (registries != null) {
            registries.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void aClerkSignedInAtTheProvincesProviderReceivesADossierAtHerUnit() {
        String token = keycloak.personToken("tiepnhan.21025");
        JsonNode claims = claims(token);
        assertThat(claims.path("iss").asText()).isEqualTo(keycloak.issuer());
        assertThat(claims.path("groups").toString()).isEqualTo("[\"clerk\"]");
        assertThat(claims.path("unit").toString()).isEqualTo("[\"21025\"]");
        assertThat(claims.path("name").asText()).isEqualTo("Trần Thị Lan");
        assertThat(claims.path("aud").toString()).contains(KeycloakServer.AUDIENCE);

        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(submission(token, "21025", null))
                .when().post(url("/api/v1/dossiers")).then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).when().get(url("/api/v1/dossiers/" + id)).then().statusCode(200)
                .body("receivingUnitCode", equalTo("21025"));
    }

    @Test
    void anOfficerSignsInToTheClerkFrontendAtTheProvincesProvider() {
        Path chromium = Path.of(System.getProperty("motcua.chromium", "/usr/bin/chromium"));
        assertThat(chromium).as("Chromium is needed for the frontend's tests: apt-get install -y chromium").exists();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium).setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run")))) {
            Page page = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN")
                    .setTimezoneId("Asia/Ho_Chi_Minh")).newPage();
            page.navigate(gateway.baseUrl() + "/#/hang-doi");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập bằng tài khoản của tỉnh"))
                    .click();
            // Keycloak's own sign-in page, then back with a code the frontend exchanges with its verifier
            page.locator("#username").fill("xuly.21025");
            page.locator("#password").fill(KeycloakServer.DEMO_PASSWORD);
            page.locator("#kc-login").click();
            PlaywrightAssertions.assertThat(page.getByTestId("who")).containsText("Nguyễn Văn Minh");
            PlaywrightAssertions.assertThat(page.getByTestId("queue")).isVisible();
            PlaywrightAssertions.assertThat(page).hasURL(gateway.baseUrl() + "/#/hang-doi");
        }
    }

    @Test
    void theNationalPortalSubmitsWithItsClientCredentials() {
        String token = keycloak.clientToken("national-portal", "national-portal-demo-secret");
        assertThat(claims(token).path("groups").toString()).isEqualTo("[\"integration\"]");
        assertThat(claims(token).path("channels").toString()).isEqualTo("[\"ONLINE\"]");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(submission(token, "21025", "ONLINE"))
                .when().post(url("/api/v1/dossiers")).then().statusCode(201).body("channel", equalTo("ONLINE"));
    }

    @Test
    void thePostalServiceSubmitsOnlyThroughThePost() {
        String token = keycloak.clientToken("postal-service", "postal-service-demo-secret");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(submission(token, "21028", "ONLINE"))
                .when().post(url("/api/v1/dossiers")).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("channel"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(submission(token, "21028", null))
                .when().post(url("/api/v1/dossiers")).then().statusCode(201).body("channel", equalTo("POSTAL"));
    }

    @Test
    void tokensTheServicesMustNotTrustAreRefusedWithAProblem() {
        String clerk = keycloak.personToken("tiepnhan.21025");
        Map<String, Object> claims = JSON.convertValue(claims(clerk), Map.class);
        Map<String, Object> forged = new LinkedHashMap<>(claims);
        forged.put("unit", List.of("21028"));
        assertRefused(TestTokens.clerk("21025"), "the local key's token: another issuer");
        assertRefused(TestTokens.keys().signed(claims), "the realm's claims signed by another key");
        assertRefused(JwtKeys.unsigned(forged), "alg: none");
        assertRefused(keycloak.clientToken("other-application", "other-application-demo-secret"),
                "a token of the realm for another audience");
        Map<String, Object> expired = new LinkedHashMap<>(claims);
        expired.put("exp", Instant.now().minusSeconds(120).getEpochSecond());
        assertRefused(TestTokens.keys().signed(expired), "expired, and signed by another key");
    }

    @Test
    void aRotatedSigningKeyIsFetchedWithoutARestart() {
        String before = keycloak.personToken("xuly.21025");
        given().auth().oauth2(before).when().get(url("/api/v1/procedures/1.001193")).then().statusCode(200);
        keycloak.rotateSigningKey();
        String after = keycloak.personToken("xuly.21025");
        assertThat(header(after).path("kid").asText()).isNotEqualTo(header(before).path("kid").asText());
        given().auth().oauth2(after).when().get(url("/api/v1/procedures/1.001193")).then().statusCode(200);
    }

    @Test
    void aTokenOfTheProviderIsRefusedOnceItHasExpired() {
        // valid for 6 seconds (5 to 6: the expiry is in whole seconds), time enough for a first call on a slow day
        String token = keycloak.clientToken("short-lived", "short-lived-demo-secret");
        given().auth().oauth2(token).when().get(url("/api/v1/procedures/1.001193")).then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> given()
                .auth().oauth2(token).when().get(url("/api/v1/procedures/1.001193")).then().statusCode(401)
                .contentType("application/problem+json"));
    }

    private static void assertRefused(String token, String why) {
        assertThat(given().auth().oauth2(token).when().get(url("/api/v1/procedures/1.001193")).then()
                .extract().response()).as(why).satisfies(response -> {
                    assertThat(response.statusCode()).as(why).isEqualTo(401);
                    assertThat(response.contentType()).as(why).startsWith("application/problem+json");
                });
    }

    /** A birth registration with the papers the catalog asks the applicant for. */
    private static Map<String, Object> submission(String token, String unit, String channel) {
        List<String> papers = given().auth().oauth2(token).when().get(url("/api/v1/procedures/1.001193")).then()
                .statusCode(200).extract().jsonPath()
                .getList("requiredDocuments.findAll { it.applicantProvides }.name", String.class);
        Map<String, Object> body = new LinkedHashMap<>(Map.of("procedureCode", "1.001193", "receivingUnitCode", unit,
                "applicant", Map.of("fullName", "Trần Văn Bình", "citizenId", "051090004321",
                        "email", "binh.tran@example.vn"),
                "documents", papers.stream().map(name -> Map.of("name", name)).toList()));
        if (channel != null) {
            body.put("channel", channel);
        }
        return body;
    }

    private static JsonNode claims(String token) {
        return part(token, 1);
    }

    private static JsonNode header(String token) {
        return part(token, 0);
    }

    private static JsonNode part(String token, int index) {
        try {
            return JSON.readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[index]),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String url(String path) {
        return platform.service("intake").baseUrl() + path;
    }
}
