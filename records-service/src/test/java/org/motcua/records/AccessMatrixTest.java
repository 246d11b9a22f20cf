package org.motcua.records;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.motcua.platformkit.security.CitizenIds;
import org.motcua.testsupport.TestEvents;
import org.motcua.testsupport.TestTokens;
import org.motcua.testsupport.api.AccessMatrixProperty;
import org.motcua.testsupport.api.AccessRequests;
import org.motcua.testsupport.api.AccessRequests.Part;

import io.quarkus.test.junit.QuarkusTest;

/** Records' operations answer each caller as {@code docs/access-matrix.md} says. */
@QuarkusTest
class AccessMatrixTest extends AccessMatrixProperty {

    private static final String UNIT = "21025";
    private static final String CITIZEN = "051190007788";

    @Inject
    CitizenIds citizenIds;

    AccessMatrixTest() {
        super(UNIT, "21028");
    }

    @Override
    protected AccessRequests requests() {
        String reference = citizenIds.hash(CITIZEN);
        String dossier = UUID.randomUUID().toString();
        TestEvents.send("org.motcua.intake.dossier-submitted.v1", dossier, Map.of("receivingUnitCode", UNIT,
                "applicant", Map.of("fullName", "Trần Văn Bình", "reference", reference)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/dossiers/" + dossier).then().statusCode(200));
        byte[] pdf = SampleFiles.pdf(1, 2);
        String document = given().auth().oauth2(TestTokens.clerk(UNIT)).multiPart("file", "to-khai.pdf", pdf, "application/pdf")
                .multiPart("dossierId", dossier).when().post("/api/v1/documents").then().statusCode(201).extract().path("id");
        String unknown = UUID.randomUUID().toString();
        return new AccessRequests()
                .value("id", dossier)
                .value("ref", reference)
                .path("GET /api/v1/documents/{id}", "/api/v1/documents/" + document)
                .path("GET /api/v1/documents/{id}/content", "/api/v1/documents/" + document + "/content")
                .query("GET /api/v1/applicants/{ref}/results", "dossierId=" + dossier)
                .json("POST /api/v1/personal-data/subject-export", "{\"citizenId\":\"051190001234\"}")
                .json("POST /api/v1/applicants/results-lookup",
                        "{\"citizenId\":\"" + CITIZEN + "\",\"dossierId\":\"" + dossier + "\"}")
                .multipart("POST /api/v1/documents", Part.file("file", "ban-sao.pdf", "application/pdf", pdf),
                        Part.field("dossierId", dossier))
                .query("GET /api/v1/dossiers", "unitCode=" + UNIT)
                .json("POST /api/v1/dossiers/{id}/legal-hold", "{\"reason\":\"Đang thanh tra (kiểm thử quyền)\"}")
                .multipart("POST /api/v1/packages/verification",
                        Part.file("file", "goi.zip", "application/zip", new byte[] { 'P', 'K', 1, 2 }))
                // objects the test does not create: the allowed caller may find nothing there
                .path("POST /api/v1/migration-reviews/{id}/decision", "/api/v1/migration-reviews/" + unknown + "/decision")
                .absent("POST /api/v1/migration-reviews/{id}/decision")
                .json("POST /api/v1/migration-reviews/{id}/decision", "{\"unitCode\":\"" + UNIT + "\"}")
                .value("originalUnitCode", "99999")
                .json("PUT /api/v1/migration-unit-rules/{originalUnitCode}", "[null]")
                .multipart("POST /api/v1/migrations", Part.field("system", "kiem-thu"))
                .path("GET /api/v1/migrations/{id}", "/api/v1/migrations/" + unknown)
                .path("GET /api/v1/migrations/{id}/report", "/api/v1/migrations/" + unknown + "/report")
                .path("GET /api/v1/migrations/{id}/rejections", "/api/v1/migrations/" + unknown + "/rejections")
                .absent("GET /api/v1/migrations/{id}")
                .absent("GET /api/v1/migrations/{id}/report")
                .absent("GET /api/v1/migrations/{id}/rejections")
                .value("scope", "PROCEDURE")
                .value("key", "KIEM.THU.QUYEN")
                .json("PUT /api/v1/retention/rules/{scope}/{key}", "{}")
                .absent("DELETE /api/v1/retention/rules/{scope}/{key}");
    }
}
