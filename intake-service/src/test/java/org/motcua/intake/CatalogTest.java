package org.motcua.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.motcua.eventcontracts.EventContracts;
import org.motcua.testsupport.KafkaTestConsumer;
import org.motcua.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class CatalogTest {

    private static final String OFFICE_HOURS_CHANGED = "org.motcua.intake.office-hours-changed.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void the96UnitsOfTheProvinceAreSeededWithThePreMergerUnitsTheyAbsorbed() {
        given().auth().oauth2(TestTokens.clerk("21025"))
                .when().get("/api/v1/units?size=200")
                .then().statusCode(200)
                .body("total", equalTo(96))
                .body("items", hasSize(96))
                // every unit is named in full, with its type: "Xã Đăk Hà", "Phường Kon Tum", "Đặc khu Lý Sơn"
                .body("items.findAll { !(it.name ==~ /^(Xã|Phường|Đặc khu) .+/) }", hasSize(0))
                .body("items.find { it.code == '23548' }.name", equalTo("Xã Ya Ly"));
        given().auth().oauth2(TestTokens.clerk("21025"))
                .when().get("/api/v1/units/21025")
                .then().statusCode(200)
                .body("name", equalTo("Phường Cẩm Thành"))
                .body("shortName", equalTo("Cẩm Thành"))
                .body("type", equalTo("PHUONG"))
                .body("remote", equalTo(false))
                .body("preMergerUnits", hasSize(4))
                .body("preMergerUnits.fullName", hasItems("Phường Nghĩa Chánh", "Phường Nguyễn Nghiêm"));
    }

    @Test
    void islandAndMountainCommunesAreRemote() {
        given().auth().oauth2(TestTokens.clerk("21025"))
                .when().get("/api/v1/units/21548").then().body("remote", equalTo(true));   // Đặc khu Lý Sơn
        given().auth().oauth2(TestTokens.clerk("21025"))
                .when().get("/api/v1/units/23548").then().body("remote", equalTo(true));   // Xã Ya Ly (old Sa Thầy)
    }

    @Test
    void theSplitCommuneAppearsUnderBothUnits() {
        for (String unit : List.of("21136", "21157")) {
            given().auth().oauth2(TestTokens.clerk("21025"))
                    .when().get("/api/v1/units/" + unit)
                    .then().body("preMergerUnits.findAll { it.split }.fullName", hasItem("Xã Trà Bùi"));
        }
    }

    @Test
    void unitsAreFoundWithoutAccentsAndPaged() {
        given().auth().oauth2(TestTokens.clerk("21025"))
                .when().get("/api/v1/units?q=dak bla")
                .then().statusCode(200)
                .body("items.name", contains("Phường Đăk Bla"));
        given().auth().oauth2(TestTokens.clerk("21025"))
                .when().get("/api/v1/units?page=1&size=40")
                .then().statusCode(200)
                .body("items", hasSize(40))
                .body("total", equalTo(96));
    }

    @Test
    void proceduresAreFoundWithoutTypingAccents() {
        given().auth().oauth2(TestTokens.clerk("21025"))
                .when().get("/api/v1/procedures?q=dang ky khai sinh")
                .then().statusCode(200)
                .body("items[0].code", equalTo("1.001193"))
                .body("items[0].name", equalTo("Thủ tục đăng ký khai sinh"));
        given().auth().oauth2(TestTokens.clerk("21025"))
                .when().get("/api/v1/procedures?q=dang ky ket hon")
                .then().statusCode(200)
                .body("items.name", hasItem("Thủ tục đăng ký kết hôn"));
    }

    @Test
    void theCatalogHoldsTheSampleAndEveryProcedureOfAnnexI() {
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/procedures?size=10")
                .then().statusCode(200)
                .body("total", greaterThanOrEqualTo(748));
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/procedures/2.002093")
                .then().statusCode(200)
                .body("field", equalTo("Bộ Công Thương"))
                .body("receivable", equalTo(false))
                .body("requiredDocuments[0].replacedBy", contains("BUSINESS"));
    }

    @Test
    void filtersByFieldAndCompetentLevel() {
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/procedures?field=Chứng thực")
                .then().statusCode(200)
                .body("items.field", everyItem(equalTo("Chứng thực")))
                .body("total", equalTo(7));
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/procedures?level=PROVINCE")
                .then().statusCode(200)
                .body("items.code", hasItem("1.013980"))
                .body("items.competentLevel", everyItem(equalTo("PROVINCE")));
    }

    @Test
    void aProcedureShowsItsTimeRuleEffortAndWhichPapersDatabasesReplace() {
        given().auth().oauth2(TestTokens.clerk("21025"))
                .when().get("/api/v1/procedures/1.001193")
                .then().statusCode(200)
                .body("name", equalTo("Thủ tục đăng ký khai sinh"))
                .body("legalTime.unit", equalTo("SAME_DAY"))
                .body("competenceRule", equalTo("RESIDENCE_COMMUNE"))
                .body("effortHours", equalTo(0.5f))
                .body("receivable", equalTo(true))
                .body("requiredDocuments.find { it.name.startsWith('Tờ khai') }.applicantProvides", equalTo(true))
                .body("requiredDocuments.findAll { it.replacedBy.contains('POPULATION') }", hasSize(1))
                .body("requiredDocuments.findAll { it.replacedBy.contains('POPULATION') }[0].applicantProvides",
                        equalTo(false));
        given().auth().oauth2(TestTokens.clerk("21025"))
                .when().get("/api/v1/procedures/1.012796")
                .then().body("legalTime.amount", equalTo(8))
                .body("remoteLegalTimeAmount", equalTo(18));
    }

    @Test
    void anAdminChangeMakesANewVersionAndDossiersKeepTheirs() {
        String code = "LOCAL.T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(definition("Xác nhận thử nghiệm", 3)).when().put("/api/v1/procedures/" + code)
                .then().statusCode(200).body("version", equalTo(1));
        String dossierId = given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON)
                .body(Requests.dossier(code, "21025")).when().post("/api/v1/dossiers")
                .then().statusCode(201).body("procedureVersion", equalTo(1)).extract().path("id");

        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(definition("Xác nhận thử nghiệm", 5)).when().put("/api/v1/procedures/" + code)
                .then().statusCode(200).body("version", equalTo(2)).body("legalTime.amount", equalTo(5));
        given().auth().oauth2(TestTokens.clerk("21025")).when().get("/api/v1/dossiers/" + dossierId)
                .then().body("procedureVersion", equalTo(1));
        given().auth().oauth2(TestTokens.clerk("21025")).when().get("/api/v1/procedures/" + code + "/versions/1")
                .then().statusCode(200).body("legalTime.amount", equalTo(3));
    }

    @Test
    void anAdminMayNotAskForAPaperADatabaseReplaces() {
        String code = "LOCAL.R" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Map<String, Object> body = definition("Xác nhận có giấy tờ bị thay thế", 3);
        body.put("requiredDocuments", List.of(Map.of("name", "Đơn đề nghị"),
                Map.of("name", "Bản sao Căn cước công dân của người yêu cầu"),
                Map.of("name", "Bản sao Giấy chứng nhận đăng ký doanh nghiệp")));
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(body).when().put("/api/v1/procedures/" + code)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("requiredDocuments[1]", "requiredDocuments[2]"));
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/procedures/" + code)
                .then().statusCode(404);

        body.put("requiredDocuments", List.of(Map.of("name", "Đơn đề nghị"),
                Map.of("name", "Căn cước công dân", "replacedBy", List.of("POPULATION"))));
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(body).when().put("/api/v1/procedures/" + code).then().statusCode(200);
    }

    @Test
    void onlyAProvinceAdminChangesTheCatalog() {
        given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON)
                .body(definition("X", 1)).when().put("/api/v1/procedures/LOCAL.NOPE")
                .then().statusCode(403);
    }

    @Test
    void unknownUnitIs404Problem() {
        given().auth().oauth2(TestTokens.clerk("21025"))
                .when().get("/api/v1/units/00000")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aUnitsOwnOfficeHoursSetTheAppointmentsOfDossiersItReceivesAndAreAnnounced() {
        String unit = "21040"; // Xã Bình Sơn: no other test submits there
        Map<String, Object> hours = Map.of("morningStart", "07:30", "morningEnd", "11:30", "afternoonStart", "13:30",
                "afternoonEnd", "17:30", "sameDayCutOff", "16:00");
        try (KafkaTestConsumer events = new KafkaTestConsumer(kafka, "intake.dossier.events")) {
            given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(hours)
                    .when().put("/api/v1/units/" + unit + "/office-hours")
                    .then().statusCode(200)
                    .body("ownOfficeHours", equalTo(true))
                    .body("officeHours.sameDayCutOff", equalTo("16:00"));
            try {
                // birth registration is same-day with the cut-off: 15:30 on a Monday is before this unit's 16:00
                assertThat(sameDayDossierDueAt(unit)).isEqualTo("2026-03-02T10:30:00Z");          // 17:30 that day
            } finally {
                given().auth().oauth2(TestTokens.provinceAdmin())
                        .when().delete("/api/v1/units/" + unit + "/office-hours")
                        .then().statusCode(200)
                        .body("ownOfficeHours", equalTo(false))
                        .body("officeHours.sameDayCutOff", equalTo("15:00"));
            }
            assertThat(sameDayDossierDueAt(unit)).isEqualTo("2026-03-03T10:00:00Z");              // next day 17:00

            // routing hears both changes, in order, so its forecasts count in the same hours
            List<ConsumerRecord<String, String>> announced = await().atMost(Duration.ofSeconds(30))
                    .until(() -> events.pollFor(OFFICE_HOURS_CHANGED, "unit-" + unit), r -> r.size() == 2);
            announced.forEach(r -> EventContracts.assertValid(OFFICE_HOURS_CHANGED, r.value()));
            assertThat(LocalTime.parse(JsonPath.from(announced.get(0).value()).getString("officeHours.afternoonEnd")))
                    .isEqualTo(LocalTime.of(17, 30));
            assertThat(JsonPath.from(announced.get(1).value()).getMap("officeHours")).isNull();
        }
    }

    @Test
    void officeHoursOutOfOrderAreRefusedAndOnlyAProvinceAdminSetsThem() {
        Map<String, Object> backwards = Map.of("morningStart", "11:30", "morningEnd", "07:30", "afternoonStart",
                "13:30", "afternoonEnd", "17:00", "sameDayCutOff", "15:00");
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(backwards)
                .when().put("/api/v1/units/21034/office-hours")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("officeHours"));
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("morningStart", "07:30"))
                .when().put("/api/v1/units/21034/office-hours")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.clerk("21034")).contentType(ContentType.JSON).body(backwards)
                .when().put("/api/v1/units/21034/office-hours")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.clerk("21034"))
                .when().get("/api/v1/units/21034")
                .then().body("ownOfficeHours", equalTo(false));
    }

    private static String sameDayDossierDueAt(String unit) {
        Map<String, Object> body = Requests.birthRegistrationAt(unit);
        body.put("receivedAt", "2026-03-02T08:30:00Z");                                      // Monday 15:30
        return given().auth().oauth2(TestTokens.clerk(unit)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/dossiers")
                .then().statusCode(201).extract().path("dueAt");
    }

    private static Map<String, Object> definition(String name, int days) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("name", name);
        body.put("field", "Thử nghiệm");
        body.put("competentAuthority", "UBND cấp xã");
        body.put("competenceRule", "ANY_COMMUNE");
        body.put("legalTime", Map.of("amount", days, "unit", "WORKING_DAYS"));
        body.put("feeText", "Không");
        body.put("effortHours", 1.5);
        body.put("requiredDocuments", List.of(Map.of("name", "Đơn đề nghị")));
        return body;
    }
}
