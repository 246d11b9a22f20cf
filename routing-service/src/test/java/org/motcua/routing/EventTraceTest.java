package org.motcua.routing;

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
import org.motcua.testsupport.TestEvents;

import io.quarkus.test.junit.QuarkusTest;

/** A dossier's trace goes on through routing: what it publishes for an event continues the event's trace. */
@QuarkusTest
class EventTraceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void theAssignmentIsPublishedInTheTraceTheSubmissionCameIn() {
        String dossierId = UUID.randomUUID().toString();
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String intakeSpan = "00f067aa0ba902b7";
        try (KafkaTestConsumer routed = new KafkaTestConsumer(kafka, "routing.dossier.events")) {
            TestEvents.sendInTrace("00-" + traceId + "-" + intakeSpan + "-01", "org.motcua.intake.dossier-submitted.v1",
                    dossierId, Map.of("receivingUnitCode", "21025", "residenceUnitCode", "21025",
                            "dossierCode", "21025-261207-" + String.format("%04d", Math.abs(dossierId.hashCode() % 10000))));

            List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(30))
                    .until(() -> routed.pollForKey(dossierId), r -> !r.isEmpty());

            String traceparent = KafkaTestConsumer.header(records.get(0), "ce_traceparent");
            assertThat(traceparent).as("W3C traceparent: version, trace, span, flags")
                    .matches("00-" + traceId + "-[0-9a-f]{16}-01")
                    .doesNotContain(intakeSpan); // routing's own span, a child of intake's
        }
    }
}
