package org.motcua.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.motcua.eventcontracts.EventContracts;
import org.motcua.testsupport.KafkaTestConsumer;
import org.motcua.testsupport.PdfText;
import org.motcua.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A year whose official calendar is not loaded: appointments into it are counted on the law's days off and marked
 * provisional (dossier, receipt, public lookup, event), the admins are asked for the notice once, and when a province
 * admin loads it the open dossiers' appointments are counted again and the changes announced.
 */
@QuarkusTest
class CalendarNoticeTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String PROCEDURE = "LOCAL.LICH30";
    private static final String NEEDED = "org.motcua.intake.calendar-notice-needed.v1";
    private static final String PUBLISHED = "org.motcua.intake.calendar-year-published.v1";
    private static final String CHANGED = "org.motcua.intake.appointment-changed.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void anAppointmentIntoAYearWithoutItsNoticeIsProvisionalUntilTheNoticeIsLoaded() {
        defineThirtyWorkingDayProcedure();
        try (KafkaTestConsumer events = new KafkaTestConsumer(kafka, "intake.dossier.events")) {
            JsonPath dossier = given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON)
                    .body(Requests.dossier(PROCEDURE, "21025")).when().post("/api/v1/dossiers")
                    .then().statusCode(201).extract().jsonPath();
            String id = dossier.getString("id");
            Instant due = Instant.parse(dossier.getString("dueAt"));
            int year = LocalDate.ofInstant(due, VN).getYear();
            // 30 working days from now reach a year the shipped calendar (2025-2026) does not hold
            JsonPath provisionalYear = calendarYear(year);
            assertThat(provisionalYear.getBoolean("official")).isFalse();
            assertThat(dossier.getBoolean("dueAtProvisional")).isTrue();
            assertThat(dossier.getString("deadlineNote")).contains("tạm tính");
            given().when().get("/api/v1/public/dossiers/" + dossier.getString("code"))
                    .then().statusCode(200).body("dueAtProvisional", equalTo(true));
            byte[] receipt = given().auth().oauth2(TestTokens.clerk("21025")).when().get("/api/v1/dossiers/" + id + "/receipt")
                    .then().statusCode(200).extract().asByteArray();
            assertThat(PdfText.of(receipt).replaceAll("\\s+", " ")).contains("(tạm tính)", "ngày hẹn sẽ được tính lại");
            ConsumerRecord<String, String> needed = await().atMost(Duration.ofSeconds(30))
                    .until(() -> events.pollFor(NEEDED, "calendar-" + year), r -> !r.isEmpty()).get(0);
            EventContracts.assertValid(NEEDED, needed.value());

            // the notice gives one more day off before the appointment: the appointment moves one working day later
            Set<LocalDate> off = new TreeSet<>(provisionalYear.getList("daysOff", String.class).stream().map(LocalDate::parse)
                    .toList());
            LocalDate dueDay = LocalDate.ofInstant(due, VN);
            LocalDate extraDayOff = dueDay.minusDays(1);
            while (!working(extraDayOff, off)) {
                extraDayOff = extraDayOff.minusDays(1);
            }
            assertThat(extraDayOff.getYear()).isEqualTo(year);
            off.add(extraDayOff);
            LocalDate newDueDay = dueDay.plusDays(1);
            while (!working(newDueDay, off)) {
                newDueDay = newDueDay.plusDays(1);
            }
            Map<String, Object> notice = new HashMap<>();
            notice.put("notice", "TB 1234/TB-BNV (thử nghiệm)");
            notice.put("daysOff", off.stream().map(LocalDate::toString).toList());
            notice.put("extraWorkingDays", List.of());
            given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(notice)
                    .when().put("/api/v1/calendar/years/" + year)
                    .then().statusCode(200)
                    .body("official", equalTo(true))
                    .body("notice", equalTo("TB 1234/TB-BNV (thử nghiệm)"));

            Instant newDue = LocalDateTime.of(newDueDay, LocalDateTime.ofInstant(due, VN).toLocalTime()).atZone(VN).toInstant();
            given().auth().oauth2(TestTokens.clerk("21025")).when().get("/api/v1/dossiers/" + id)
                    .then().statusCode(200)
                    .body("dueAt", equalTo(newDue.toString()))
                    .body("dueAtProvisional", equalTo(false));
            ConsumerRecord<String, String> changed = await().atMost(Duration.ofSeconds(30))
                    .until(() -> events.pollFor(CHANGED, id), r -> !r.isEmpty()).get(0);
            EventContracts.assertValid(CHANGED, changed.value());
            assertThat(JsonPath.from(changed.value()).getString("previousDueAt")).isEqualTo(due.toString());
            assertThat(JsonPath.from(changed.value()).getString("dueAt")).isEqualTo(newDue.toString());
            assertThat(JsonPath.from(changed.value()).getString("reason")).contains("TB 1234/TB-BNV");
            ConsumerRecord<String, String> published = await().atMost(Duration.ofSeconds(30))
                    .until(() -> events.pollFor(PUBLISHED, "calendar-" + year), r -> !r.isEmpty()).get(0);
            EventContracts.assertValid(PUBLISHED, published.value());
            // asked once per year: a second provisional dossier of that year asks no more
            assertThat(events.pollFor(NEEDED, "calendar-" + year)).hasSize(1);
        }
    }

    @Test
    void badNoticesAreRefusedAndOnlyAProvinceAdminLoadsOne() {
        Map<String, Object> noNewYear = Map.of("notice", "TB 1/2099", "daysOff", List.of("2099-04-30"));
        given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON).body(noNewYear)
                .when().put("/api/v1/calendar/years/2099").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(noNewYear)
                .when().put("/api/v1/calendar/years/2099").then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.hasItem("daysOff"));
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("notice", "TB 1/2099", "daysOff", List.of("2099-01-01"), "extraWorkingDays", List.of("2099-01-06")))
                .when().put("/api/v1/calendar/years/2099").then().statusCode(422)
                .body("errors[0].message", containsString("không phải thứ Bảy"));
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("daysOff", List.of("2099-01-01")))
                .when().put("/api/v1/calendar/years/2099").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("notice"));
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/calendar/years/2099")
                .then().statusCode(200).body("official", equalTo(false));
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/calendar/years/1999").then().statusCode(422);
    }

    private static boolean working(LocalDate day, Set<LocalDate> off) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !off.contains(day);
    }

    private static JsonPath calendarYear(int year) {
        return given().auth().oauth2(TestTokens.clerk("21025")).when().get("/api/v1/calendar/years/" + year)
                .then().statusCode(200).extract().jsonPath();
    }

    private static void defineThirtyWorkingDayProcedure() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Thủ tục thử nghiệm 30 ngày làm việc");
        body.put("field", "Thử nghiệm lịch");
        body.put("competentAuthority", "UBND cấp xã");
        body.put("competenceRule", "ANY_COMMUNE");
        body.put("legalTime", Map.of("amount", 30, "unit", "WORKING_DAYS"));
        body.put("feeText", "Không");
        body.put("effortHours", 1.0);
        body.put("requiredDocuments", List.of(Map.of("name", "Đơn đề nghị")));
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/procedures/" + PROCEDURE).then().statusCode(200);
    }
}
