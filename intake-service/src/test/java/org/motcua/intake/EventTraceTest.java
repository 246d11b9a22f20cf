package org.motcua.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.motcua.testsupport.KafkaTestConsumer;
import org.motcua.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A submission's trace reaches Kafka: the national portal calls in a trace of its own (W3C {@code traceparent}),
 * and the DossierSubmitted event carries that trace on (CloudEvents {@code ce_traceparent}) to routing, records and
 * notification.
 */
@QuarkusTest
class EventTraceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void dossierSubmittedIsPublishedInTheTraceOfTheRequestThatSubmittedIt() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String portalSpan = "b7ad6b7169203331";

        String published = submitAndReadTraceparent(Map.of("traceparent", "00-" + traceId + "-" + portalSpan + "-01"));

        assertThat(published).matches("00-" + traceId + "-[0-9a-f]{16}-01")
                .doesNotContain(portalSpan); // intake's span for the request, a child of the portal's
    }

    @Test
    void withoutATraceFromTheCallerTheSubmissionStartsOne() {
        assertThat(submitAndReadTraceparent(Map.of())).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    }

    /** Submits a birth registration with the headers given; the {@code ce_traceparent} of its DossierSubmitted. */
    private String submitAndReadTraceparent(Map<String, String> headers) {
        try (KafkaTestConsumer consumer = new KafkaTestConsumer(kafka, "intake.dossier.events")) {
            String id = given().auth().oauth2(TestTokens.clerk("21025")).headers(headers)
                    .contentType(ContentType.JSON).body(Requests.birthRegistrationAt("21025"))
                    .when().post("/api/v1/dossiers")
                    .then().statusCode(201)
                    .extract().path("id");
            List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(30))
                    .until(() -> consumer.pollForKey(id), r -> !r.isEmpty());
            return KafkaTestConsumer.header(records.get(0), "ce_traceparent");
        }
    }
}
