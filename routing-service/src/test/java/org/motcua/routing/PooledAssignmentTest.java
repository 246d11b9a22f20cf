package org.motcua.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.motcua.testsupport.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Phi địa giới: a burst at one ward spreads to units with spare capacity, for pooled procedures only. */
@QuarkusTest
class PooledAssignmentTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aBurstAtOneWardSpreadsToTheWardsThatWouldFinishSooner() {
        // 8 certification dossiers of 2 officer hours each at Phường Cẩm Thành (2 officers × 6 h for this field,
        // as 7 other wards and large communes): it keeps the first; a second would finish 0.17 day after the best
        // elsewhere, beyond the 0.125-day margin, so each other one goes to a different unit of 12 hours a day
        String field = IntakeEvents.freshField("Chứng thực");
        List<String> dossiers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            dossiers.add(IntakeEvents.submit(Map.of("receivingUnitCode", "21025", "field", field,
                    "competenceRule", "ANY_COMMUNE", "effortHours", 2.0)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> assigned(field) == 8);

        List<JsonPath> assignments = dossiers.stream().map(id -> given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/dossiers/" + id + "/assignment")
                .then().statusCode(200).extract().jsonPath()).toList();
        List<String> units = assignments.stream().map(a -> a.getString("processingUnitCode")).toList();
        assertThat(units.stream().filter("21025"::equals)).hasSize(1);
        List<String> elsewhere = units.stream().filter(u -> !"21025".equals(u)).toList();
        assertThat(elsewhere).hasSize(7).doesNotHaveDuplicates();
        assertThat(assignments).allSatisfy(a -> {
            assertThat(a.getBoolean("pooled")).isTrue();
            assertThat(a.getList("candidates")).hasSize(96);   // every commune of the province was weighed
            assertThat(a.getString("reason")).isIn("RECEIVING_UNIT", "SHORTER_COMPLETION");
        });
        assertThat(assignments.stream().filter(a -> !"21025".equals(a.getString("processingUnitCode"))))
                .allSatisfy(a -> assertThat(a.getString("reason")).isEqualTo("SHORTER_COMPLETION"));

        // the units' loads count the dossiers they received
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/units/21025/staffing")
                .then().statusCode(200)
                .body("load.find { it.field == '" + field + "' }.queuedDossiers", org.hamcrest.Matchers.equalTo(1))
                .body("load.find { it.field == '" + field + "' }.queuedWorkHours", org.hamcrest.Matchers.equalTo(2.0f));
    }

    @Test
    void aResidenceDossierStaysWithItsCommuneHoweverLoaded() {
        String field = IntakeEvents.freshField("Hộ tịch");
        List<String> dossiers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            dossiers.add(IntakeEvents.submit(Map.of("receivingUnitCode", "21025", "field", field,
                    "competenceRule", "RESIDENCE_COMMUNE", "residenceUnitCode", "21028", "effortHours", 8.0)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> assigned(field) == 4);
        for (String id : dossiers) {
            JsonPath a = given().auth().oauth2(TestTokens.officer("21028"))
                    .when().get("/api/v1/dossiers/" + id + "/assignment")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(a.getString("processingUnitCode")).isEqualTo("21028");
            assertThat(a.getString("reason")).isEqualTo("ONLY_COMPETENT_UNIT");
            assertThat(a.getString("reasonText")).contains("thẩm quyền");
        }
    }

    @Test
    void aProvincialAgencyProcedureGoesToTheAgency() {
        String field = IntakeEvents.freshField("Đất đai");
        String id = IntakeEvents.submit(Map.of("receivingUnitCode", "21034", "field", field,
                "competenceRule", "PROVINCIAL_AGENCY", "competentAgency", "Văn phòng Đăng ký đất đai tỉnh Quảng Ngãi"));
        await().atMost(Duration.ofSeconds(30)).until(() -> assigned(field) == 1);
        given().auth().oauth2(TestTokens.clerk("21034"))
                .when().get("/api/v1/dossiers/" + id + "/assignment")
                .then().statusCode(200)
                .body("processingUnitCode", org.hamcrest.Matchers.equalTo("T.VPDKDD"))
                .body("reason", org.hamcrest.Matchers.equalTo("PROVINCIAL_AGENCY"));
    }

    private long assigned(String field) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM assignment WHERE field = :f").setParameter("f", field)
                .getSingleResult()).longValue());
    }
}
