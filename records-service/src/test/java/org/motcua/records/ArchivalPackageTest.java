package org.motcua.records;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.motcua.testsupport.TestEvents;
import org.motcua.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A dossier exported as an archival package and checked back: the zip holds the METS manifest, the
 * metadata, the documents' exact bytes and their SHA-256 checksums; a package whose file was changed,
 * removed or added to is refused with the file named.
 */
@QuarkusTest
class ArchivalPackageTest {

    private static final String SUBMITTED = "org.motcua.intake.dossier-submitted.v1";

    @Test
    void anExportedPackageHoldsEverythingAndVerifies() throws Exception {
        String dossier = UUID.randomUUID().toString();
        TestEvents.send(SUBMITTED, dossier, Map.of(), Instant.now());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/dossiers/" + dossier).then().statusCode(200));
        byte[] pdf = SampleFiles.pdf(2, 2);
        String pdfId = upload(dossier, "giấy khai sinh.pdf", pdf, "application/pdf");
        upload(dossier, "to-khai.png", SampleFiles.png(java.awt.Color.CYAN), "image/png");

        byte[] zip = given().auth().oauth2(TestTokens.of("auditor", null)).when().get("/api/v1/packages/" + dossier)
                .then().statusCode(200).contentType("application/zip").extract().asByteArray();
        Map<String, byte[]> files = unzip(zip);
        assertThat(files).containsKeys("manifest.xml", "checksums.sha256", "metadata/dossier.json", "metadata/timeline.json",
                "metadata/documents/" + pdfId + ".json");
        String pdfPath = files.keySet().stream().filter(p -> p.startsWith("documents/" + pdfId + "/")).findFirst().orElseThrow();
        assertThat(pdfPath).endsWith(".pdf");
        assertThat(files.get(pdfPath)).isEqualTo(pdf);
        String checksums = new String(files.get("checksums.sha256"), StandardCharsets.UTF_8);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (!file.getKey().equals("checksums.sha256") && !file.getKey().equals("manifest.xml")) {
                assertThat(checksums).contains(sha256(file.getValue()) + "  " + file.getKey());
            }
        }
        String manifest = new String(files.get("manifest.xml"), StandardCharsets.UTF_8);
        assertThat(manifest).contains("xmlns=\"http://www.loc.gov/METS/\"").contains("CHECKSUM=\"" + sha256(pdf) + "\"")
                .contains("CHECKSUMTYPE=\"SHA-256\"").contains("LABEL=\"21025-261129-0001\"");
        assertThat(new String(files.get("metadata/dossier.json"), StandardCharsets.UTF_8)).contains("Nguyễn Thị Hồng Nhung");

        verify(zip).body("valid", equalTo(true)).body("objectId", equalTo(dossier)).body("files", equalTo(files.size()));

        verify(rezip(files, m -> {
            byte[] changed = m.get(pdfPath).clone();
            changed[changed.length / 2] ^= 1;
            m.put(pdfPath, changed);
            return m;
        })).body("valid", equalTo(false)).body("problems.find { it.path == '" + pdfPath + "' }.kind",
                equalTo("CHECKSUM_MISMATCH"));
        verify(rezip(files, m -> {
            m.remove(pdfPath);
            return m;
        })).body("valid", equalTo(false)).body("problems.kind", hasItem("MISSING"));
        verify(rezip(files, m -> {
            m.put("documents/them.txt", "thêm vào".getBytes(StandardCharsets.UTF_8));
            return m;
        })).body("problems.find { it.path == 'documents/them.txt' }.kind", equalTo("UNLISTED"));
        verify("không phải zip".getBytes(StandardCharsets.UTF_8)).body("valid", equalTo(false))
                .body("problems[0].kind", equalTo("NOT_A_PACKAGE"));
    }

    @Test
    void aZipBombIsReportedNotUnpacked() throws IOException {
        // 64 MB of zeros in a few kilobytes, listed as a document of the package, and a checksum list of 20 MB
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("checksums.sha256"));
            zip.write(("0".repeat(64) + "  documents/x/giay.pdf\n").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("manifest.xml"));
            zip.write("<mets xmlns=\"http://www.loc.gov/METS/\"/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("documents/x/giay.pdf"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bomb.size()).isLessThan(200_000);
        verify(bomb.toByteArray()).body("valid", equalTo(false))
                .body("problems[0].kind", equalTo("UNPACKS_TOO_LARGE"))
                .body("problems[0].path", equalTo("documents/x/giay.pdf"));

        ByteArrayOutputStream listBomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(listBomb, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("checksums.sha256"));
            byte[] blanks = new byte[1 << 20];
            java.util.Arrays.fill(blanks, (byte) '\n');
            for (int i = 0; i < 20; i++) {
                zip.write(blanks);
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("manifest.xml"));
            zip.closeEntry();
        }
        verify(listBomb.toByteArray()).body("valid", equalTo(false))
                .body("problems[0].kind", equalTo("UNPACKS_TOO_LARGE"))
                .body("problems[0].path", equalTo("checksums.sha256"));
    }

    @Test
    void packagesAreForArchivistsOnly() {
        given().auth().oauth2(TestTokens.clerk("21025")).when().get("/api/v1/packages/" + UUID.randomUUID())
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.of("auditor", null)).when().get("/api/v1/packages/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static io.restassured.response.ValidatableResponse verify(byte[] zip) {
        return given().auth().oauth2(TestTokens.of("auditor", null)).multiPart("file", "goi.zip", zip, "application/zip")
                .when().post("/api/v1/packages/verification").then().statusCode(200);
    }

    private static String upload(String dossier, String name, byte[] bytes, String type) {
        return given().auth().oauth2(TestTokens.clerk("21025")).multiPart("file", name, bytes, type)
                .multiPart("dossierId", dossier).when().post("/api/v1/documents").then().statusCode(201).extract().path("id");
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static byte[] rezip(Map<String, byte[]> files, UnaryOperator<Map<String, byte[]>> change) throws IOException {
        Map<String, byte[]> changed = change.apply(new LinkedHashMap<>(files));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> f : changed.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
