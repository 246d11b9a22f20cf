package org.motcua.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.motcua.eventcontracts.EventContracts;
import org.motcua.platformkit.security.CitizenIds;
import org.motcua.testsupport.KafkaTestConsumer;
import org.motcua.testsupport.TestDatabase;
import org.motcua.testsupport.TestEvents;
import org.motcua.testsupport.TestInfrastructure;
import org.motcua.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The applicant's name and contacts, and each message's recipient, address, text and apology letter, are encrypted in
 * notification's database and clear where they are used (the mail, the staff's view); values stored before are
 * encrypted by the rotation, which also gives them the address's keyed hash that keeps one person's messages in order.
 */
@QuarkusTest
class PersonalDataAtRestTest {

    private static final TestDatabase DB = TestDatabase.of("notification");
    private static final String SUBMITTED = "org.motcua.intake.dossier-submitted.v1";
    private static final String APOLOGY = "org.motcua.intake.apology-issued.v1";
    private static final String READ = "org.motcua.notification.personal-data-read.v1";

    @jakarta.inject.Inject
    CitizenIds citizenIds;

    @Test
    void theDatabaseHoldsNoneOfTheApplicantsDataInClear() {
        String email = "bao-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
        String dossierId = UUID.randomUUID().toString();
        TestEvents.send(SUBMITTED, dossierId, Map.of("applicant", Map.of("fullName", "Trần Quốc Bảo",
                "email", email, "phone", "0905123987")));
        TestEvents.send(APOLOGY, dossierId, Map.of());
        await().atMost(Duration.ofSeconds(30)).until(() -> ChannelSimulators.mail().received().stream()
                .filter(m -> email.equals(m.to())).count() == 2);

        List<Object[]> stored = new ArrayList<>(DB.rows("SELECT applicant_full_name, email, phone FROM dossier_addressee"
                + " WHERE dossier_id = CAST(? AS uuid)", dossierId));
        stored.addAll(DB.rows("SELECT recipient_name, address, message, coalesce(apology_letter, 'pd1.local.none')"
                + " FROM notification WHERE dossier_id = CAST(? AS uuid)", dossierId));
        assertThat(stored).hasSize(5); // the addressee; a mail and an SMS each of the receipt and of the apology
        for (Object[] row : stored) {
            for (Object value : row) {
                assertThat((String) value).startsWith("pd1.local.").doesNotContain("Bảo").doesNotContain("Bao")
                        .doesNotContain("0905123987").doesNotContain("example.vn");
            }
        }
        assertThat(DB.count("SELECT count(DISTINCT address_key) FROM notification WHERE dossier_id = CAST(? AS uuid)"
                + " AND address_key IS NOT NULL", dossierId)).isEqualTo(2); // the email's and the phone's
        try (KafkaTestConsumer reads = new KafkaTestConsumer(TestInfrastructure.shared().kafkaBootstrapServers(),
                "notification.access.events")) {
            given().auth().oauth2(TestTokens.clerk("21025")).when().get("/api/v1/notifications?dossierId=" + dossierId)
                    .then().statusCode(200)
                    .body("items.find { it.channel == 'EMAIL' && it.kind == 'RECEIVED' }.message",
                            containsString("Trần Quốc Bảo"));
            // the messages in clear are a read of the applicant's data: on the audit log, once for the dossier
            await().atMost(Duration.ofSeconds(30)).until(() -> reads.pollFor(READ, dossierId).size() == 1);
            EventContracts.assertValid(READ, reads.pollFor(READ, dossierId).get(0).value());
        }
        // an auditor reads what was sent, without the person
        given().auth().oauth2(TestTokens.of("auditor", null)).when().get("/api/v1/notifications?dossierId=" + dossierId)
                .then().statusCode(200)
                .body("items.find { it.channel == 'EMAIL' && it.kind == 'RECEIVED' }.message",
                        allOf(containsString("T*** Q*** B***"), not(containsString("Bảo"))))
                .body("items.recipientName", everyItem(equalTo("T*** Q*** B***")))
                .body("items.find { it.channel == 'SMS' }.address", equalTo("*******987"));
    }

    @Test
    void theProvinceAdminExportsEveryMessageToOnePersonInFullOnTheAuditLog() {
        String email = "hoa-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
        String dossierId = UUID.randomUUID().toString();
        TestEvents.send(SUBMITTED, dossierId, Map.of("applicant", Map.of("fullName", "Lê Thị Cúc", "email", email,
                "phone", "0905777333", "reference", citizenIds.hash("051188002222"))));
        await().atMost(Duration.ofSeconds(30)).until(() -> DB.count("SELECT count(*) FROM notification"
                + " WHERE dossier_id = CAST(? AS uuid) AND status = 'SENT'", dossierId) == 2);
        try (KafkaTestConsumer reads = new KafkaTestConsumer(TestInfrastructure.shared().kafkaBootstrapServers(),
                "notification.access.events")) {
            given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                    .body("{\"citizenId\":\"051188002222\"}").when().post("/api/v1/personal-data/subject-export")
                    .then().statusCode(200)
                    .body("service", equalTo("notification-service"))
                    .body("holdings.messages.findAll { it.dossierId == '" + dossierId + "' }.address",
                            containsInAnyOrder(email, "0905777333"))
                    .body("holdings.messages.find { it.dossierId == '" + dossierId + "' && it.channel == 'EMAIL' }"
                            + ".message",
                            containsString("Lê Thị Cúc"));
            await().atMost(Duration.ofSeconds(30)).until(() -> reads.pollFor(READ, dossierId).size() == 1);
        }
    }

    @Test
    void theRotationEncryptsAgainWhatNoKeyHoldsAndKeysTheAddressesOfMessagesWrittenBefore() {
        String email = "lan-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
        String dossierId = UUID.randomUUID().toString();
        TestEvents.send(SUBMITTED, dossierId, Map.of("applicant", Map.of("fullName", "Phạm Thị Lan",
                "email", email, "phone", "0935777111")));
        await().atMost(Duration.ofSeconds(30)).until(() -> DB.count("SELECT count(*) FROM notification"
                + " WHERE dossier_id = CAST(? AS uuid) AND status = 'SENT'", dossierId) == 2);
        String emailKey = DB.rows("SELECT address_key FROM notification WHERE dossier_id = CAST(? AS uuid)"
                + " AND channel = 'EMAIL'", dossierId).get(0)[0].toString();
        // as rows stored before encryption: values in clear, no address key
        DB.update("UPDATE dossier_addressee SET applicant_full_name = 'Phạm Thị Lan', email = ?, phone = '0935777111'"
                + " WHERE dossier_id = CAST(? AS uuid)", email, dossierId);
        DB.update("UPDATE notification SET recipient_name = 'Phạm Thị Lan', address = ?, message = 'Kính gửi bà Lan',"
                + " address_key = NULL WHERE dossier_id = CAST(? AS uuid) AND channel = 'EMAIL'", email, dossierId);

        given().auth().oauth2(TestTokens.clerk("21025")).when().post("/api/v1/personal-data/rotation")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.provinceAdmin()).when().post("/api/v1/personal-data/rotation")
                .then().statusCode(200).body("currentKey", equalTo("local"));

        for (Object value : DB.rows("SELECT applicant_full_name, email, phone FROM dossier_addressee"
                + " WHERE dossier_id = CAST(? AS uuid)", dossierId).get(0)) {
            assertThat((String) value).startsWith("pd1.local.").doesNotContain("Lan").doesNotContain("0935777111");
        }
        Object[] mail = DB.rows("SELECT recipient_name, address, message, address_key FROM notification"
                + " WHERE dossier_id = CAST(? AS uuid) AND channel = 'EMAIL'", dossierId).get(0);
        assertThat(List.of(mail).subList(0, 3)).allSatisfy(value -> assertThat((String) value).startsWith("pd1.local."));
        assertThat(mail[3]).isEqualTo(emailKey);
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/notifications?dossierId=" + dossierId)
                .then().statusCode(200)
                .body("items.find { it.channel == 'EMAIL' }.message", equalTo("Kính gửi bà Lan"));
        assertThat(DB.count("SELECT count(*) FROM notification WHERE address IS NOT NULL"
                + " AND (left(address, 10) <> 'pd1.local.' OR address_key IS NULL)")).isZero();
    }
}
