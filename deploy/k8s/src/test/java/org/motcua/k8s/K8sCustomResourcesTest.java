package org.motcua.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The Strimzi and CloudNativePG resources of every overlay satisfy their operators' CRD schemas. */
class K8sCustomResourcesTest {

    static final List<String> OVERLAYS = Rendered.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyOperatorResourceSatisfiesItsSchema(String overlay) {
        List<String> problems = new ArrayList<>();
        List<ObjectNode> custom = Rendered.overlay(overlay).objects.stream()
                .filter(o -> K8sModelTest.CUSTOM_GROUPS.contains(K8sModelTest.group(o))).toList();
        custom.forEach(o -> OperatorSchemas.validate(o).forEach(p -> problems.add(Rendered.describe(o) + ": " + p)));

        assertThat(custom).extracting(o -> o.path("kind").asText())
                .contains("Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser", "Cluster", "Database");
        assertThat(problems).as("resources of %s their operator would refuse or ignore", overlay).isEmpty();
    }

    @Test
    void theRunbooksDrillsSatisfyTheirSchemas() throws Exception {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(Rendered.module().resolve("drills"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                ObjectNode drill = (ObjectNode) Rendered.YAML.readTree(file.toFile());
                OperatorSchemas.validate(drill).forEach(p -> problems.add(file.getFileName() + ": " + p));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void anUnknownFieldAndAWrongValueAreFound() throws Exception {
        ObjectNode kafka = (ObjectNode) Rendered.YAML.readTree("""
                apiVersion: kafka.strimzi.io/v1
                kind: Kafka
                metadata: {name: wrong}
                spec:
                  kafka:
                    listeners:
                    - {name: tls, port: 9093, type: internal, tls: true, authentication: {type: scram}}
                    replicas: 3
                    config: {any.broker.setting: kept}
                """);

        assertThat(String.join("\n", OperatorSchemas.validate(kafka)))
                .contains("replicas").contains("scram").doesNotContain("any.broker.setting");
    }

    @Test
    void aKindWithoutASchemaIsNamed() throws Exception {
        ObjectNode connect = (ObjectNode) Rendered.YAML.readTree("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaConnect
                metadata: {name: connect}
                """);

        assertThat(OperatorSchemas.validate(connect)).singleElement().asString().contains("no CRD schema");
    }
}
