package org.motcua.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Kafka as the contracts and the services say: a KafkaTopic for every topic of the AsyncAPI document and nothing
 * else, and each service's KafkaUser allowed exactly what the service does.
 */
class K8sKafkaTest {

    static final List<String> OVERLAYS = Rendered.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyTopicOfTheContractsIsAKafkaTopicWithItsPartitions(String overlay) {
        Rendered rendered = Rendered.overlay(overlay);
        Map<String, Integer> topics = new LinkedHashMap<>();
        int replicas = overlay.equals("dev") ? 1 : 3;
        rendered.ofKind("KafkaTopic").forEach(t -> {
            JsonNode spec = t.path("spec");
            topics.put(spec.path("topicName").asText(), spec.path("partitions").asInt());
            assertThat(spec.path("replicas").asInt()).as(spec.path("topicName").asText()).isEqualTo(replicas);
            assertThat(spec.path("config").path("min.insync.replicas").asInt()).isEqualTo(overlay.equals("dev") ? 1 : 2);
            assertThat(t.path("metadata").path("labels").path("strimzi.io/cluster").asText()).isEqualTo("motcua");
        });

        assertThat(topics).isEqualTo(Contracts.topics());
        JsonNode config = rendered.get("Kafka", "motcua").path("spec").path("kafka").path("config");
        assertThat(config.path("auto.create.topics.enable").asBoolean(true)).as("topics only from KafkaTopics").isFalse();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void eachServiceConsumesWhatTheContractsSayAndHasItsDeadLetterTopics(String overlay) {
        Set<String> topics = Contracts.topics().keySet();
        for (String service : List.of("intake", "routing", "records", "notification")) {
            ServiceConfig config = ServiceConfig.of(service + "-service");
            Set<String> consumed = new TreeSet<>();
            config.incoming().forEach(channel -> {
                assertThat(channel.group()).as(service + "'s consumer group").isEqualTo(service);
                consumed.addAll(channel.topics());
                channel.topics().forEach(t -> assertThat(topics).contains(t, t + "." + service + ".dlq"));
            });
            assertThat(consumed).as(service).isEqualTo(new TreeSet<>(Contracts.topicsOf(service, "receive")));
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void eachServicesKafkaUserMayDoExactlyWhatTheServiceDoes(String overlay) {
        Rendered rendered = Rendered.overlay(overlay);
        for (String service : List.of("intake", "routing", "records", "notification")) {
            Set<String> expected = new TreeSet<>();
            Contracts.topicsOf(service, "send").forEach(t -> expected.addAll(List.of("topic " + t + " Write", "topic " + t + " Describe")));
            ServiceConfig.of(service + "-service").incoming().forEach(channel -> channel.topics().forEach(t -> {
                expected.addAll(List.of("topic " + t + " Read", "topic " + t + " Describe"));
                String dlq = t + "." + channel.group() + ".dlq";
                expected.addAll(List.of("topic " + dlq + " Write", "topic " + dlq + " Describe", "topic " + dlq + " Read"));
                expected.addAll(List.of("group " + channel.group() + " Read", "group " + channel.group() + " Describe"));
                String replay = channel.group() + ".dlq-replay"; // DeadLetterReplay
                expected.addAll(List.of("group " + replay + " Read", "group " + replay + " Describe"));
            }));
            expected.add("cluster  IdempotentWrite");

            JsonNode user = rendered.get("KafkaUser", service + "-service").path("spec");
            assertThat(user.path("authorization").path("type").asText()).isEqualTo("simple");
            Set<String> granted = new TreeSet<>();
            for (JsonNode acl : user.path("authorization").path("acls")) {
                assertThat(acl.path("type").asText("allow")).isEqualTo("allow");
                assertThat(acl.path("resource").path("patternType").asText("literal")).isEqualTo("literal");
                acl.path("operations").forEach(op -> granted.add(acl.path("resource").path("type").asText() + " "
                        + acl.path("resource").path("name").asText() + " " + op.asText()));
            }
            assertThat(granted).as("what %s's Kafka user may do", service).isEqualTo(expected);
        }
    }
}
