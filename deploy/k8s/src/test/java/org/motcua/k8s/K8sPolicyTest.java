package org.motcua.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The deployment policy: pinned images, no root, no privilege, limits on everything, every workload covered by a
 * disruption budget, an autoscaler and a network policy under a namespace that denies by default, no secret
 * values in the manifests, and production spread across nodes.
 */
class K8sPolicyTest {

    static final List<String> OVERLAYS = Rendered.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void imagesArePinnedToAVersion(String overlay) throws IOException {
        String version = Files.readString(Rendered.repository().resolve("pom.xml"))
                .replaceAll("(?s).*?<artifactId>motcua-parent</artifactId>\\s*<version>([^<]+)</version>.*", "$1");
        for (Workload w : Workload.all(Rendered.overlay(overlay))) {
            String image = w.container.path("image").asText();
            assertThat(image).as(w.name()).matches(".+/" + w.name() + ":[0-9][\\w.-]*")
                    .doesNotEndWith(":latest");
            if (overlay.equals("dev")) {
                assertThat(image).as("dev runs what the build makes").endsWith(":" + version);
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void podsRunAsNonRootWithoutPrivilegeOnAReadOnlyFilesystem(String overlay) {
        for (Workload w : Workload.all(Rendered.overlay(overlay))) {
            JsonNode pod = w.pod.path("securityContext");
            assertThat(pod.path("runAsNonRoot").asBoolean()).as(w.name()).isTrue();
            assertThat(pod.path("runAsUser").asInt(0)).as(w.name()).isPositive();
            assertThat(pod.path("seccompProfile").path("type").asText()).as(w.name()).isEqualTo("RuntimeDefault");
            assertThat(w.pod.path("automountServiceAccountToken").asBoolean(true)).as(w.name()).isFalse();
            assertThat(w.pod.path("hostNetwork").asBoolean() || w.pod.path("hostPID").asBoolean()).isFalse();
            for (JsonNode container : containers(w.pod)) {
                JsonNode security = container.path("securityContext");
                String name = w.name() + "/" + container.path("name").asText();
                assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).as(name).isFalse();
                assertThat(security.path("readOnlyRootFilesystem").asBoolean()).as(name).isTrue();
                assertThat(security.path("privileged").asBoolean()).as(name).isFalse();
                assertThat(security.path("capabilities").path("drop").toString()).as(name).contains("\"ALL\"");
                assertThat(security.path("capabilities").path("add").isEmpty()).as(name).isTrue();
                assertThat(security.path("runAsUser").asInt(1)).as(name).isPositive();
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyContainerAndEveryOperatorManagedPodHasRequestsAndLimits(String overlay) {
        Rendered rendered = Rendered.overlay(overlay);
        List<String> missing = new ArrayList<>();
        for (Workload w : Workload.all(rendered)) {
            containers(w.pod).forEach(c -> check(w.name() + "/" + c.path("name").asText(), c.path("resources"), missing));
        }
        rendered.ofKind("KafkaNodePool").forEach(p -> check(Rendered.describe(p), p.path("spec").path("resources"), missing));
        rendered.ofKind("Cluster").forEach(c -> check(Rendered.describe(c), c.path("spec").path("resources"), missing));
        rendered.ofKind("Kafka").forEach(k -> {
            JsonNode spec = k.path("spec");
            check("topic operator", spec.path("entityOperator").path("topicOperator").path("resources"), missing);
            check("user operator", spec.path("entityOperator").path("userOperator").path("resources"), missing);
            check("Kafka Exporter", spec.path("kafkaExporter").path("resources"), missing);
        });
        assertThat(missing).as("without requests and limits of CPU and memory").isEmpty();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyDeploymentHasADisruptionBudgetAnAutoscalerAndANetworkPolicy(String overlay) {
        Rendered rendered = Rendered.overlay(overlay);
        assertThat(rendered.ofKind("NetworkPolicy").filter(np -> np.path("spec").path("podSelector").isEmpty()
                && np.path("spec").path("policyTypes").toString().contains("Ingress")
                && np.path("spec").path("policyTypes").toString().contains("Egress")
                && np.path("spec").path("ingress").isMissingNode() && np.path("spec").path("egress").isMissingNode()))
                .as("a namespace-wide deny of all ingress and egress").hasSize(1);
        for (Workload w : Workload.all(rendered)) {
            Map<String, String> labels = w.podLabels();
            assertThat(rendered.ofKind("PodDisruptionBudget").filter(pdb -> selects(pdb.path("spec").path("selector"), labels)))
                    .as(w.name() + "'s PodDisruptionBudget").hasSize(1);
            assertThat(rendered.ofKind("NetworkPolicy").filter(np -> !np.path("spec").path("podSelector").isEmpty()
                    && selects(np.path("spec").path("podSelector"), labels)
                    && np.path("spec").path("policyTypes").toString().contains("Ingress")))
                    .as(w.name() + "'s own NetworkPolicy").hasSize(1);
            assertThat(rendered.ofKind("HorizontalPodAutoscaler").filter(hpa ->
                    hpa.path("spec").path("scaleTargetRef").path("name").asText().equals(w.name())))
                    .as(w.name() + "'s HorizontalPodAutoscaler").hasSize(1);
            assertThat(w.deployment.path("spec").path("strategy").path("rollingUpdate").path("maxUnavailable").asInt(1))
                    .as(w.name() + " rolls without losing capacity").isZero();
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void noSecretIsWrittenInTheManifests(String overlay) {
        Rendered rendered = Rendered.overlay(overlay);
        assertThat(rendered.ofKind("Secret")).as("Secrets are made at install (deploy/README.md)").isEmpty();
        for (Workload w : Workload.all(rendered)) {
            w.environment().forEach((name, source) -> {
                if (K8sServicesTest.secret(name)) {
                    assertThat(source.fromSecret()).as("%s: %s is a secret, from a Secret", w.name(), name).isTrue();
                }
            });
        }
        assertThat(rendered.text).doesNotContain("BEGIN PRIVATE KEY").doesNotContain("local-development-only");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void productionSpreadsEveryServiceAndKeepsThreeOfEverything(String overlay) {
        Rendered rendered = Rendered.overlay(overlay);
        int expected = overlay.equals("prod") ? 3 : 1;
        for (Workload w : Workload.all(rendered)) {
            assertThat(w.deployment.path("spec").path("replicas").asInt()).as(w.name()).isEqualTo(expected);
            assertThat(rendered.get("HorizontalPodAutoscaler", w.name()).path("spec").path("minReplicas").asInt())
                    .as(w.name()).isEqualTo(expected);
            if (overlay.equals("prod")) {
                assertThat(w.pod.path("topologySpreadConstraints").toString()).as(w.name())
                        .contains("kubernetes.io/hostname").contains("topology.kubernetes.io/zone");
                assertThat(w.pod.path("affinity").path("podAntiAffinity").isMissingNode()).as(w.name()).isFalse();
            }
        }
        assertThat(rendered.get("Cluster", "motcua-db").path("spec").path("instances").asInt()).isEqualTo(expected);
        int brokers = rendered.ofKind("KafkaNodePool").filter(p -> p.path("spec").path("roles").toString().contains("broker"))
                .mapToInt(p -> p.path("spec").path("replicas").asInt()).sum();
        int controllers = rendered.ofKind("KafkaNodePool").filter(p -> p.path("spec").path("roles").toString().contains("controller"))
                .mapToInt(p -> p.path("spec").path("replicas").asInt()).sum();
        assertThat(List.of(brokers, controllers)).containsOnly(expected);
    }

    private static List<JsonNode> containers(JsonNode pod) {
        return Stream.concat(stream(pod.path("initContainers")), stream(pod.path("containers"))).toList();
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items.stream();
    }

    private static void check(String what, JsonNode resources, List<String> missing) {
        for (String kind : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                if (resources.path(kind).path(resource).asText().isEmpty()) {
                    missing.add(what + ": " + kind + "." + resource);
                }
            }
        }
    }

    private static boolean selects(JsonNode selector, Map<String, String> labels) {
        JsonNode matchLabels = selector.has("matchLabels") ? selector.path("matchLabels") : selector;
        if (matchLabels.isEmpty() || !(matchLabels instanceof ObjectNode)) {
            return false;
        }
        return labels.entrySet().containsAll(K8sServicesTest.labels(matchLabels).entrySet());
    }
}
