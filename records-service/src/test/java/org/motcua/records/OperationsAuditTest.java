package org.motcua.records;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.motcua.testsupport.TestDatabase;
import org.motcua.testsupport.TestEvents;
import org.motcua.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The operations team's actions on the services' events are in the audit log: those the other services announce,
 * once each, and records' own as they happen.
 */
@QuarkusTest
class OperationsAuditTest {

    private static final TestDatabase DB = TestDatabase.of("records");
    private static final String ROUTING_OPERATION = "org.motcua.routing.operation-performed.v1";

    @Test
    void aReplayAnnouncedByRoutingIsOnTheAuditLogOnceEvenWhenDeliveredTwice() {
        String eventId = UUID.randomUUID().toString();
        String chosen = UUID.randomUUID().toString();
        Instant at = Instant.parse("2026-12-08T03:15:00Z");
        Map<String, String> replayed = Map.of("operation", "DEAD_LETTERS_REPLAYED", "target",
                "intake.dossier.events.routing.dlq", "actor", "admin-province", "detail", "lọc: mã sự kiện " + chosen
                        + "; intake.dossier.events.routing.dlq: xử lý lại 1, lỗi lại 0, còn chờ 0",
                "performedAt", at.toString());
        TestEvents.send(eventId, ROUTING_OPERATION, "intake.dossier.events.routing.dlq", replayed, at);
        TestEvents.send(eventId, ROUTING_OPERATION, "intake.dossier.events.routing.dlq", replayed, at);

        await().atMost(Duration.ofSeconds(30)).until(() -> DB.count("SELECT count(*) FROM audit_entry"
                + " WHERE action = 'DEAD_LETTERS_REPLAYED' AND detail LIKE ?", "%" + chosen + "%") >= 1);
        List<Object[]> entries = DB.rows("SELECT actor, subject_type, subject_id, detail FROM audit_entry"
                + " WHERE action = 'DEAD_LETTERS_REPLAYED' AND detail LIKE ?", "%" + chosen + "%");
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e[0]).isEqualTo("admin-province");
            assertThat(e[1]).isEqualTo("dead-letter-topic");
            assertThat(e[2]).isEqualTo("intake.dossier.events.routing.dlq");
            assertThat(e[3]).isEqualTo("routing: lọc: mã sự kiện " + chosen
                    + "; intake.dossier.events.routing.dlq: xử lý lại 1, lỗi lại 0, còn chờ 0, lúc 10:15 08/12/2026");
        });
    }

    @Test
    void recordsOwnReplayAndListingAreOnTheAuditLogWithWhoDidThem() {
        String dlq = "intake.access.events.records.dlq";
        String eventId = UUID.randomUUID().toString();
        long listedBefore = DB.count("SELECT count(*) FROM audit_entry WHERE action = 'DEAD_LETTERS_LISTED'"
                + " AND subject_id = ?", dlq);

        given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("topic", dlq)
                .when().get("/api/v1/dead-letters/messages").then().statusCode(200);
        given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("topic", dlq).queryParam("eventId", eventId)
                .when().post("/api/v1/dead-letters/replay").then().statusCode(200);

        assertThat(DB.count("SELECT count(*) FROM audit_entry WHERE action = 'DEAD_LETTERS_LISTED'"
                + " AND subject_id = ?", dlq)).isEqualTo(listedBefore + 1);
        List<Object[]> replays = DB.rows("SELECT actor, subject_id, detail FROM audit_entry"
                + " WHERE action = 'DEAD_LETTERS_REPLAYED' AND detail LIKE ?", "%" + eventId + "%");
        assertThat(replays).singleElement().satisfies(e -> {
            assertThat((String) e[0]).isNotBlank();
            assertThat(e[1]).isEqualTo(dlq);
            assertThat((String) e[2]).startsWith("records: lọc: chủ đề " + dlq + " mã sự kiện " + eventId)
                    .contains(dlq + ": xử lý lại 0");
        });
    }
}
