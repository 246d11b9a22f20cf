package org.motcua.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * Every object of every overlay is one the Kubernetes API (or the Prometheus Operator's) knows, field by field;
 * the operators' own kinds are checked against their schemas instead ({@link K8sCustomResourcesTest}).
 */
class K8sModelTest {

    /** The kinds validated by their operators' CRD schemas. */
    static final Set<String> CUSTOM_GROUPS = Set.of("kafka.strimzi.io", "postgresql.cnpg.io");

    static final List<String> OVERLAYS = Rendered.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyObjectIsOfAKnownKindWithOnlyKnownFields(String overlay) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode object : Rendered.overlay(overlay).objects) {
            if (CUSTOM_GROUPS.contains(group(object))) {
                continue;
            }
            KubernetesResource typed = ModelStrictness.typed(object);
            if (typed == null) {
                problems.add(Rendered.describe(object) + ": no model knows " + object.path("apiVersion").asText());
                continue;
            }
            ModelStrictness.unknownFields(typed).forEach(f -> problems.add(Rendered.describe(object) + ": unknown " + f));
        }
        assertThat(problems).as("objects of %s the Kubernetes model does not accept", overlay).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyNamespacedObjectIsInThePlatformsNamespace(String overlay) {
        assertThat(Rendered.overlay(overlay).objects)
                .filteredOn(o -> !o.path("kind").asText().equals("Namespace"))
                .allSatisfy(o -> assertThat(o.path("metadata").path("namespace").asText())
                        .as(Rendered.describe(o)).isEqualTo("motcua"));
    }

    @Test
    void aMisplacedFieldIsFound() throws Exception {
        ObjectNode deployment = (ObjectNode) Rendered.YAML.readTree("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: misplaced}
                spec:
                  selector: {matchLabels: {app: x}}
                  template:
                    metadata: {labels: {app: x}}
                    spec:
                      containers:
                      - name: x
                        image: x:1
                        readOnlyRootFilesystem: true
                        resources: {limit: {cpu: "1"}}
                """);

        KubernetesResource typed = ModelStrictness.typed(deployment);

        assertThat(typed).isInstanceOf(Deployment.class);
        assertThat(ModelStrictness.unknownFields(typed)).containsExactlyInAnyOrder(
                ".spec.template.spec.containers[0].readOnlyRootFilesystem",
                ".spec.template.spec.containers[0].resources.limit");
    }

    static String group(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        return apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
    }
}
