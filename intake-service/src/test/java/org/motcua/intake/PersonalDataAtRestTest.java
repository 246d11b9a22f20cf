package org.motcua.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.motcua.testsupport.TestDatabase;
import org.motcua.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The applicant's name, email and phone are encrypted in intake's database and clear in its answers; values stored
 * before encryption (or under an older key) are encrypted again by the rotation.
 */
@QuarkusTest
class PersonalDataAtRestTest {

    private static final TestDatabase DB = TestDatabase.of("intake");

    @Test
    void theDatabaseHoldsNoneOfTheApplicantsDataInClear() {
        String id = submitted();
        Object[] row = stored(id);
        for (Object value : row) {
            assertThat((String) value).startsWith("pd1.local.").doesNotContain("Nhung").doesNotContain("0912345678")
                    .doesNotContain("example.vn");
        }
        given().auth().oauth2(TestTokens.clerk("21025")).when().get("/api/v1/dossiers/" + id).then().statusCode(200)
                .body("applicant.fullName", equalTo("Nguyễn Thị Hồng Nhung"))
                .body("applicant.email", equalTo("nhung.nguyen@example.vn"))
                .body("applicant.phone", equalTo("0912345678"));
    }

    @Test
    void theRotationEncryptsAgainWhatAnotherKeyOrNoKeyHolds() {
        String id = submitted();
        // as a dossier stored before encryption: its values in clear
        DB.update("UPDATE dossier SET applicant_full_name = 'Lê Văn Tám', applicant_email = 'tam@example.vn',"
                + " applicant_phone = '0905111222' WHERE id = CAST(? AS uuid)", id);
        given().auth().oauth2(TestTokens.clerk("21025")).when().get("/api/v1/dossiers/" + id).then()
                .body("applicant.fullName", equalTo("Lê Văn Tám"));

        given().auth().oauth2(TestTokens.clerk("21025")).when().post("/api/v1/personal-data/rotation")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.provinceAdmin()).when().post("/api/v1/personal-data/rotation")
                .then().statusCode(200).body("currentKey", equalTo("local"))
                .body("tables[0].table", equalTo("dossier"));

        for (Object value : stored(id)) {
            assertThat((String) value).startsWith("pd1.local.").doesNotContain("Tám").doesNotContain("0905111222");
        }
        given().auth().oauth2(TestTokens.clerk("21025")).when().get("/api/v1/dossiers/" + id).then()
                .body("applicant.fullName", equalTo("Lê Văn Tám"))
                .body("applicant.email", equalTo("tam@example.vn"))
                .body("applicant.phone", equalTo("0905111222"));
        // nothing is left for a second run
        assertThat(DB.count("SELECT count(*) FROM dossier WHERE left(applicant_full_name, 10) <> 'pd1.local.'"))
                .isZero();
    }

    private static String submitted() {
        return given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON)
                .body(Requests.birthRegistrationAt("21025")).when().post("/api/v1/dossiers")
                .then().statusCode(201).extract().path("id");
    }

    private static Object[] stored(String id) {
        List<Object[]> rows = DB.rows("SELECT applicant_full_name, applicant_email, applicant_phone FROM dossier"
                + " WHERE id = CAST(? AS uuid)", id);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
