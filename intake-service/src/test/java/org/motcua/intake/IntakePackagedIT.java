package org.motcua.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.motcua.testsupport.KafkaTestConsumer;
import org.motcua.testsupport.TestInfrastructure;
import org.motcua.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The packaged service (the jar the local stack and the image run) against the real Kafka and PostgreSQL and the
 * national registry simulator.
 */
@QuarkusIntegrationTest
class IntakePackagedIT {

    @Test
    void itIsReadyWithItsDatabaseAndKafka() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void aDossierSubmittedAtTheDeskIsReadBackAndAnnounced() {
        try (KafkaTestConsumer events = new KafkaTestConsumer(TestInfrastructure.shared().kafkaBootstrapServers(),
                "intake.dossier.events")) {
            JsonPath dossier = given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON)
                    .body(Requests.birthRegistrationAt("21025")).when().post("/api/v1/dossiers")
                    .then().statusCode(201).extract().jsonPath();
            String id = dossier.getString("id");
            given().auth().oauth2(TestTokens.clerk("21025")).when().get("/api/v1/dossiers/" + id).then().statusCode(200)
                    .body("code", equalTo(dossier.getString("code"))).body("status", equalTo("RECEIVED"));
            given().when().get("/api/v1/public/dossiers/" + dossier.getString("code")).then().statusCode(200);
            ConsumerRecord<String, String> submitted = await().atMost(Duration.ofSeconds(30))
                    .until(() -> events.pollFor("org.motcua.intake.dossier-submitted.v1", id), r -> !r.isEmpty()).get(0);
            assertThat(submitted.value()).contains(dossier.getString("code"));
        }
    }
}
