package org.motcua.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.motcua.notification.service.alert.AtRiskDigest;
import org.motcua.testsupport.TestEvents;
import org.motcua.testsupport.TestTokens;
import org.motcua.testsupport.gateway.MailServer;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Staff alerts: live on the unit's stream, listed, told to leaders and the provincial office. */
@QuarkusTest
class AlertTest {

    private static final String AT_RISK = "org.motcua.routing.deadline-at-risk.v1";
    private static final String OVERDUE = "org.motcua.routing.dossier-overdue.v1";
    private static final String LOAD = "org.motcua.routing.unit-load-changed.v1";

    @TestHTTPResource("/api/v1/alerts/stream")
    URI stream;

    @Inject
    AtRiskDigest digest;

    @Test
    void theUnitsStreamShowsAnAtRiskDossierAndAReconnectingClientGetsWhatItMissed() throws Exception {
        try (Stream cam = Stream.open(stream, TestTokens.clerk("21025"), null);
                Stream other = Stream.open(stream, TestTokens.clerk("21028"), null)) {
            String code = atRisk("21025");
            await().atMost(Duration.ofSeconds(30)).until(() -> cam.data().stream().anyMatch(d -> d.contains(code)));
            assertThat(cam.lines()).contains("event:AT_RISK");
            assertThat(String.join("\n", cam.data())).contains("có nguy cơ trễ hạn");
            String other21028 = atRisk("21028");
            await().atMost(Duration.ofSeconds(30)).until(() -> other.data().stream().anyMatch(d -> d.contains(other21028)));
            assertThat(other.data()).noneMatch(d -> d.contains(code));
            assertThat(cam.data()).noneMatch(d -> d.contains(other21028));

            long seq = Long.parseLong(cam.lines().stream().filter(l -> l.startsWith("id:")).findFirst().orElseThrow()
                    .substring(3).strip());
            try (Stream again = Stream.open(stream, TestTokens.clerk("21025"), seq - 1)) {
                await().atMost(Duration.ofSeconds(30)).until(() -> again.data().stream().anyMatch(d -> d.contains(code)));
            }
        }
        given().auth().oauth2(TestTokens.clerk("21025")).when().get("/api/v1/alerts?unit=21028").then().statusCode(403);
        given().when().get("/api/v1/alerts/stream").then().statusCode(401);
    }

    @Test
    void congestionIsAlertedOnceWhenAQueueBecomesCongestedToTheLeadersAndTheProvince() {
        String unit = "21040";
        String leader = "lanhdao-" + UUID.randomUUID().toString().substring(0, 6) + "@quangngai.gov.vn";
        String office = "vanphong-" + UUID.randomUUID().toString().substring(0, 6) + "@quangngai.gov.vn";
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(List.of(Map.of("fullName", "Trần Thị Bích", "position", "Chủ tịch UBND", "email", leader)))
                .when().put("/api/v1/alert-recipients/" + unit).then().statusCode(200).body("[0].fullName", equalTo("Trần Thị Bích"));
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(List.of(Map.of("fullName", "Lê Văn Cường", "email", office)))
                .when().put("/api/v1/alert-recipients/PROVINCE").then().statusCode(200);
        String field = "Đất đai " + UUID.randomUUID().toString().substring(0, 4);

        load(unit, field, 42, 16.0, 4.5);
        load(unit, field, 45, 16.0, 4.8); // still congested: no second alert
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(leader).size() == 1 && mailsTo(office).size() == 1);
        MailServer.Mail mail = mailsTo(leader).get(0);
        assertThat(mail.subject()).isEqualTo("Cảnh báo ùn tắc hồ sơ – Xã Bình Sơn, lĩnh vực " + field);
        assertThat(mail.text()).contains("Kính gửi Trần Thị Bích").contains("42 hồ sơ lĩnh vực " + field)
                .contains("4,5 ngày làm việc");
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/alerts?unit=" + unit + "&kind=CONGESTION")
                .then().statusCode(200).body("findAll { it.field == '" + field + "' }.size()", equalTo(1));

        load(unit, field, 10, 16.0, 1.0); // cleared
        load(unit, field, 60, 16.0, 6.0); // congested again: a new alert
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(leader).size() == 2);
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(List.of(Map.of("fullName", "Không liên lạc")))
                .when().put("/api/v1/alert-recipients/" + unit).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(List.of())
                .when().put("/api/v1/alert-recipients/99999").then().statusCode(404);
    }

    @Test
    void theAtRiskDigestListsTheDossiersSinceTheLastOneToTheUnitsLeaders() {
        String unit = "21034";
        String leader = "lanhdao-" + UUID.randomUUID().toString().substring(0, 6) + "@quangngai.gov.vn";
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(List.of(Map.of("fullName", "Phạm Minh Đức", "email", leader)))
                .when().put("/api/v1/alert-recipients/" + unit).then().statusCode(200);
        String first = atRisk(unit);
        String second = atRisk(unit);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/alerts?unit=" + unit).then().body("dossierCode", hasItem(second)));

        assertThat(digest.send()).isGreaterThanOrEqualTo(2);
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(leader).size() == 1);
        MailServer.Mail mail = mailsTo(leader).get(0);
        assertThat(mail.subject()).isEqualTo("2 hồ sơ có nguy cơ trễ hạn – Xã An Phú");
        assertThat(mail.text()).contains(first).contains(second).contains("Kính gửi Phạm Minh Đức");
        digest.send();
        assertThat(mailsTo(leader)).hasSize(1);
    }

    @Test
    void anOverdueDossierIsAnAlertAndAnApologyToTheApplicant() {
        String dossierId = UUID.randomUUID().toString();
        String submitted = "org.motcua.intake.dossier-submitted.v1";
        TestEvents.send(submitted, dossierId, Map.of());
        TestEvents.send(OVERDUE, dossierId, Map.of());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/notifications?dossierId=" + dossierId).then()
                .body("items.find { it.channel == 'SMS' && it.kind == 'OVERDUE' }.message",
                        containsString("đã quá hạn hẹn 17:00 01/12/2026"))
                .body("items.find { it.channel == 'SMS' && it.kind == 'OVERDUE' }.status", equalTo("SENT")));
        given().auth().oauth2(TestTokens.clerk("21025")).when().get("/api/v1/alerts?kind=OVERDUE&size=200").then()
                .statusCode(200).body("dossierId", hasItem(dossierId));
    }

    @Test
    void aProvisionalAppointmentIsToldAsSuchAndCountedAgainWithBothDates() {
        String dossierId = UUID.randomUUID().toString();
        String submitted = "org.motcua.intake.dossier-submitted.v1";
        String changed = "org.motcua.intake.appointment-changed.v1";
        TestEvents.send(submitted, dossierId, Map.of("dueAt", "2027-01-19T10:00:00Z", "dueAtProvisional", true));
        TestEvents.send(changed, dossierId, Map.of());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/notifications?dossierId=" + dossierId).then()
                .body("items.find { it.channel == 'EMAIL' && it.kind == 'APPOINTMENT_CHANGED' }.subject",
                        equalTo("Ngày hẹn trả kết quả hồ sơ 21025-261129-0001 được cập nhật"))
                .body("items.find { it.channel == 'EMAIL' && it.kind == 'APPOINTMENT_CHANGED' }.message",
                        containsString("Ngày hẹn trước: 17:00 19/01/2027. Ngày hẹn mới: 17:00 20/01/2027."))
                .body("items.find { it.channel == 'SMS' && it.kind == 'APPOINTMENT_CHANGED' }.message",
                        containsString("Hẹn mới: 17:00 20/01/2027"))
                .body("items.find { it.channel == 'SMS' && it.kind == 'RECEIVED' }.message",
                        containsString("Hẹn trả kết quả: 17:00 19/01/2027 (tạm tính)")));
    }

    @Test
    void aMissingYearCalendarIsAlertedToTheProvinceAndItsOfficeOnce() {
        String office = "lich-" + UUID.randomUUID().toString().substring(0, 6) + "@quangngai.gov.vn";
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(List.of(Map.of("fullName", "Lê Văn Cường", "email", office)))
                .when().put("/api/v1/alert-recipients/PROVINCE").then().statusCode(200);
        String needed = "org.motcua.intake.calendar-notice-needed.v1";
        String eventId = UUID.randomUUID().toString();
        int year = 2100 + java.util.concurrent.ThreadLocalRandom.current().nextInt(90);
        for (int i = 0; i < 2; i++) { // delivered twice: one alert, one mail
            TestEvents.send(eventId, needed, "calendar-" + year, Map.of("year", year), java.time.Instant.now());
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(office).size() == 1);
        MailServer.Mail mail = mailsTo(office).get(0);
        assertThat(mail.subject()).isEqualTo("Đề nghị cập nhật lịch nghỉ lễ chính thức năm " + year);
        assertThat(mail.text()).contains("Kính gửi Lê Văn Cường").contains("21025-261207-0001").contains("tạm tính");
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/alerts?unit=PROVINCE&kind=CALENDAR_NOTICE")
                .then().statusCode(200)
                .body("findAll { it.message.contains('năm " + year + "') }.size()", equalTo(1));
        assertThat(mailsTo(office)).hasSize(1);
    }

    private String atRisk(String unit) {
        String dossierId = UUID.randomUUID().toString();
        String code = unit + "-261129-" + String.format("%04d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000));
        TestEvents.send(AT_RISK, dossierId, Map.of("dossierCode", code, "processingUnitCode", unit));
        return code;
    }

    private void load(String unit, String field, int queued, double staffHours, double days) {
        TestEvents.send(LOAD, unit, Map.of("unitCode", unit, "field", field, "queuedDossiers", queued,
                "staffHoursPerDay", staffHours, "daysToClear", days));
    }

    private static List<MailServer.Mail> mailsTo(String email) {
        return ChannelSimulators.mail().received().stream().filter(m -> email.equals(m.to())).toList();
    }

    /** A client of the alert stream, reading its lines in the background. */
    static final class Stream implements AutoCloseable {
        private final List<String> lines = new CopyOnWriteArrayList<>();
        private final InputStream body;
        private final Thread reader;

        private Stream(InputStream body) {
            this.body = body;
            this.reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (java.io.IOException closed) {
                    // the test closed the stream
                }
            }, "alert-stream-reader");
            reader.setDaemon(true);
            reader.start();
        }

        static Stream open(URI uri, String token, Long lastEventId) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                    .header("Accept", "text/event-stream");
            if (lastEventId != null) {
                request.header("Last-Event-ID", String.valueOf(lastEventId));
            }
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            return new Stream(response.body());
        }

        List<String> lines() {
            return List.copyOf(lines);
        }

        List<String> data() {
            return lines.stream().filter(l -> l.startsWith("data:")).toList();
        }

        @Override
        public void close() throws Exception {
            body.close();
        }
    }
}
