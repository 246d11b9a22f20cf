package org.motcua.records;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.awt.Color;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.motcua.testsupport.TestEvents;
import org.motcua.testsupport.TestTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The packaged service (the jar the local stack and the image run) against the real Kafka and PostgreSQL. */
@QuarkusIntegrationTest
@QuarkusTestResource(value = PackagedRecordsSettings.class, restrictToAnnotatedClass = true)
class RecordsPackagedIT {

    private static final String SUBMITTED = "org.motcua.intake.dossier-submitted.v1";

    @Test
    void itIsReadyWithItsDatabaseAndKafka() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void aSubmittedDossierIsArchivedAndAScanOfItIsKeptAndServed() {
        String dossier = UUID.randomUUID().toString();
        TestEvents.send(SUBMITTED, dossier, Map.of("receivingUnitCode", "21025"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/dossiers/" + dossier).then().statusCode(200));
        byte[] scan = SampleFiles.png(Color.PINK);
        String document = given().auth().oauth2(TestTokens.clerk("21025"))
                .multiPart("file", "giay-khai-sinh.png", scan, "image/png").multiPart("dossierId", dossier)
                .when().post("/api/v1/documents").then().statusCode(201).body("detectedFormat", equalTo("PNG"))
                .extract().path("id");
        byte[] served = given().auth().oauth2(TestTokens.clerk("21025")).when()
                .get("/api/v1/documents/" + document + "/content").then().statusCode(200).extract().asByteArray();
        assertThat(served).isEqualTo(scan);
    }
}
