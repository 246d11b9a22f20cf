package org.motcua.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.motcua.testsupport.TestEvents;
import org.motcua.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;

/** The packaged service (the jar the local stack and the image run) against the real Kafka, PostgreSQL and SMTP. */
@QuarkusIntegrationTest
class NotificationPackagedIT {

    private static final String SUBMITTED = "org.motcua.intake.dossier-submitted.v1";

    @Test
    void itIsReadyWithItsDatabaseAndKafka() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void aChoiceOfChannelsIsKeptAndReadBack() {
        String phone = "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON)
                .body(Map.of("contact", Map.of("phone", phone), "channels", Map.of("SMS", false, "ZALO", true)))
                .when().put("/api/v1/contact-preferences").then().statusCode(200);
        given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON)
                .body(Map.of("phone", phone)).when().post("/api/v1/contact-preferences/lookup").then().statusCode(200)
                .body("find { it.channel == 'ZALO' }.wanted", equalTo(true))
                .body("find { it.channel == 'SMS' }.wanted", equalTo(false));
    }

    @Test
    void aDossierSubmittedOnKafkaBecomesAMailInTheMailbox() {
        String dossierId = UUID.randomUUID().toString();
        String email = "nd-" + dossierId.substring(0, 8) + "@example.vn";
        TestEvents.send(SUBMITTED, dossierId, Map.of("applicant", Map.of("fullName", "Nguyễn Thị Hồng Nhung",
                "email", email)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/notifications?dossierId=" + dossierId).then().statusCode(200)
                .body("items.findAll { it.channel == 'EMAIL' }.status", hasItem("SENT")));
    }
}
