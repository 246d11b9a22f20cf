package org.motcua.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.motcua.testsupport.GoldenEvents;
import org.motcua.testsupport.KafkaTestConsumer;
import org.motcua.testsupport.TestDatabase;
import org.motcua.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The operations team replays routing's dead letters once their cause is fixed: what can now be applied is, once;
 * what still fails goes back to the dead-letter topic and waits for the next replay.
 */
@QuarkusTest
class DeadLetterReplayTest {

    private static final TestDatabase DB = TestDatabase.of("routing");
    private static final String DLQ = "intake.dossier.events.routing.dlq";
    private static final String SUBMITTED = "org.motcua.intake.dossier-submitted.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void aDeadLetterIsAppliedOnceWhenReplayedAndOneThatStillFailsWaitsForTheNextReplay() {
        String dossierId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        // as DeadLetters wrote them: a submission refused then (say, a release that could not read it) ...
        KafkaTestConsumer.send(kafka, DLQ, dossierId, GoldenEvents.example(SUBMITTED, Map.of("dossierId", dossierId,
                "receivingUnitCode", "21025", "residenceUnitCode", "21025", "dossierCode", "21025-261207-0917")),
                deadLetter(Map.of("ce_specversion", "1.0", "ce_id", eventId, "ce_source", "/motcua/intake",
                        "ce_type", SUBMITTED, "ce_subject", dossierId, "ce_time", Instant.now().toString(),
                        "content-type", "application/json")));
        // ... and a record no release can read
        String unreadable = UUID.randomUUID().toString();
        KafkaTestConsumer.send(kafka, DLQ, unreadable, "no envelope at all", deadLetter(Map.of()));

        JsonPath first = replay();

        assertThat(first.getLong("find { it.topic == '" + DLQ + "' }.replayed")).isGreaterThanOrEqualTo(2);
        long again = first.getLong("find { it.topic == '" + DLQ + "' }.deadLetteredAgain");
        assertThat(again).as("the unreadable record, back in the dead-letter topic").isPositive();
        assertThat(assignments(dossierId)).isEqualTo(1);
        assertThat(DB.count("SELECT count(*) FROM inbox_message WHERE consumer = 'routing' AND event_id = ?", eventId))
                .isEqualTo(1);
        List<Map<String, Object>> waiting = given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/dead-letters").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(waiting).anySatisfy(t -> {
            assertThat(t.get("topic")).isEqualTo(DLQ);
            assertThat(((Number) t.get("waiting")).longValue()).isEqualTo(again);
        });

        JsonPath second = replay();

        assertThat(second.getLong("find { it.topic == '" + DLQ + "' }.replayed"))
                .as("only what failed again is read again").isEqualTo(again);
        assertThat(assignments(dossierId)).isEqualTo(1);
    }

    @Test
    void theAdminSeesWhyEachDeadLetterFailedAndReplaysOnlyTheOneChosen() {
        String chosenDossier = UUID.randomUUID().toString();
        String chosenEvent = UUID.randomUUID().toString();
        String otherDossier = UUID.randomUUID().toString();
        String otherEvent = UUID.randomUUID().toString();
        for (String[] dossierAndEvent : List.of(new String[] {chosenDossier, chosenEvent},
                new String[] {otherDossier, otherEvent})) {
            KafkaTestConsumer.send(kafka, DLQ, dossierAndEvent[0], GoldenEvents.example(SUBMITTED, Map.of(
                    "dossierId", dossierAndEvent[0], "receivingUnitCode", "21025", "residenceUnitCode", "21025",
                    "dossierCode", "21025-261207-0918")), deadLetter(Map.of("ce_specversion", "1.0",
                            "ce_id", dossierAndEvent[1], "ce_source", "/motcua/intake", "ce_type", SUBMITTED,
                            "ce_subject", dossierAndEvent[0], "ce_time", Instant.now().toString(),
                            "content-type", "application/json")));
        }

        List<Map<String, Object>> waiting = given().auth().oauth2(TestTokens.provinceAdmin())
                .queryParam("topic", DLQ).queryParam("limit", 500)
                .when().get("/api/v1/dead-letters/messages").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(waiting).anySatisfy(m -> {
            assertThat(m.get("eventId")).isEqualTo(chosenEvent);
            assertThat(m.get("eventType")).isEqualTo(SUBMITTED);
            assertThat(m.get("subject")).isEqualTo(chosenDossier);
            assertThat(m.get("reason")).isEqualTo("simulated: could not be applied then");
            assertThat(m.get("originalTopic")).isEqualTo("intake.dossier.events");
            assertThat(m).doesNotContainKey("value");
        });

        JsonPath replayed = given().auth().oauth2(TestTokens.provinceAdmin())
                .queryParam("topic", DLQ).queryParam("eventId", chosenEvent)
                .when().post("/api/v1/dead-letters/replay").then().statusCode(200).extract().jsonPath();

        assertThat(replayed.getLong("find { it.topic == '" + DLQ + "' }.replayed")).isEqualTo(1);
        assertThat(assignments(chosenDossier)).isEqualTo(1);
        assertThat(assignments(otherDossier)).as("not chosen: still waiting").isZero();
        List<Object[]> announced = DB.rows("SELECT payload->>'operation', payload->>'detail' FROM outbox_event"
                + " WHERE event_type = 'org.motcua.routing.operation-performed.v1' AND subject = ?"
                + " AND payload->>'detail' LIKE ?", DLQ, "%" + chosenEvent + "%");
        assertThat(announced).as("the replay, for records' audit log").singleElement().satisfies(row -> {
            assertThat(row[0]).isEqualTo("DEAD_LETTERS_REPLAYED");
            assertThat((String) row[1]).startsWith("lọc: chủ đề " + DLQ + " mã sự kiện " + chosenEvent)
                    .contains(DLQ + ": xử lý lại 1, lỗi lại 0");
        });
        assertThat(DB.count("SELECT count(*) FROM outbox_event WHERE event_type = ? AND subject = ?"
                + " AND payload->>'operation' = 'DEAD_LETTERS_LISTED'", "org.motcua.routing.operation-performed.v1",
                DLQ)).as("the listing too").isPositive();
        given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("topic", "no.such.topic.routing.dlq")
                .when().get("/api/v1/dead-letters/messages").then().statusCode(404);
    }

    private static JsonPath replay() {
        return given().auth().oauth2(TestTokens.provinceAdmin())
                .when().post("/api/v1/dead-letters/replay").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, String> deadLetter(Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("dead-letter-reason", "simulated: could not be applied then");
        all.put("dead-letter-topic", "intake.dossier.events");
        all.put("dead-letter-partition", "0");
        all.put("dead-letter-offset", "0");
        return all;
    }

    private static long assignments(String dossierId) {
        return DB.count("SELECT count(*) FROM assignment WHERE dossier_id = CAST(? AS uuid)", dossierId);
    }
}
