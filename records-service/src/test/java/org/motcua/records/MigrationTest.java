package org.motcua.records;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motcua.migration.cli.ExportGenerator;
import org.motcua.migration.cli.MigrationTool;
import org.motcua.platformkit.data.Csv;
import org.motcua.records.domain.migration.ExportFormat;
import org.motcua.records.domain.migration.SourceSystem;
import org.motcua.records.service.migration.MigrationRunner;
import org.motcua.records.service.migration.MigrationService;
import org.motcua.records.service.migration.UnitMapping;
import org.motcua.testsupport.TestDatabase;
import org.motcua.testsupport.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The migration of the pre-merger systems as the province's archivist runs it: generated exports of old Quảng Ngãi
 * (CSV) and old Kon Tum (JSON Lines) through the real API, a second run, a run stopped mid-file, the split commune,
 * bad files, and the command-line importer. Each test's export has its own seed, so its dossiers are its own.
 */
@QuarkusTest
class MigrationTest {

    private static final TestDatabase DB = TestDatabase.of("records");

    @TempDir
    Path dir;

    @Inject
    MigrationService service;

    @Inject
    MigrationRunner runner;

    @Inject
    UnitMapping oldUnits;

    @Inject
    EntityManager entityManager;

    @Inject
    org.motcua.platformkit.security.CitizenIds citizenIds;

    @TestHTTPResource("/")
    String baseUrl;

    @Test
    void theExportsOfBothOldProvincesAreImportedSearchableAndReconciled() throws IOException {
        Path qng = dir.resolve("quang-ngai.csv");
        ExportGenerator.Summary q = generate("QNG", "csv", 600, 11, qng);
        Path ktm = dir.resolve("kon-tum.json");
        ExportGenerator.Summary k = generate("KTM", "json", 500, 12, ktm);
        assertThat(q.rejected()).isPositive();
        assertThat(q.merged()).isPositive();

        String qngRun = start(qng, "QNG").statusCode(202).extract().path("id");
        String ktmRun = start(ktm, "KTM").statusCode(202).extract().path("id");
        JsonPath qReport = completed(qngRun);
        JsonPath kReport = completed(ktmRun);
        assertReconciled(qReport, q);
        assertReconciled(kReport, k);
        // each accepted row with an ID met a new applicant or a known one; people who moved between the old
        // provinces are one applicant with dossiers from both systems
        List<Map<String, String>> qRows = Csv.read(Files.newBufferedReader(qng));
        long qRowsWithId = qRows.stream().filter(r -> !r.get("so_dinh_danh").isEmpty() && !r.get("ma_ho_so").endsWith("-B"))
                .count();
        assertThat(qReport.getLong("migration.applicants.newApplicants") + qReport.getLong("migration.applicants.matchedKnown"))
                .isEqualTo(qRowsWithId);
        assertThat(qReport.getLong("migration.applicants.newApplicants")).isBetween(1L, q.applicants());
        java.util.Set<String> ktmIds = new java.util.HashSet<>();
        for (String line : Files.readAllLines(ktm)) {
            Map<String, String> row = jsonRow(line);
            if (row != null && row.containsKey("so_dinh_danh") && !row.get("ma_ho_so").endsWith("-B")) {
                ktmIds.add(row.get("so_dinh_danh"));
            }
        }
        String mover = qRows.stream().filter(r -> !r.get("ma_ho_so").endsWith("-B")).map(r -> r.get("so_dinh_danh"))
                .filter(ktmIds::contains).findFirst().orElseThrow();
        String reference = citizenIds.hash(mover);
        assertThat(DB.count("SELECT count(DISTINCT origin_system) FROM archived_dossier WHERE applicant_reference = '"
                + reference + "'")).isEqualTo(2);
        assertThat(DB.count("SELECT count(*) FROM applicant WHERE reference = '" + reference + "'")).isEqualTo(1);
        assertThat(qReport.getString("summary")).startsWith("Đọc 600 dòng = nhập mới " + q.imported());

        // every rejection has its reason; ID numbers never shown in full
        JsonPath rejections = given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("size", 500)
                .when().get("/api/v1/migrations/" + qngRun + "/rejections").then().statusCode(200)
                .body("total", equalTo((int) q.rejected())).extract().jsonPath();
        assertThat(rejections.getList("items.reasonCode", String.class)).contains("BAD_DATE", "UNKNOWN_UNIT",
                "MISSING_FIELD", "BAD_CITIZEN_ID", "UNKNOWN_STATUS", "BROKEN_ROW", "INCONSISTENT", "OTHER_PROVINCE");
        assertThat(rejections.getList("items.rowText", String.class)).noneMatch(t -> t.matches("(?s).*(?<![0-9])[0-9]{12}(?![0-9]).*"));
        assertThat(rejections.getList("items.reason", String.class)).allMatch(r -> !r.isBlank());
        // they name people: stored encrypted, shown in clear to the province admin
        assertThat(DB.count("SELECT count(*) FROM migration_rejection WHERE migration_id = '" + qngRun + "'"
                + " AND left(row_text, 10) <> 'pd1.local.'")).isZero();
        // a row kept before encryption (its table's key has two columns: the rotation finds it by its address)
        DB.update("UPDATE migration_rejection SET row_text = 'Nguyễn Văn A;0512…' WHERE ctid = (SELECT ctid"
                + " FROM migration_rejection WHERE migration_id = CAST(? AS uuid) LIMIT 1)", qngRun);
        given().auth().oauth2(TestTokens.provinceAdmin()).when().post("/api/v1/personal-data/rotation")
                .then().statusCode(200);
        assertThat(DB.count("SELECT count(*) FROM migration_rejection WHERE left(row_text, 10) <> 'pd1.local.'"))
                .isZero();

        // an imported dossier is found without accents and by its original code, and says where it came from
        Map<String, String> row = firstRow(qng, "DA_TRA_KET_QUA");
        String name = row.get("ho_ten");
        String code = row.get("ma_ho_so");
        String folded = org.motcua.platformkit.data.VietnameseText.fold(name);
        String id = given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("q", code).when().get("/api/v1/dossiers")
                .then().statusCode(200).body("total", equalTo(1)).extract().path("items[0].id");
        given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("q", folded).queryParam("size", 100)
                .when().get("/api/v1/dossiers").then().statusCode(200).body("items.id", hasItem(id));
        String formerUnit = org.motcua.platformkit.data.VietnameseText.fold(oldUnits.of(row.get("ma_don_vi_cu")).name());
        given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("q", code + " " + formerUnit)
                .when().get("/api/v1/dossiers").then().statusCode(200).body("items.id", hasItem(id)); // the old commune
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/dossiers/" + id).then().statusCode(200)
                .body("origin.system", equalTo("QNG")).body("origin.originalCode", equalTo(code))
                .body("origin.originalUnitCode", equalTo(row.get("ma_don_vi_cu")))
                .body("origin.migrationId", equalTo(qngRun)).body("status", equalTo("RESULT_RETURNED"))
                .body("decision.resultReference", equalTo(row.get("so_ket_qua")));
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/dossiers/" + id + "/timeline").then()
                .statusCode(200)
                .body("title", hasItem(containsString("Chuyển đổi từ Hệ thống một cửa điện tử tỉnh Quảng Ngãi")))
                .body("title", hasItem(containsString("mã hồ sơ gốc " + code)))
                .body("title", hasItems("Trả kết quả cho người nộp"));

        // its result is in the applicant's data store, found by the citizen ID
        Map<String, String> withId = firstRow(ktm, "DA_TRA_KET_QUA");
        given().auth().oauth2(TestTokens.of("auditor", null)).contentType(ContentType.JSON)
                .body(Map.of("citizenId", withId.get("so_dinh_danh"))).when().post("/api/v1/applicants/results-lookup")
                .then().statusCode(200).body("items.dossierCode", hasItem(withId.get("ma_ho_so")));
    }

    @Test
    void aSecondRunOfTheSameFileImportsNothingTwice() throws IOException {
        Path file = dir.resolve("quang-ngai-again.csv");
        ExportGenerator.Summary s = generate("QNG", "csv", 300, 21, file);
        String first = start(file, "QNG").statusCode(202).extract().path("id");
        completed(first);

        String second = start(file, "QNG").statusCode(202).extract().path("id");
        assertThat(second).isNotEqualTo(first);
        JsonPath again = completed(second);
        assertThat(again.getBoolean("balanced")).isTrue();
        assertThat(again.getLong("migration.counts.imported")).isZero();
        assertThat(again.getLong("migration.counts.merged")).isZero();
        assertThat(again.getLong("migration.counts.alreadyPresent")).isEqualTo(s.imported() + s.merged());
        assertThat(again.getLong("migration.counts.rejected")).isEqualTo(s.rejected());
        assertThat(again.getLong("migration.applicants.newApplicants")).isZero();
        assertThat(DB.count("SELECT count(*) FROM archived_dossier WHERE original_code ~ '^QNG[.][0-9]{3,5}-[0-9]{6}-21[0-9]{7}$'"))
                .isEqualTo(s.imported());
    }

    @Test
    void anImportStoppedMidFileResumesAfterItsCheckpoint() throws IOException {
        Path file = dir.resolve("kon-tum-stopped.json");
        ExportGenerator.Summary s = generate("KTM", "json", 700, 31, file);
        UUID id = service.register(new MigrationService.Upload(file, "kon-tum-stopped.json", SourceSystem.get("KTM"),
                ExportFormat.JSON, "test")).migration().id();

        assertThat(runner.run(id, 3)).isFalse(); // the instance stops after three chunks of 100 rows
        JsonPath stopped = progress(id.toString());
        assertThat(stopped.getString("status")).isEqualTo("RUNNING");
        assertThat(stopped.getLong("rowsRead")).isEqualTo(300);
        assertThat(stopped.getDouble("percent")).isBetween(1.0, 99.9);

        // another instance holds it (alive): this one neither runs it nor writes anything
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "UPDATE migration SET claimed_by = 'another-instance', heartbeat_at = now() WHERE id = :id")
                .setParameter("id", id).executeUpdate());
        assertThat(runner.run(id, 1)).isFalse();
        assertThat(progress(id.toString()).getLong("rowsRead")).isEqualTo(300);

        // that instance dies; sending the file again resumes the import after row 300
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "UPDATE migration SET heartbeat_at = now() - interval '5 minutes' WHERE id = :id")
                .setParameter("id", id).executeUpdate());
        start(file, "KTM").statusCode(200).body("id", equalTo(id.toString()));
        JsonPath report = completed(id.toString());
        assertReconciled(report, s);
        assertThat(DB.count("SELECT count(*) FROM timeline_entry t JOIN archived_dossier d ON d.id = t.dossier_id"
                + " WHERE d.migration_id = '" + id + "' AND t.event_type = 'org.motcua.records.dossier-migrated'"
                + " AND t.event_id NOT LIKE '%:updated:%'")).isEqualTo(s.imported());
        assertThat(DB.count("SELECT run_rows_at_start FROM migration WHERE id = '" + id + "'")).isEqualTo(300);
    }

    @Test
    void theSplitCommunesDossiersWaitForARuleOrAPerson() throws IOException {
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(List.of(Map.of("addressKeyword", "Thôn 1", "newUnitCode", "21136")))
                .when().put("/api/v1/migration-unit-rules/21142").then().statusCode(200)
                .body("addressKeyword", equalTo(List.of("Thôn 1")));
        Path file = dir.resolve("tra-bui.csv");
        ExportGenerator.Summary s = generate("QNG", "csv", 400, 41, file, 0.3);
        List<Map<String, String>> traBui = Csv.read(Files.newBufferedReader(file)).stream()
                .filter(r -> r.get("ma_don_vi_cu").equals("21142") && !r.get("ma_ho_so").endsWith("-B")).toList();
        long placedByRule = traBui.stream().filter(r -> r.get("dia_chi").startsWith("Thôn 1,")).count();
        long heldDossiers = traBui.stream().filter(r -> !r.get("dia_chi").startsWith("Thôn 1,")).map(r -> r.get("ma_ho_so"))
                .distinct().count();
        assertThat(placedByRule).isPositive();

        String run = start(file, "QNG").statusCode(202).extract().path("id");
        JsonPath report = completed(run);
        assertThat(report.getLong("migration.counts.heldForReview")).isEqualTo(s.held() - placedByRule);
        assertThat(report.getBoolean("balanced")).isTrue();

        JsonPath open = given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("size", 200)
                .when().get("/api/v1/migration-reviews").then().statusCode(200)
                .body("items.candidates.code", everyItem(equalTo(List.of("21136", "21157"))))
                .body("items.address", everyItem(not(containsString("Thôn 1,")))).extract().jsonPath();
        List<String> mine = open.getList("items.findAll { it.migrationId == '" + run + "' }.id", String.class);
        assertThat(open.getList("items.findAll { it.migrationId == '" + run + "' }.address", String.class))
                .allMatch(a -> a == null || !a.startsWith("pd1."));
        assertThat(DB.count("SELECT count(*) FROM migration_review WHERE migration_id = '" + run + "'"
                + " AND (left(dossier, 10) <> 'pd1.local.' OR left(address, 10) <> 'pd1.local.')")).isZero();
        assertThat(mine).hasSize((int) heldDossiers); // one review per dossier, however many of its states were exported
        String review = mine.get(0);
        String originalCode = open.getString("items.find { it.id == '" + review + "' }.originalCode");

        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(Map.of("unitCode", "21025"))
                .when().post("/api/v1/migration-reviews/" + review + "/decision").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(Map.of("unitCode", "21157"))
                .when().post("/api/v1/migration-reviews/" + review + "/decision").then().statusCode(200)
                .body("status", equalTo("DECIDED")).body("decidedUnitCode", equalTo("21157"));
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(Map.of("unitCode", "21136"))
                .when().post("/api/v1/migration-reviews/" + review + "/decision").then().statusCode(409);
        given().auth().oauth2(TestTokens.clerk("21157")).queryParam("q", originalCode).when().get("/api/v1/dossiers")
                .then().statusCode(200).body("items[0].processingUnitCode", equalTo("21157"))
                .body("items[0].origin.originalUnitCode", equalTo("21142"));
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/migrations/" + run + "/report").then()
                .body("reviews.decided", equalTo(1));
    }

    @Test
    void badFilesAndRequestsAreRefusedAndNothingIsImported() throws IOException {
        int before = migrations();
        Path empty = Files.createFile(dir.resolve("empty.csv"));
        start(empty, "QNG").statusCode(400).contentType("application/problem+json");
        Path noColumns = Files.writeString(dir.resolve("no-columns.csv"), "ma_ho_so,ho_ten\nQNG.1,Nguyễn Văn A\n");
        start(noColumns, "QNG").statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("ma_don_vi_cu"));
        Path array = Files.writeString(dir.resolve("array.json"), "[\n{\"ma_ho_so\": \"KTM.1\"}\n]\n");
        start(array, "KTM").statusCode(400).body("detail", containsString("JSON Lines"));
        Path good = dir.resolve("good.csv");
        generate("QNG", "csv", 5, 51, good);
        start(good, "HCM").statusCode(400).body("errors[0].field", equalTo("system"));
        given().auth().oauth2(TestTokens.provinceAdmin()).multiPart("file", good.toFile(), "application/octet-stream")
                .multiPart("system", "QNG").multiPart("format", "xml").when().post("/api/v1/migrations").then()
                .statusCode(400).body("errors[0].field", equalTo("format"));
        given().auth().oauth2(TestTokens.clerk("21025")).multiPart("file", good.toFile()).multiPart("system", "QNG")
                .when().post("/api/v1/migrations").then().statusCode(403);
        given().multiPart("file", good.toFile()).multiPart("system", "QNG").when().post("/api/v1/migrations").then()
                .statusCode(401);
        assertThat(migrations()).isEqualTo(before);

        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(List.of(Map.of("addressKeyword", "Thôn 2", "newUnitCode", "21025")))
                .when().put("/api/v1/migration-unit-rules/21142").then().statusCode(400);
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(List.of(Map.of("addressKeyword", "Thôn 2", "newUnitCode", "21025")))
                .when().put("/api/v1/migration-unit-rules/21019").then().statusCode(400);
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/migrations/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void anExportMayBeLargerThanADocument() throws IOException {
        Path file = dir.resolve("large.json");
        try (var out = Files.newBufferedWriter(file)) {
            out.write("{\"ma_ho_so\":\"KTM.LARGE-" + UUID.randomUUID() + "\",\"ma_don_vi_cu\":\"99999\"}\n");
            String blank = " ".repeat(1023) + "\n";
            for (int i = 0; i < 55 * 1024; i++) { // 55 MB: above the 51 MB any other request may send
                out.write(blank);
            }
        }
        String run = start(file, "KTM").statusCode(202).extract().path("id");
        JsonPath report = given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/migrations/" + run)
                .then().extract().jsonPath();
        assertThat(report.getLong("fileBytes")).isGreaterThan(55L * 1024 * 1024);
        assertThat(completed(run).getLong("migration.counts.rejected")).isEqualTo(1);
    }

    @Test
    void theCommandLineImporterShowsProgressAndEndsWithTheReport() throws IOException {
        Path file = dir.resolve("kon-tum-cli.json");
        ExportGenerator.Summary s = generate("KTM", "json", 400, 61, file);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = new MigrationTool(new PrintStream(bytes, true, StandardCharsets.UTF_8), false).run(new String[] {
            "import", "--url", baseUrl, "--token", TestTokens.provinceAdmin(), "--system", "KTM", "--poll-ms", "100",
            file.toString() });
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertThat(status).as(output).isZero();
        assertThat(output).contains("Bắt đầu lô", "] 100.0%", "Biên bản đối chiếu", "Khớp:         có",
                "Nhập mới      " + String.format("%12s", String.format(java.util.Locale.ROOT, "%,d", s.imported()).replace(',', '.')),
                "Các dòng bị từ chối đầu tiên");

        ByteArrayOutputStream refused = new ByteArrayOutputStream();
        int bad = new MigrationTool(new PrintStream(refused, true, StandardCharsets.UTF_8), false).run(new String[] {
            "import", "--url", baseUrl, "--token", TestTokens.clerk("23500"), "--system", "KTM", file.toString() });
        assertThat(bad).isEqualTo(1);
        assertThat(refused.toString(StandardCharsets.UTF_8)).contains("HTTP 403");
    }

    private ExportGenerator.Summary generate(String system, String format, long rows, long seed, Path out) throws IOException {
        return generate(system, format, rows, seed, out, 0);
    }

    private ExportGenerator.Summary generate(String system, String format, long rows, long seed, Path out, double splitShare)
            throws IOException {
        return new ExportGenerator(new ExportGenerator.Options(system, format, rows, seed, 0.03, 0.05, splitShare)).write(out);
    }

    private static io.restassured.response.ValidatableResponse start(Path file, String system) {
        return given().auth().oauth2(TestTokens.provinceAdmin()).multiPart("file", file.toFile(), "application/octet-stream")
                .multiPart("system", system).when().post("/api/v1/migrations").then();
    }

    private static JsonPath progress(String id) {
        return given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/migrations/" + id).then()
                .statusCode(200).extract().jsonPath();
    }

    private static JsonPath completed(String id) {
        await().atMost(Duration.ofSeconds(60)).until(() -> !"RUNNING".equals(progress(id).getString("status")));
        return given().auth().oauth2(TestTokens.of("auditor", null)).when().get("/api/v1/migrations/" + id + "/report").then()
                .statusCode(200).body("migration.status", equalTo("COMPLETED")).extract().jsonPath();
    }

    private static void assertReconciled(JsonPath report, ExportGenerator.Summary s) {
        assertThat(report.getBoolean("balanced")).isTrue();
        assertThat(report.getLong("migration.rowsRead")).isEqualTo(s.rows());
        assertThat(report.getLong("migration.counts.imported")).isEqualTo(s.imported());
        assertThat(report.getLong("migration.counts.merged")).isEqualTo(s.merged());
        assertThat(report.getLong("migration.counts.heldForReview")).isEqualTo(s.held());
        assertThat(report.getLong("migration.counts.rejected")).isEqualTo(s.rejected());
        assertThat(report.getLong("migration.counts.alreadyPresent")).isZero();
        assertThat(report.getDouble("migration.percent")).isEqualTo(100.0);
    }

    private static Map<String, String> firstRow(Path file, String status) throws IOException {
        if (file.toString().endsWith(".csv")) {
            return Csv.read(Files.newBufferedReader(file)).stream()
                    .filter(r -> r.get("trang_thai").equals(status) && !r.get("so_dinh_danh").isEmpty()
                            && !r.get("ma_ho_so").endsWith("-B") && !r.get("ma_don_vi_cu").equals("21142"))
                    .findFirst().orElseThrow();
        }
        for (String line : Files.readAllLines(file)) {
            Map<String, String> row = jsonRow(line);
            if (row != null && status.equals(row.get("trang_thai")) && row.containsKey("so_dinh_danh") && !row.get("ma_ho_so").endsWith("-B")) {
                return row;
            }
        }
        throw new IllegalStateException("no such row");
    }

    /** A row of a JSON Lines export; null for a broken line. */
    private static Map<String, String> jsonRow(String line) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(line,
                    new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() {
                    });
        } catch (IOException broken) {
            return null;
        }
    }

    private int migrations() {
        return given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/migrations").then().statusCode(200)
                .extract().path("total");
    }
}
