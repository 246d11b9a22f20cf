package org.motcua.eventcontracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class EventContractsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyGoldenExampleConformsToItsSchema() {
        assertThat(EventContracts.eventTypes()).contains(
                "org.motcua.intake.dossier-submitted.v1", "org.motcua.routing.dossier-assigned.v1");
        for (String type : EventContracts.eventTypes()) {
            assertThat(EventContracts.violations(type, EventContracts.example(type))).as(type).isEmpty();
        }
    }

    @Test
    void payloadMissingARequiredFieldIsRejected() throws Exception {
        String type = "org.motcua.intake.dossier-submitted.v1";
        ObjectNode payload = (ObjectNode) json.readTree(EventContracts.example(type));
        payload.remove("receivingUnitCode");
        assertThat(EventContracts.violations(type, payload.toString())).anySatisfy(v -> assertThat(v).contains("receivingUnitCode"));
        assertThatThrownBy(() -> EventContracts.assertValid(type, payload.toString())).isInstanceOf(AssertionError.class);
    }

    @Test
    void wrongTypesAndFormatsAreRejected() throws Exception {
        String type = "org.motcua.routing.dossier-assigned.v1";
        ObjectNode payload = (ObjectNode) json.readTree(EventContracts.example(type));
        payload.put("assignedAt", "yesterday");
        payload.put("dossierId", 42);
        assertThat(EventContracts.violations(type, payload.toString())).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void everyChannelIsATopicWithSixPartitionsAndEveryConsumerHasADeadLetterTopic() {
        assertThat(EventContracts.topics()).extracting(TopicSpec::name).contains(
                "intake.dossier.events", "routing.dossier.events",
                "intake.dossier.events.routing.dlq", "intake.dossier.events.records.dlq",
                "intake.dossier.events.notification.dlq", "routing.dossier.events.records.dlq",
                "routing.dossier.events.notification.dlq", "routing.unit.events.notification.dlq",
                "intake.access.events", "notification.access.events", "intake.access.events.records.dlq",
                "notification.access.events.records.dlq");
        assertThat(EventContracts.topics()).allSatisfy(t -> assertThat(t.partitions()).isEqualTo(6));
    }

    @Test
    void everyEventTypeIsCarriedByItsServicesTopic() {
        assertThat(EventContracts.topicOf("org.motcua.intake.dossier-submitted.v1")).isEqualTo("intake.dossier.events");
        assertThat(EventContracts.topicOf("org.motcua.routing.unit-load-changed.v1")).isEqualTo("routing.unit.events");
        assertThat(EventContracts.topicOf("org.motcua.notification.personal-data-read.v1"))
                .isEqualTo("notification.access.events");
        assertThat(EventContracts.eventTypes()).allSatisfy(type -> assertThat(EventContracts.topicOf(type))
                .startsWith(type.split("\\.")[2] + "."));
    }

    @Test
    void everyMessageOfTheAsyncApiDocumentHasASchemaFileAndAnExample() {
        EventContracts.asyncApi().path("components").path("messages").elements().forEachRemaining(message -> {
            String ref = message.path("payload").path("$ref").asText("");
            if (!ref.isEmpty()) {
                String type = message.path("name").asText();
                assertThat(ref).isEqualTo("./schemas/" + type + ".json");
                assertThat(EventContracts.example(type)).isNotBlank();
            }
        });
    }
}
