package org.motcua.records;

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

import io.quarkus.test.junit.QuarkusTest;

/** The reads of personal data other services announce are written to the audit log once each, in its chain. */
@QuarkusTest
class PersonalDataReadAuditTest {

    private static final TestDatabase DB = TestDatabase.of("records");

    @Test
    void aReadAnnouncedByIntakeOrNotificationIsOnTheAuditLogOnceEvenWhenDeliveredTwice() {
        String dossierId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        Instant at = Instant.parse("2026-12-07T03:15:00Z");
        TestEvents.send(eventId, "org.motcua.intake.personal-data-read.v1", dossierId,
                Map.of("actor", "clerk.21025@motcua.local", "endpoint", "GET /api/v1/dossiers/" + dossierId, "readAt", at.toString()), at);
        TestEvents.send(eventId, "org.motcua.intake.personal-data-read.v1", dossierId,
                Map.of("actor", "clerk.21025@motcua.local", "endpoint", "GET /api/v1/dossiers/" + dossierId, "readAt", at.toString()), at);
        TestEvents.send("org.motcua.notification.personal-data-read.v1", dossierId,
                Map.of("actor", "officer.21028@motcua.local", "endpoint", "GET /api/v1/notifications", "readAt", at.toString()), at);

        await().atMost(Duration.ofSeconds(30)).until(() -> DB.count("SELECT count(*) FROM audit_entry"
                + " WHERE action = 'PERSONAL_DATA_READ' AND subject_id = ?", dossierId) == 2);
        List<Object[]> entries = DB.rows("SELECT actor, detail FROM audit_entry WHERE action = 'PERSONAL_DATA_READ'"
                + " AND subject_id = ? ORDER BY seq", dossierId);
        assertThat(entries).extracting(e -> e[0]).containsExactlyInAnyOrder("clerk.21025@motcua.local",
                "officer.21028@motcua.local");
        assertThat(entries).extracting(e -> (String) e[1]).containsExactlyInAnyOrder(
                "intake: GET /api/v1/dossiers/" + dossierId + ", lúc 10:15 07/12/2026",
                "notification: GET /api/v1/notifications, lúc 10:15 07/12/2026");
    }
}
