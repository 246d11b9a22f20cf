package org.motcua.records;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.motcua.testsupport.TestDatabase;
import org.motcua.testsupport.TestEvents;
import org.motcua.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Uploading digitized documents through the API: the real format, PDF/A part and level, and page count
 * come from the bytes; identical content is kept once; the content is served whole or by range; a file
 * that is empty, too large, damaged or not what it claims is refused and leaves nothing behind.
 */
@QuarkusTest
class DocumentTest {

    private static final TestDatabase DB = TestDatabase.of("records");

    private static final String UNIT = "21025";
    private static final String SUBMITTED = "org.motcua.intake.dossier-submitted.v1";

    @Test
    void aScannedPdfaKeepsItsMetadataItsChecksumAndItsPages() throws Exception {
        byte[] pdf = SampleFiles.pdf(2, 2);
        Map<String, Object> metadata = Map.of("DocCode", "21025-261129-0001", "TypeName", "Giấy khai sinh",
                "IssuedDate", "2026-11-29", "OrganName", "UBND phường Cẩm Thành", "Subject", "Giấy khai sinh của Nguyễn Văn A",
                "Language", "vi", "Mode", "Hạn chế");
        String dossierId = archivedDossier(UNIT);
        Response created = upload(TestTokens.clerk(UNIT), "giay-khai-sinh.pdf", pdf, "application/pdf")
                .multiPart(new MultiPartSpecBuilder(metadata).controlName("metadata").mimeType("application/json")
                        .charset(StandardCharsets.UTF_8).build())
                .multiPart("dossierId", dossierId)
                .when().post("/api/v1/documents");
        created.then().statusCode(201)
                .body("detectedFormat", equalTo("PDF"))
                .body("pdfA", equalTo("2b"))
                .body("pageCount", equalTo(2))
                .body("sha256", equalTo(sha256(pdf)))
                .body("sizeBytes", equalTo(pdf.length))
                .body("unitCode", equalTo(UNIT))
                .body("dossierId", equalTo(dossierId))
                .body("metadata.TypeName", equalTo("Giấy khai sinh"))
                .body("metadata.IssuedDate", equalTo("2026-11-29"))
                .body("metadata.PageAmount", equalTo(2));
        String id = created.path("id");
        given().auth().oauth2(TestTokens.officer(UNIT)).when().get("/api/v1/documents/" + id)
                .then().statusCode(200)
                .body("metadata.Subject", equalTo("Giấy khai sinh của Nguyễn Văn A"))
                .body("contentKeptBefore", nullValue());
        byte[] whole = given().auth().oauth2(TestTokens.officer(UNIT)).when().get("/api/v1/documents/" + id + "/content")
                .then().statusCode(200).contentType("application/pdf").header("Accept-Ranges", "bytes")
                .extract().asByteArray();
        assertThat(whole).isEqualTo(pdf);
    }

    @Test
    void imagesAreRecognisedFromTheirBytesAndATiffCountsItsPages() {
        upload(TestTokens.clerk(UNIT), "trang.png", SampleFiles.png(Color.WHITE), "image/png").when().post("/api/v1/documents")
                .then().statusCode(201).body("detectedFormat", equalTo("PNG")).body("pageCount", equalTo(1))
                .body("pdfA", nullValue());
        upload(TestTokens.clerk(UNIT), "anh.jpg", SampleFiles.jpeg(), "image/jpeg").when().post("/api/v1/documents")
                .then().statusCode(201).body("detectedFormat", equalTo("JPEG"));
        upload(TestTokens.clerk(UNIT), "ban-quet.tif", SampleFiles.tiff(3), "image/tiff").when().post("/api/v1/documents")
                .then().statusCode(201).body("detectedFormat", equalTo("TIFF")).body("pageCount", equalTo(3));
        upload(TestTokens.clerk(UNIT), "khong-pdfa.pdf", SampleFiles.pdf(1, null), "application/pdf").when().post("/api/v1/documents")
                .then().statusCode(201).body("pdfA", nullValue()).body("pageCount", equalTo(1));
    }

    @Test
    void identicalContentIsKeptOnce() {
        byte[] png = SampleFiles.png(new Color(12, 34, 56));
        String first = upload(TestTokens.clerk(UNIT), "a.png", png, "image/png").when().post("/api/v1/documents")
                .then().statusCode(201).body("contentKeptBefore", equalTo(false)).extract().path("id");
        String second = upload(TestTokens.clerk(UNIT), "b.png", png, "image/png").when().post("/api/v1/documents")
                .then().statusCode(201).body("contentKeptBefore", equalTo(true)).extract().path("id");
        assertThat(second).isNotEqualTo(first);
        assertThat(DB.count("SELECT count(*) FROM document_content WHERE sha256 = '" + sha256(png) + "'")).isEqualTo(1);
        assertThat(DB.count("SELECT count(*) FROM document WHERE sha256 = '" + sha256(png) + "'")).isEqualTo(2);
    }

    @Test
    void theContentIsServedByRange() {
        byte[] tiff = SampleFiles.tiff(2);
        String id = upload(TestTokens.clerk(UNIT), "r.tif", tiff, "image/tiff").when().post("/api/v1/documents")
                .then().statusCode(201).extract().path("id");
        String url = "/api/v1/documents/" + id + "/content";
        byte[] first = given().auth().oauth2(TestTokens.clerk(UNIT)).header("Range", "bytes=0-9").when().get(url)
                .then().statusCode(206).header("Content-Range", "bytes 0-9/" + tiff.length).extract().asByteArray();
        assertThat(first).isEqualTo(SampleFiles.cut(tiff, 10));
        byte[] last = given().auth().oauth2(TestTokens.clerk(UNIT)).header("Range", "bytes=-4").when().get(url)
                .then().statusCode(206).extract().asByteArray();
        assertThat(last).isEqualTo(java.util.Arrays.copyOfRange(tiff, tiff.length - 4, tiff.length));
        byte[] rest = given().auth().oauth2(TestTokens.clerk(UNIT)).header("Range", "bytes=100-").when().get(url)
                .then().statusCode(206).extract().asByteArray();
        assertThat(rest).isEqualTo(java.util.Arrays.copyOfRange(tiff, 100, tiff.length));
        given().auth().oauth2(TestTokens.clerk(UNIT)).header("Range", "bytes=" + tiff.length + "-").when().get(url)
                .then().statusCode(416).header("Content-Range", "bytes */" + tiff.length);
    }

    @Test
    void anotherUnitsDocumentIsNotShown() {
        String id = upload(TestTokens.clerk(UNIT), "x.png", SampleFiles.png(Color.RED), "image/png").when().post("/api/v1/documents")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.officer("21028")).when().get("/api/v1/documents/" + id)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.equalTo("Tài liệu " + id + " không tồn tại"));
        given().auth().oauth2(TestTokens.officer("21028")).when().get("/api/v1/documents/" + id + "/content")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/documents/" + id).then().statusCode(200);
        given().when().get("/api/v1/documents/" + id).then().statusCode(401);
    }

    @Test
    void aClerkCannotAddAScanToAnotherUnitsDossier() {
        String dossier = archivedDossier(UNIT);
        byte[] png = SampleFiles.png(new Color(200, 17, 99));
        long documentsBefore = DB.count("SELECT count(*) FROM document WHERE dossier_id = '" + dossier + "'");

        upload(TestTokens.clerk("23293"), "chen.png", png, "image/png").multiPart("dossierId", dossier)
                .when().post("/api/v1/documents").then().statusCode(404).contentType("application/problem+json");
        upload(TestTokens.clerk(UNIT), "khong-co.png", png, "image/png").multiPart("dossierId", UUID.randomUUID().toString())
                .when().post("/api/v1/documents").then().statusCode(404).contentType("application/problem+json");

        assertThat(DB.count("SELECT count(*) FROM document WHERE dossier_id = '" + dossier + "'")).isEqualTo(documentsBefore);
        assertThat(DB.count("SELECT count(*) FROM document_content WHERE sha256 = '" + sha256(png) + "'")).isZero();
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/dossiers/" + dossier)
                .then().statusCode(200).body("documents", org.hamcrest.Matchers.empty());
    }

    @Test
    void aDossiersScanIsSeenByItsUnitsAndNoOtherUnit() {
        String dossier = archivedDossier(UNIT);
        String id = upload(TestTokens.clerk(UNIT), "to-khai.png", SampleFiles.png(new Color(3, 140, 7)), "image/png")
                .multiPart("dossierId", dossier).when().post("/api/v1/documents").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.officer(UNIT)).when().get("/api/v1/documents/" + id).then().statusCode(200);
        // the other unit's clerk is answered as for a document nobody holds, not "the dossier X is not yours"
        given().auth().oauth2(TestTokens.clerk("23293")).when().get("/api/v1/documents/" + id)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.equalTo("Tài liệu " + id + " không tồn tại"));
        given().auth().oauth2(TestTokens.clerk("23293")).when().get("/api/v1/documents/" + id + "/content").then().statusCode(404);
    }

    @Test
    void badFilesAreRefusedAndLeaveNothingBehind() {
        byte[] png = SampleFiles.png(Color.BLUE);
        byte[] truncated = SampleFiles.cut(SampleFiles.pdf(3, 2), 600);
        byte[] cutTiff = SampleFiles.cut(SampleFiles.tiff(2), 200);
        long documentsBefore = DB.count("SELECT count(*) FROM document");

        refused(upload(TestTokens.clerk(UNIT), "gia.pdf", png, "application/pdf"), 415, "document-type-mismatch");
        refused(upload(TestTokens.clerk(UNIT), "tai-lieu.docx", png,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), 415, "document-type-unsupported");
        refused(upload(TestTokens.clerk(UNIT), "cut.pdf", truncated, "application/pdf"), 422, "document-damaged");
        refused(upload(TestTokens.clerk(UNIT), "cut.tif", cutTiff, "image/tiff"), 422, "document-damaged");
        refused(upload(TestTokens.clerk(UNIT), "rong.pdf", new byte[0], "application/pdf"), 400, "document-empty");
        refused(upload(TestTokens.clerk(UNIT), "lon.pdf", new byte[50 * 1024 * 1024 + 1], "application/pdf"), 413,
                "document-too-large");

        assertThat(DB.count("SELECT count(*) FROM document")).isEqualTo(documentsBefore);
        for (byte[] bytes : new byte[][] { png, truncated, cutTiff }) {
            assertThat(DB.count("SELECT count(*) FROM document_content WHERE sha256 = '" + sha256(bytes) + "'")).isZero();
        }
    }

    @Test
    void aPdfThatRunsSomethingOrCarriesFilesIsRefusedAndLeavesNothingBehind() {
        long documentsBefore = DB.count("SELECT count(*) FROM document");
        for (SampleFiles.Active active : SampleFiles.Active.values()) {
            byte[] pdf = SampleFiles.pdfWith(active);
            upload(TestTokens.clerk(UNIT), "don.pdf", pdf, "application/pdf").when().post("/api/v1/documents")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("type", org.hamcrest.Matchers.endsWith("document-active-content"))
                    .body("errors[0].field", org.hamcrest.Matchers.equalTo("file"));
            assertThat(DB.count("SELECT count(*) FROM document_content WHERE sha256 = '" + sha256(pdf) + "'"))
                    .as(active.name()).isZero();
        }
        assertThat(DB.count("SELECT count(*) FROM document")).isEqualTo(documentsBefore);
        // the same page without them is kept
        upload(TestTokens.clerk(UNIT), "don.pdf", SampleFiles.pdf(1, null), "application/pdf")
                .when().post("/api/v1/documents").then().statusCode(201);
    }

    /** A dossier received at the unit, as the archive knows it from intake's event. */
    private String archivedDossier(String unit) {
        String dossier = UUID.randomUUID().toString();
        TestEvents.send(SUBMITTED, dossier, Map.of("receivingUnitCode", unit), Instant.now());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/dossiers/" + dossier).then().statusCode(200));
        return dossier;
    }

    private static void refused(RequestSpecification request, int status, String code) {
        request.when().post("/api/v1/documents").then().statusCode(status)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith(code));
    }

    private static RequestSpecification upload(String token, String name, byte[] bytes, String type) {
        return given().auth().oauth2(token).multiPart("file", name, bytes, type);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
