package org.motcua.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The manifests agree with the services themselves: the ports and health paths they serve, the variables their
 * configuration reads, the database and Kafka user each one is given, the Ingress the frontend's calls go through.
 */
class K8sServicesTest {

    static final List<String> OVERLAYS = Rendered.OVERLAYS;

    /** A name that holds a secret: its value must come from a Secret. */
    static final Pattern SECRET = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|JAAS|_KEY|_KEYS)(_.*)?$");
    /** A name that holds a secret but names where it is, not the secret itself. */
    static final Pattern NOT_SECRET = Pattern.compile(".*(_LOCATION|_URL|_TYPE)$");

    /** Quarkus settings the manifests set directly, and why. */
    static final Map<String, String> QUARKUS = Map.of(
            "QUARKUS_DATASOURCE_JDBC_MAX_SIZE", "the connection pool: all pods together stay under max_connections",
            "QUARKUS_OTEL_SDK_DISABLED", "traces, off by default (platform-kit), on where a collector takes them");

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void eachServiceListensWhereItsServiceItsProbesAndTheIngressLook(String overlay) throws IOException {
        Rendered rendered = Rendered.overlay(overlay);
        for (Workload w : Workload.all(rendered)) {
            int port = ServiceConfig.of(w.name()).port();
            assertThat(w.container.path("ports").path(0).path("containerPort").asInt()).as(w.name()).isEqualTo(port);
            assertThat(w.container.path("ports").path(0).path("name").asText()).isEqualTo("http");
            JsonNode service = rendered.get("Service", w.name()).path("spec");
            assertThat(service.path("ports").path(0).path("port").asInt()).as(w.name()).isEqualTo(port);
            assertThat(service.path("ports").path(0).path("targetPort").asText()).isEqualTo("http");
            assertThat(labels(service.path("selector"))).as(w.name()).isEqualTo(
                    subset(w.podLabels(), labels(service.path("selector")).keySet()));

            assertThat(w.container.path("startupProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/started");
            assertThat(w.container.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/ready");
            assertThat(w.container.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/live");
            String pom = Files.readString(Rendered.repository().resolve(w.name()).resolve("pom.xml"))
                    + (w.name().equals("clerk-ui") ? "" : Files.readString(Rendered.repository().resolve("platform-kit/pom.xml")));
            assertThat(pom).as(w.name() + " serves /q/health").contains("quarkus-smallrye-health");
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void eachVariableGivenIsOneTheServiceReads(String overlay) {
        for (Workload w : Workload.all(Rendered.overlay(overlay))) {
            ServiceConfig config = ServiceConfig.of(w.name());
            assertThat(w.environment().keySet()).as("variables of %s that %s does not read", overlay, w.name())
                    .allSatisfy(name -> assertThat(config.variables().containsKey(name) || kafkaSetting(name, config)
                            || QUARKUS.containsKey(name) || name.equals("JDK_JAVA_OPTIONS")).as(name).isTrue());
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everySecretAndEverySettingWithoutADefaultIsGiven(String overlay) {
        for (Workload w : Workload.all(Rendered.overlay(overlay))) {
            Map<String, Workload.Source> environment = w.environment();
            ServiceConfig.of(w.name()).variables().forEach((name, hasDefault) -> {
                if (!hasDefault) {
                    assertThat(environment.keySet()).as("%s needs %s", w.name(), name).contains(name);
                }
                if (secret(name)) {
                    assertThat(environment.keySet()).as("%s: %s has only a development default", w.name(), name).contains(name);
                    assertThat(environment.get(name).fromSecret()).as("%s: %s from a Secret", w.name(), name).isTrue();
                }
            });
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void eachServiceUsesItsOwnDatabaseAsItsOwnRoleOverVerifiedTls(String overlay) {
        Rendered rendered = Rendered.overlay(overlay);
        ObjectNode cluster = rendered.ofKind("Cluster").findFirst().orElseThrow();
        String clusterName = Rendered.name(cluster);
        Set<String> databases = new HashSet<>();
        for (Workload w : Workload.all(rendered)) {
            Map<String, Workload.Source> environment = w.environment();
            if (!environment.containsKey("MOTCUA_DB_URL")) {
                continue;
            }
            Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+):5432/([a-z_]+)\\?(.*)")
                    .matcher(environment.get("MOTCUA_DB_URL").value());
            assertThat(url.matches()).as(w.name() + " " + environment.get("MOTCUA_DB_URL")).isTrue();
            String database = url.group(2);
            assertThat(databases.add(database)).as("%s shares the database %s", w.name(), database).isTrue();
            assertThat(url.group(1)).as(w.name()).isEqualTo(clusterName + "-rw");
            assertThat(url.group(3)).contains("sslmode=verify-full");
            String rootCert = url.group(3).replaceAll(".*sslrootcert=([^&]+).*", "$1");
            assertThat(w.secretMountedAt(rootCert)).as("%s: the server's CA at %s", w.name(), rootCert)
                    .isEqualTo(clusterName + "-ca");

            JsonNode db = rendered.ofKind("Database").filter(d -> d.path("spec").path("name").asText().equals(database))
                    .findFirst().orElseThrow(() -> new AssertionError("no Database " + database)).path("spec");
            assertThat(db.path("cluster").path("name").asText()).isEqualTo(clusterName);
            String owner = db.path("owner").asText();
            Workload.Source user = environment.get("MOTCUA_DB_USER");
            Workload.Source password = environment.get("MOTCUA_DB_PASSWORD");
            assertThat(user.secret()).as(w.name()).isEqualTo(password.secret());
            assertThat(List.of(user.key(), password.key())).containsExactly("username", "password");
            JsonNode role = StreamSupport.stream(cluster.path("spec").path("managed").path("roles").spliterator(), false)
                    .filter(r -> r.path("name").asText().equals(owner)).findFirst()
                    .orElseThrow(() -> new AssertionError("no managed role " + owner));
            assertThat(role.path("passwordSecret").path("name").asText()).as("%s logs in as %s", w.name(), owner)
                    .isEqualTo(user.secret());
            assertThat(role.path("login").asBoolean()).isTrue();
            assertThat(egressTo(rendered, w, "cnpg.io/cluster", clusterName)).as(w.name() + " reaches PostgreSQL")
                    .contains(5432);
        }
        assertThat(databases).containsExactlyInAnyOrder("intake", "routing", "records", "notification");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void eachServiceReachesKafkaAsItsOwnUserOverTls(String overlay) {
        Rendered rendered = Rendered.overlay(overlay);
        ObjectNode kafka = rendered.ofKind("Kafka").findFirst().orElseThrow();
        String kafkaName = Rendered.name(kafka);
        JsonNode listener = StreamSupport.stream(kafka.path("spec").path("kafka").path("listeners").spliterator(), false)
                .filter(l -> l.path("tls").asBoolean()).findFirst().orElseThrow();
        int port = listener.path("port").asInt();
        assertThat(listener.path("authentication").path("type").asText()).isEqualTo("scram-sha-512");
        int clients = 0;
        for (Workload w : Workload.all(rendered)) {
            Map<String, Workload.Source> environment = w.environment();
            if (!environment.containsKey("KAFKA_BOOTSTRAP_SERVERS")) {
                assertThat(ServiceConfig.of(w.name()).incoming()).as(w.name() + " consumes without Kafka").isEmpty();
                continue;
            }
            clients++;
            assertThat(environment.get("KAFKA_BOOTSTRAP_SERVERS").value()).isEqualTo(kafkaName + "-kafka-bootstrap:" + port);
            assertThat(environment.get("KAFKA_SECURITY_PROTOCOL").value()).isEqualTo("SASL_SSL");
            assertThat(environment.get("KAFKA_SASL_MECHANISM").value()).isEqualTo("SCRAM-SHA-512");
            Workload.Source jaas = environment.get("KAFKA_SASL_JAAS_CONFIG");
            assertThat(jaas.secret()).as("%s is its own Kafka user", w.name()).isEqualTo(w.name());
            assertThat(jaas.key()).isEqualTo("sasl.jaas.config");
            assertThat(rendered.get("KafkaUser", w.name()).path("spec").path("authentication").path("type").asText())
                    .isEqualTo("scram-sha-512");
            assertThat(environment.get("KAFKA_SSL_TRUSTSTORE_TYPE").value()).isEqualTo("PEM");
            assertThat(w.secretMountedAt(environment.get("KAFKA_SSL_TRUSTSTORE_LOCATION").value()))
                    .as("%s trusts the cluster CA", w.name()).isEqualTo(kafkaName + "-cluster-ca-cert");
            listener.path("networkPolicyPeers").forEach(peer -> assertThat(w.podLabels())
                    .as("%s is admitted by the listener", w.name())
                    .containsAllEntriesOf(labels(peer.path("podSelector").path("matchLabels"))));
            assertThat(egressTo(rendered, w, "strimzi.io/cluster", kafkaName)).as(w.name() + " reaches Kafka").contains(port);
        }
        assertThat(clients).isEqualTo(4);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theIngressRoutesEveryPrefixTheFrontendCallsToItsServiceAndNothingElse(String overlay) throws IOException {
        Rendered rendered = Rendered.overlay(overlay);
        JsonNode ingress = rendered.ofKind("Ingress").findFirst().orElseThrow();
        assertThat(ingress.path("metadata").path("annotations").path("nginx.ingress.kubernetes.io/rewrite-target").asText())
                .isEqualTo("/$1");
        Map<String, String> routes = new LinkedHashMap<>();
        for (JsonNode rule : ingress.path("spec").path("rules")) {
            for (JsonNode path : rule.path("http").path("paths")) {
                routes.put(path.path("path").asText(), path.path("backend").path("service").path("name").asText());
                assertThat(path.path("backend").path("service").path("port").path("name").asText()).isEqualTo("http");
            }
        }
        String api = Files.readString(Rendered.repository().resolve("clerk-ui/src/main/resources/web/app/api.js"));
        Matcher prefixes = Pattern.compile("(\\w+): '(/\\w+)'").matcher(
                api.substring(api.indexOf("const PREFIX"), api.indexOf('}', api.indexOf("const PREFIX"))));
        Map<String, String> expected = new LinkedHashMap<>();
        while (prefixes.find()) {
            expected.put(prefixes.group(2) + "/(api/.*)", prefixes.group(1) + "-service");
        }
        expected.put("/(.*)", "clerk-ui");
        assertThat(expected).hasSize(5);
        assertThat(routes).as("the services' /q/ (health, metrics) stay inside").isEqualTo(expected);
    }

    private static boolean kafkaSetting(String name, ServiceConfig config) {
        String setting = name.startsWith("KAFKA_") ? name.substring(6).toLowerCase().replace('_', '.') : "";
        return config.get("kafka.bootstrap.servers").isPresent()
                && (ProducerConfig.configNames().contains(setting) || ConsumerConfig.configNames().contains(setting));
    }

    static boolean secret(String name) {
        return SECRET.matcher(name).matches() && !NOT_SECRET.matcher(name).matches();
    }

    /** The ports a workload's own NetworkPolicy lets it reach on the pods with the label. */
    private static Set<Integer> egressTo(Rendered rendered, Workload w, String label, String value) {
        Set<Integer> ports = new HashSet<>();
        rendered.ofKind("NetworkPolicy")
                .filter(np -> w.podLabels().entrySet().containsAll(labels(np.path("spec").path("podSelector")
                        .path("matchLabels")).entrySet()) && !np.path("spec").path("podSelector").path("matchLabels").isEmpty())
                .forEach(np -> np.path("spec").path("egress").forEach(rule -> {
                    boolean toThem = StreamSupport.stream(rule.path("to").spliterator(), false)
                            .anyMatch(peer -> value.equals(peer.path("podSelector").path("matchLabels").path(label).asText()));
                    if (toThem) {
                        rule.path("ports").forEach(p -> ports.add(p.path("port").asInt()));
                    }
                }));
        return ports;
    }

    static Map<String, String> labels(JsonNode node) {
        Map<String, String> labels = new LinkedHashMap<>();
        node.properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    private static Map<String, String> subset(Map<String, String> labels, Set<String> keys) {
        Map<String, String> subset = new LinkedHashMap<>(labels);
        subset.keySet().retainAll(keys);
        return subset;
    }
}
