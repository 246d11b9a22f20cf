package org.motcua.records;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.motcua.platformkit.security.CitizenIds;
import org.motcua.testsupport.TestDatabase;
import org.motcua.testsupport.TestEvents;
import org.motcua.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The applicant's name is encrypted in the archive and absent from its searchable text, yet found by the starts of its
 * words, typed with or without accents; a name stored before encryption is encrypted by the rotation.
 */
@QuarkusTest
class PersonalDataAtRestTest {

    private static final TestDatabase DB = TestDatabase.of("records");
    private static final String SUBMITTED = "org.motcua.intake.dossier-submitted.v1";

    @jakarta.inject.Inject
    CitizenIds citizenIds;

    private final String field = "Hộ tịch " + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theArchiveHoldsTheNameEncryptedAndFindsItByTheStartsOfItsWords() {
        String id = archived("Đặng Thị Mai Phương");
        Object[] row = DB.rows("SELECT applicant_full_name, array_to_string(search_tokens, ' ')"
                + " FROM archived_dossier WHERE id = CAST(? AS uuid)", id).get(0);
        assertThat((String) row[0]).startsWith("pd1.local.").doesNotContain("Phương");
        // the tokens have the procedure ("thu tuc dang ky khai sinh") and the unit ("phuong cam thanh") in clear, the
        // name only as keyed hashes: d da dan dang, t th thi, m ma mai, p … phuong
        List<String> tokens = List.of(((String) row[1]).split(" "));
        assertThat(tokens).contains("khai", "sinh", "phuong", "cam").doesNotContain("mai", "ma", "thi");
        assertThat(tokens.stream().filter(t -> t.startsWith("#"))).hasSize(4 + 3 + 3 + 6)
                .allSatisfy(token -> assertThat(token).matches("#[0-9a-f]{16}"));

        for (String query : List.of("Mai Phương", "mai phuo", "dang p", "Đặng Thị")) {
            search(query).body("items.id", contains(id)).body("items[0].applicantFullName", equalTo("Đặng Thị Mai Phương"));
        }
        // every word must match: a word of the name and a word of the text together, or none
        search("phuong khai sinh").body("items.id", contains(id));
        search("mai hoang").body("items", empty());
        search("huong").body("items", empty()); // the start of a word, not any part of it

        // an auditor finds the dossier by the name too, and sees the name masked
        given().auth().oauth2(TestTokens.of("auditor", null)).queryParam("field", field).queryParam("q", "mai phuong")
                .when().get("/api/v1/dossiers").then().statusCode(200)
                .body("items.applicantFullName", contains("Đ*** T*** M*** P***"));
        given().auth().oauth2(TestTokens.of("auditor", null)).when().get("/api/v1/dossiers/" + id).then().statusCode(200)
                .body("applicantFullName", equalTo("Đ*** T*** M*** P***"));
    }

    @Test
    void theRotationEncryptsANameStoredBeforeEncryption() {
        String id = archived("Lê Văn Tám");
        DB.update("UPDATE archived_dossier SET applicant_full_name = 'Lê Văn Tám' WHERE id = CAST(? AS uuid)", id);
        search("le van tam").body("items[0].applicantFullName", equalTo("Lê Văn Tám"));
        given().auth().oauth2(TestTokens.provinceAdmin()).when().post("/api/v1/personal-data/rotation")
                .then().statusCode(200).body("tables.table", containsInAnyOrder("archived_dossier", "applicant",
                        "migration_review", "migration_rejection"));
        assertThat(DB.rows("SELECT applicant_full_name FROM archived_dossier WHERE id = CAST(? AS uuid)", id).get(0)[0])
                .asString().startsWith("pd1.local.").doesNotContain("Tám");
        search("le van tam").body("items[0].applicantFullName", equalTo("Lê Văn Tám"));
        assertThat(DB.count("SELECT count(*) FROM archived_dossier WHERE left(applicant_full_name, 10) <> 'pd1.local.'"))
                .isZero();
    }

    @Test
    void theProvinceAdminExportsAllTheArchiveHoldsAboutOnePersonOnTheAuditLog() {
        String reference = citizenIds.hash("051090004321");
        String id = archived(Map.of("fullName", "Trần Văn Bình", "reference", reference));
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body("{\"citizenId\":\"051090004321\"}").when().post("/api/v1/personal-data/subject-export")
                .then().statusCode(200)
                .body("service", equalTo("records-service"))
                .body("holdings.dossiers.id", hasItem(id))
                .body("holdings.dossiers.find { it.id == '" + id + "' }.applicantFullName", equalTo("Trần Văn Bình"));
        assertThat(DB.count("SELECT count(*) FROM audit_entry WHERE action = 'SUBJECT_EXPORTED' AND subject_id = ?",
                reference)).isPositive();
        assertThat(DB.count("SELECT count(*) FROM audit_entry WHERE action = 'DOSSIER_READ' AND subject_id = ?"
                + " AND detail = 'trích xuất dữ liệu của người nộp'", id)).isEqualTo(1);
    }

    private String archived(String applicant) {
        return archived(Map.of("fullName", applicant));
    }

    private String archived(Map<String, String> applicant) {
        String dossierId = UUID.randomUUID().toString();
        TestEvents.send(SUBMITTED, dossierId, Map.of("dossierId", dossierId, "field", field,
                "applicant", applicant), Instant.parse("2026-11-29T02:00:00Z"));
        await().atMost(Duration.ofSeconds(30)).until(() -> DB.count(
                "SELECT count(*) FROM archived_dossier WHERE id = CAST(? AS uuid) AND applicant_full_name IS NOT NULL",
                dossierId) == 1);
        return dossierId;
    }

    private io.restassured.response.ValidatableResponse search(String query) {
        return given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("field", field).queryParam("q", query)
                .when().get("/api/v1/dossiers").then().statusCode(200);
    }
}
