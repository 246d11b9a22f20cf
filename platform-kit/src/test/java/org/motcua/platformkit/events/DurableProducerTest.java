package org.motcua.platformkit.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class DurableProducerTest {

    @Test
    void connectsWithTheServicesKafkaSettingsAndStaysDurable() {
        Properties settings = DurableProducer.settings(Map.of(
                "bootstrap.servers", "motcua-kafka-bootstrap:9093",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "ssl.truststore.type", "PEM",
                "group.id", "intake",
                "acks", "1"), "outbox-relay-intake");

        assertThat(settings)
                .containsEntry("bootstrap.servers", "motcua-kafka-bootstrap:9093")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("ssl.truststore.type", "PEM")
                .containsEntry("acks", "all")
                .containsEntry("enable.idempotence", true)
                .containsEntry("client.id", "outbox-relay-intake")
                .doesNotContainKey("group.id");
    }
}
