package org.motcua.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.motcua.testsupport.KafkaTestConsumer;
import org.motcua.testsupport.TestDatabase;
import org.motcua.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * After a consumer's data is restored from a backup older than a dossier's events, the operations team has the
 * service publish them again from its outbox: the same events, same ids, in their order. The action goes to the
 * audit log.
 */
@QuarkusTest
class OutboxRepublishTest {

    private static final String ASSIGNED = "org.motcua.routing.dossier-assigned.v1";
    private static final TestDatabase DB = TestDatabase.of("routing");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void aDossiersEventsArePublishedAgainWithTheirIds() {
        String dossierId = IntakeEvents.submit(java.util.Map.of("receivingUnitCode", "21025", "residenceUnitCode",
                "21025", "competenceRule", "RESIDENCE_COMMUNE", "field", IntakeEvents.freshField("Hộ tịch")));
        Assignments.awaitAssigned(dossierId);
        try (KafkaTestConsumer routed = new KafkaTestConsumer(kafka, "routing.dossier.events")) {
            String firstId = KafkaTestConsumer.header(await().atMost(Duration.ofSeconds(30))
                    .until(() -> routed.pollFor(ASSIGNED, dossierId), r -> r.size() == 1).get(0), "ce_id");

            List<String> republished = given().auth().oauth2(TestTokens.provinceAdmin())
                    .queryParam("subject", dossierId)
                    .when().post("/api/v1/outbox/republish").then().statusCode(200)
                    .extract().jsonPath().getList("findAll { it.type == '" + ASSIGNED + "' }.id");

            assertThat(republished).containsExactly(firstId);
            List<ConsumerRecord<String, String>> both = await().atMost(Duration.ofSeconds(30))
                    .until(() -> routed.pollFor(ASSIGNED, dossierId), r -> r.size() == 2);
            assertThat(both).extracting(r -> KafkaTestConsumer.header(r, "ce_id")).containsOnly(firstId);
        }
        List<Object[]> announced = DB.rows("SELECT topic, payload->>'operation', payload->>'actor', payload->>'detail'"
                + " FROM outbox_event WHERE event_type = 'org.motcua.routing.operation-performed.v1' AND subject = ?",
                dossierId);
        assertThat(announced).as("for records' audit log").singleElement().satisfies(row -> {
            assertThat(row[0]).isEqualTo("routing.access.events");
            assertThat(row[1]).isEqualTo("EVENTS_REPUBLISHED");
            assertThat((String) row[2]).isNotBlank();
            assertThat((String) row[3]).matches("phát lại [1-9][0-9]* sự kiện");
        });
        given().auth().oauth2(TestTokens.officer("21025")).queryParam("subject", dossierId)
                .when().post("/api/v1/outbox/republish").then().statusCode(403);
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().post("/api/v1/outbox/republish").then().statusCode(400);
    }
}
