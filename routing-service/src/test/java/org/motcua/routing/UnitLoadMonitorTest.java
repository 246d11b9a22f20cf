package org.motcua.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.motcua.eventcontracts.EventContracts;
import org.motcua.routing.service.UnitLoadMonitor;
import org.motcua.testsupport.KafkaTestConsumer;
import org.motcua.testsupport.TestDatabase;
import org.motcua.testsupport.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** A unit's load as events, history and gauges: UnitLoadChanged once per change, the trend, Prometheus. */
@QuarkusTest
class UnitLoadMonitorTest {

    private static final TestDatabase DB = TestDatabase.of("routing");

    private static final String UNIT = "21157";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    UnitLoadMonitor monitor;

    @Inject
    EntityManager entityManager;

    @Test
    void aChangedLoadIsAnnouncedOnceWithItsTrendAndGauges() {
        String field = IntakeEvents.freshField("Cư trú");
        for (int i = 0; i < 2; i++) {
            IntakeEvents.submit(Map.of("receivingUnitCode", UNIT, "field", field,
                    "competenceRule", "RESIDENCE_COMMUNE", "residenceUnitCode", UNIT, "dueAt", "2026-12-24T10:00:00Z",
                    "effortHours", 3.0));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> DB.count("SELECT count(*) FROM assignment WHERE field = ?",
                field) == 2);
        // yesterday the unit had one dossier of half an hour in the field
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                INSERT INTO congestion_sample (unit_code, field, observed_at, queued_dossiers, queued_work_hours,
                    staff_hours_per_day, at_risk, overdue) VALUES (:unit, :field, :at, 1, 0.5, 6, 0, 0)""")
                .setParameter("unit", UNIT).setParameter("field", field)
                .setParameter("at", Timestamp.from(TestClock.NOW.minus(Duration.ofHours(25)))).executeUpdate());

        try (KafkaTestConsumer units = new KafkaTestConsumer(kafka, "routing.unit.events")) {
            assertThat(monitor.pass()).isPositive();
            monitor.pass();                                             // nothing changed: nothing announced
            assertThat(DB.count("SELECT count(*) FROM congestion_sample WHERE field = ?", field)).isEqualTo(2);

            List<String> values = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> r : units.pollForKey(UNIT)) {
                    if (r.value().contains(field)) {
                        EventContracts.assertValid(KafkaTestConsumer.header(r, "ce_type"), r.value());
                        values.add(r.value().replace(" ", ""));
                    }
                }
                return !values.isEmpty();
            });
            assertThat(values.get(0)).contains("\"queuedDossiers\":2", "\"queuedWorkHours\":6.0",
                    "\"previousQueuedDossiers\":1", "\"daysToClear\":1.0");
        }
        given().auth().oauth2(TestTokens.officer(UNIT))
                .when().get("/api/v1/congestion?unit=" + UNIT)
                .then().statusCode(200)
                .body("items.find { it.field == '" + field + "' }.queuedWorkHoursDayAgo", equalTo(0.5f))
                .body("items.find { it.field == '" + field + "' }.trend", equalTo("RISING"));
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics.lines().filter(l -> l.startsWith("motcua_unit_queued_dossiers{") && l.contains(field)
                && l.contains("unit=\"" + UNIT + "\"")))
                .singleElement().satisfies(l -> assertThat(l).endsWith(" 2.0"));
    }
}
