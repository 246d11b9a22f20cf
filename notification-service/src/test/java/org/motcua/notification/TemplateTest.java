package org.motcua.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.motcua.testsupport.TestEvents;
import org.motcua.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Templates as a province administrator edits them: Vietnamese defaults, checked edits, preview, reset. */
@QuarkusTest
class TemplateTest {

    private static final String WITHDRAWN = "org.motcua.intake.dossier-withdrawn.v1";
    private static final String SUBMITTED = "org.motcua.intake.dossier-submitted.v1";

    @Test
    void everyKindHasAVietnameseTemplatePerChannel() {
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/templates").then().statusCode(200)
                .body("$", hasSize(42)) // 14 kinds × email, SMS, Zalo
                .body("find { it.kind == 'RECEIVED' && it.channel == 'EMAIL' }.body", containsString("Kính gửi ông/bà"))
                .body("find { it.kind == 'DEADLINE_EXTENDED' && it.channel == 'ZALO' }.body",
                        containsString("Thành thật xin lỗi"))
                .body("find { it.kind == 'RECEIVED' && it.channel == 'SMS' }.variables", hasItem("dueAt"));
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/templates/RECEIVED/ZALO/preview").then().statusCode(200)
                .body("rendered", equalTo("Hồ sơ 21025-261129-0001 (Thủ tục đăng ký khai sinh) đã được tiếp nhận lúc"
                        + " 09:15 29/11/2026. Ngày hẹn trả kết quả: 16:30 02/12/2026, tại Phường Cẩm Thành."));
    }

    @Test
    void aTemplateNamingAnUnknownVariableOrNotParsingIsRefusedWhenSaved() {
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("body", "Hồ sơ {soHoSo} của {applicantName}: {dossierCode}"))
                .when().put("/api/v1/templates/WITHDRAWN/SMS").then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("{soHoSo}"))
                .body("errors[0].field", equalTo("body"));
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("body", "Hồ sơ {#if dossierCode}không đóng"))
                .when().put("/api/v1/templates/WITHDRAWN/SMS").then().statusCode(422);
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("body", "{resultReference}"))
                .when().post("/api/v1/templates/WITHDRAWN/SMS/preview").then().statusCode(422);
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/templates/WITHDRAWN/SMS").then()
                .body("custom", equalTo(false));
        given().auth().oauth2(TestTokens.of("auditor", null)).contentType(ContentType.JSON)
                .body(Map.of("body", "{dossierCode}")).when().put("/api/v1/templates/WITHDRAWN/SMS").then().statusCode(403);
        given().auth().oauth2(TestTokens.clerk("21025")).when().get("/api/v1/templates").then().statusCode(403);
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/templates/NO_SUCH/SMS").then().statusCode(404);
    }

    @Test
    void aSavedTemplateWritesTheNextMessagesUntilItIsReset() {
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("body", "UBND {unitName} xác nhận: hồ sơ {dossierCode} của {applicantName} đã dừng."))
                .when().put("/api/v1/templates/WITHDRAWN/SMS").then().statusCode(200).body("custom", equalTo(true))
                .body("updatedBy", equalTo("province-admin@motcua.local"));
        try {
            String dossierId = UUID.randomUUID().toString();
            TestEvents.send(SUBMITTED, dossierId, Map.of());
            TestEvents.send(WITHDRAWN, dossierId, Map.of());
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.provinceAdmin())
                    .when().get("/api/v1/notifications?dossierId=" + dossierId).then().statusCode(200)
                    .body("total", equalTo(4))
                    .body("items.find { it.channel == 'SMS' && it.kind == 'WITHDRAWN' }.message",
                            containsString("xác nhận: hồ sơ"))
                    .body("items.find { it.channel == 'SMS' && it.kind == 'WITHDRAWN' }.message",
                            containsString(" đã dừng."))
                    .body("items.find { it.channel == 'EMAIL' && it.kind == 'WITHDRAWN' }.message",
                            not(containsString("xác nhận: hồ sơ"))));
        } finally {
            given().auth().oauth2(TestTokens.provinceAdmin()).when().delete("/api/v1/templates/WITHDRAWN/SMS").then()
                    .statusCode(200).body("custom", equalTo(false));
        }
    }
}
