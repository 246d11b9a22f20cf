package org.motcua.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.motcua.testsupport.TestInfrastructure;
import org.motcua.testsupport.TestTokens;

import io.restassured.http.ContentType;

/**
 * A demo citizen's dossier goes through the four packaged services (received, assigned, archived, searched for by
 * name, notified by mail and SMS, looked up by the public, and refused once for bad input); then every service's log,
 * every service's metrics, every span the services exported (traced as in the cluster) and the keys and headers of
 * every Kafka record are scanned for the citizen's ID, name (with
 * and without accents), phone and email, and for the other demo citizens' IDs and names (this module's other tests
 * submit for them). Event values carry the applicant to the services that need them; nothing else may.
 */
@ExtendWith(TestPlatform.class)
class PersonalDataLeakIT {

    private static final String NAME = "Phạm Văn Đức";
    private static final String CITIZEN_ID = "051285007777";
    /** The registry simulator's citizens (test-support registry-simulator/README.md). */
    private static final Map<String, String> DEMO_CITIZENS = Map.of("051190001234", "Nguyễn Thị Hồng Nhung",
            "051090004321", "Trần Văn Bình", CITIZEN_ID, NAME, "062095001111", "Y Nhung", "051188002222", "Lê Thị Cúc");

    @Test
    void aDossiersPersonalDataIsInNoLogNoMetricNoTraceAndNoKafkaKeyOrHeader() throws IOException {
        TestPlatform.Running running = TestPlatform.running();
        String phone = "0935" + String.format("%06d", Math.floorMod(UUID.randomUUID().hashCode(), 1_000_000));
        String email = "duc.pham." + phone + "@example.vn";
        String clerk = TestTokens.clerk("21034");
        List<String> papers = given().auth().oauth2(clerk).when().get(running.url("intake", "/api/v1/procedures/1.001193"))
                .then().statusCode(200).extract().jsonPath()
                .getList("requiredDocuments.findAll { it.applicantProvides }.name", String.class);
        Map<String, Object> applicant = Map.of("fullName", NAME, "citizenId", CITIZEN_ID, "email", email, "phone", phone);
        // the desk's request in a trace of its own: the dossier's trace is then found in every service's spans
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String id = given().auth().oauth2(clerk).contentType(ContentType.JSON)
                .header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01")
                .body(Map.of("procedureCode", "1.001193", "receivingUnitCode", "21034", "applicant", applicant,
                        "documents", papers.stream().map(name -> Map.of("name", name)).toList()))
                .when().post(running.url("intake", "/api/v1/dossiers")).then().statusCode(201).extract().path("id");
        String code = given().auth().oauth2(clerk).when().get(running.url("intake", "/api/v1/dossiers/" + id))
                .then().statusCode(200).extract().path("code");
        // the same person with an email that is not one: refused, and the refusal names the field, not the person
        given().auth().oauth2(clerk).contentType(ContentType.JSON)
                .body(Map.of("procedureCode", "1.001193", "receivingUnitCode", "21034",
                        "applicant", Map.of("fullName", NAME, "citizenId", CITIZEN_ID, "email", phone, "phone", phone),
                        "documents", List.of()))
                .when().post(running.url("intake", "/api/v1/dossiers")).then().statusCode(400);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(TestTokens.provinceAdmin())
                .queryParam("q", NAME).when().get(running.url("records", "/api/v1/dossiers"))
                .then().statusCode(200).body("items.id", hasItem(id)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(clerk)
                .when().get(running.url("notification", "/api/v1/notifications?dossierId=" + id))
                .then().statusCode(200).body("items.find { it.channel == 'EMAIL' }.status", equalTo("SENT")));
        given().when().get(running.url("intake", "/api/v1/public/dossiers/" + code)).then().statusCode(200);
        List<String> traced = List.of("intake-service", "routing-service", "records-service", "notification-service");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                running.traces().servicesInTrace(traceId, traced)).as("services with spans of the dossier's trace")
                .containsExactlyInAnyOrderElementsOf(traced));

        List<String> secrets = new ArrayList<>(List.of(phone, "84" + phone.substring(1), email));
        DEMO_CITIZENS.forEach((demoId, demoName) -> secrets.addAll(List.of(demoId, demoName,
                demoName.toUpperCase(Locale.ROOT))));
        secrets.addAll(List.of("pham van duc", "tran van binh", "le thi cuc", "nguyen thi hong nhung"));
        List<String> leaks = new ArrayList<>();
        long logLines = 0;
        for (ServiceProcess service : running.platform().services()) {
            List<String> lines = Files.readAllLines(service.log(), StandardCharsets.UTF_8);
            logLines += lines.size();
            for (String line : lines) {
                if (secrets.stream().anyMatch(line::contains)) {
                    leaks.add(service.spec().name() + " log: " + line);
                }
            }
            if (service.spec().hasApi()) {
                String metrics = given().when().get(service.baseUrl() + "/q/metrics").then().statusCode(200).extract()
                        .asString();
                secrets.stream().filter(metrics::contains).forEach(s -> leaks.add(service.spec().name() + " metrics"));
            }
        }
        List<String> exports = running.traces().exportsAsText();
        for (String export : exports) {
            secrets.stream().filter(export::contains).forEach(s -> leaks.add("a span exported"));
        }
        Scanned kafka = scanKafka(secrets, leaks);
        System.out.printf("personal data leak scan: %,d log lines of %d services, their metrics, %,d span exports,"
                + " %,d Kafka records (keys and headers): %d leaks%n", logLines, running.platform().services().size(),
                exports.size(), kafka.records(), leaks.size());
        assertThat(leaks).isEmpty();
        // the scan saw the person: the event that carries the applicant to records and notification names them
        assertThat(kafka.valuesNamingThePerson()).isPositive();
    }

    private record Scanned(long records, long valuesNamingThePerson) {
    }

    /** Reads every record of every topic up to its end: a secret in a key or a header is a leak. */
    private static Scanned scanKafka(List<String> secrets, List<String> leaks) {
        String bootstrap = TestInfrastructure.shared().kafkaBootstrapServers();
        Set<String> topics;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            topics = admin.listTopics().names().get();
        } catch (Exception e) {
            throw new IllegalStateException("topics not listed", e);
        }
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        long read = 0;
        long naming = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                for (PartitionInfo p : consumer.partitionsFor(topic)) {
                    partitions.add(new TopicPartition(p.topic(), p.partition()));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    read++;
                    if (record.value() != null && new String(record.value(), StandardCharsets.UTF_8).contains(NAME)) {
                        naming++;
                    }
                    List<String> exposed = new ArrayList<>();
                    if (record.key() != null) {
                        exposed.add(new String(record.key(), StandardCharsets.UTF_8));
                    }
                    for (Header header : record.headers()) {
                        exposed.add(header.key() + "=" + (header.value() == null ? ""
                                : new String(header.value(), StandardCharsets.UTF_8)));
                    }
                    String found = exposed.stream().filter(text -> secrets.stream().anyMatch(text::contains))
                            .collect(Collectors.joining(", "));
                    if (!found.isEmpty()) {
                        leaks.add(record.topic() + " key or header: " + found);
                    }
                }
            }
        }
        return new Scanned(read, naming);
    }
}
