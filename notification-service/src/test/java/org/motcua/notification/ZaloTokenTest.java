package org.motcua.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.motcua.testsupport.TestDatabase;
import org.motcua.testsupport.TestEvents;
import org.motcua.testsupport.TestTokens;
import org.motcua.testsupport.gateway.ZaloSimulator;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The official account's Zalo token is renewed before it expires, and at once when Zalo refuses it. */
@QuarkusTest
class ZaloTokenTest {

    private static final TestDatabase DB = TestDatabase.of("notification");
    private static final String SUBMITTED = "org.motcua.intake.dossier-submitted.v1";

    @Test
    void theTokenIsRenewedBeforeItExpiresEachRefreshTokenServingOnce() {
        ZaloSimulator zalo = ChannelSimulators.zalo();
        // the configured pair's expiry is unknown: it is renewed as soon as an instance looks
        await().atMost(Duration.ofSeconds(30)).until(() -> token() != null && token().refreshedAt() != null);
        Token before = token();
        assertThat(before.expiresAt()).isAfter(Instant.now().plus(Duration.ofHours(24)));

        // two hours before it expires, the token is renewed with the refresh token that came with it
        DB.update("UPDATE zalo_token SET expires_at = now() + interval '90 minutes'");
        await().atMost(Duration.ofSeconds(30)).until(() -> !token().accessToken().equals(before.accessToken()));
        assertThat(zalo.refreshTokensSpent()).contains(before.refreshToken()).doesNotHaveDuplicates();
        assertThat(token().expiresAt()).isAfter(Instant.now().plus(Duration.ofHours(24)));

        // the old token is no longer needed: messages go out with the new one
        zalo.expire(before.accessToken());
        String phone = zaloPerson();
        submit(phone);
        await().atMost(Duration.ofSeconds(30)).until(() -> zalo.acceptedFor("84" + phone.substring(1)).size() == 1);
    }

    @Test
    void aTokenZaloRefusesIsRenewedAndTheMessageStillGoesOut() {
        ZaloSimulator zalo = ChannelSimulators.zalo();
        await().atMost(Duration.ofSeconds(30)).until(() -> token() != null && token().refreshedAt() != null);
        Token before = token();
        zalo.expireAccessTokens();
        String phone = zaloPerson();
        String dossierId = submit(phone);
        await().atMost(Duration.ofSeconds(30)).until(() -> zalo.acceptedFor("84" + phone.substring(1)).size() == 1);
        assertThat(token().accessToken()).isNotEqualTo(before.accessToken());
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/notifications?dossierId=" + dossierId)
                .then().body("items.find { it.channel == 'ZALO' }.attempts", equalTo(1));
    }

    private record Token(String accessToken, String refreshToken, Instant expiresAt, Instant refreshedAt) {
    }

    private Token token() {
        return DB.rows("SELECT access_token, refresh_token, expires_at, refreshed_at FROM zalo_token").stream()
                .map(row -> new Token((String) row[0], (String) row[1], (Instant) row[2], (Instant) row[3]))
                .findFirst().orElse(null);
    }

    /** A phone number whose owner chose Zalo. */
    private static String zaloPerson() {
        String phone = "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON)
                .body(Map.of("contact", Map.of("phone", phone), "channels", Map.of("SMS", false, "ZALO", true)))
                .when().put("/api/v1/contact-preferences").then().statusCode(200);
        return phone;
    }

    private String submit(String phone) {
        String dossierId = UUID.randomUUID().toString();
        TestEvents.send(SUBMITTED, dossierId, Map.of("applicant", Map.of("fullName", "Nguyễn Thị Hồng Nhung",
                "phone", phone)));
        return dossierId;
    }
}
