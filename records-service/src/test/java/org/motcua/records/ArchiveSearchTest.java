package org.motcua.records;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.motcua.records.domain.ArchiveSearch;
import org.motcua.records.domain.ArchivedDossierRepository;
import org.motcua.testsupport.TestEvents;
import org.motcua.testsupport.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.specification.RequestSpecification;

/**
 * Searching the archive as a clerk would: without accents, by name, unit name, code or a document's
 * metadata, with filters, pages and the caller's units. Each run uses its own field, so that the other
 * tests' dossiers do not count.
 */
@QuarkusTest
class ArchiveSearchTest {

    private static final String SUBMITTED = "org.motcua.intake.dossier-submitted.v1";

    @jakarta.inject.Inject
    ArchivedDossierRepository dossiers;
    @jakarta.inject.Inject
    org.motcua.records.domain.SearchTokens tokens;

    private final String field = "Hộ tịch " + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aClerkFindsDossiersWithoutTypingAccents() {
        String a = submit("Nguyễn Văn A", "23500", "23500-261120-0001", "2026-11-20T02:00:00Z");
        String anh = submit("Nguyễn Văn Anh", "21025", "21025-261125-0007", "2026-11-25T02:00:00Z");
        String b = submit("Trần Thị B", "21025", "21025-261128-0002", "2026-11-28T02:00:00Z");
        await().atMost(Duration.ofSeconds(30)).until(() -> search(TestTokens.provinceAdmin(), Map.of())
                .extract().<Integer>path("total") == 3);

        search(TestTokens.provinceAdmin(), Map.of("q", "nguyen van a")).body("items.id", contains(anh, a));
        search(TestTokens.provinceAdmin(), Map.of("q", "Nguyễn Văn A")).body("items.id", contains(anh, a));
        search(TestTokens.provinceAdmin(), Map.of("q", "dak ha")).body("items.id", contains(a));
        search(TestTokens.provinceAdmin(), Map.of("q", "21025-261125-0007")).body("items.id", contains(anh));
        search(TestTokens.provinceAdmin(), Map.of("q", "tran b")).body("items.id", contains(b));

        search(TestTokens.provinceAdmin(), Map.of("unitCode", "21025")).body("items.id", contains(b, anh));
        search(TestTokens.provinceAdmin(), Map.of("from", "2026-11-21", "to", "2026-11-28")).body("items.id", contains(b, anh));
        search(TestTokens.provinceAdmin(), Map.of("status", "RECEIVED")).body("total", equalTo(3));
        search(TestTokens.provinceAdmin(), Map.of("size", "1", "page", "1"))
                .body("items.id", contains(anh)).body("total", equalTo(3)).body("page", equalTo(1));

        // without the field filter the same words find them among everything archived
        given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("q", "nguyen van a").queryParam("size", 100)
                .when().get("/api/v1/dossiers").then().statusCode(200).body("items.id", hasItems(a, anh));
    }

    @Test
    void aDocumentsMetadataFindsItsDossier() {
        String dossier = submit("Lê Văn C", "21028", "21028-261127-0003", "2026-11-27T02:00:00Z");
        await().atMost(Duration.ofSeconds(30)).until(() -> search(TestTokens.provinceAdmin(), Map.of())
                .extract().<Integer>path("total") == 1);
        given().auth().oauth2(TestTokens.clerk("21028"))
                .multiPart("file", "so-ho-khau.png", SampleFiles.png(java.awt.Color.ORANGE), "image/png")
                .multiPart(new MultiPartSpecBuilder(Map.of("Subject", "Sổ hộ khẩu cũ của ông Lê Văn C", "Keyword", "hộ khẩu"))
                        .controlName("metadata").mimeType("application/json").charset(StandardCharsets.UTF_8).build())
                .multiPart("dossierId", dossier)
                .when().post("/api/v1/documents").then().statusCode(201);
        search(TestTokens.provinceAdmin(), Map.of("q", "so ho khau")).body("items.id", contains(dossier));
    }

    @Test
    void clerksAndOfficersFindOnlyTheirUnitsDossiers() {
        String there = submit("Phạm Văn D", "23500", "23500-261126-0004", "2026-11-26T02:00:00Z");
        String here = submit("Phạm Văn Đ", "21025", "21025-261126-0005", "2026-11-26T03:00:00Z");
        await().atMost(Duration.ofSeconds(30)).until(() -> search(TestTokens.provinceAdmin(), Map.of())
                .extract().<Integer>path("total") == 2);
        search(TestTokens.clerk("21025"), Map.of("q", "pham van")).body("items.id", contains(here));
        search(TestTokens.officer("23500"), Map.of("q", "pham van")).body("items.id", containsInAnyOrder(there));
        given().auth().oauth2(TestTokens.clerk("21025")).queryParam("unitCode", "23500").when().get("/api/v1/dossiers")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void badSearchesAreRefused() {
        for (Map<String, String> bad : new Map[] { Map.of("size", "0"), Map.of("size", "101"), Map.of("page", "-1"),
                Map.of("status", "LOST"), Map.of("from", "2026-11-28", "to", "2026-11-01") }) {
            given().auth().oauth2(TestTokens.provinceAdmin()).queryParams(bad).when().get("/api/v1/dossiers")
                    .then().statusCode(422).contentType("application/problem+json");
        }
        given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("from", "29/11/2026").when().get("/api/v1/dossiers")
                .then().statusCode(org.hamcrest.Matchers.either(equalTo(400)).or(equalTo(404)));
        given().when().get("/api/v1/dossiers").then().statusCode(401);
    }

    @Test
    void aSearchFindingMoreThanItCountsStillPagesNewestFirst() {
        String first = submit("Võ Thị Hoa", "21025", "21025-261101-0001", "2026-11-01T02:00:00Z");
        String second = submit("Võ Thị Hồng", "21025", "21025-261102-0001", "2026-11-02T02:00:00Z");
        String third = submit("Võ Văn Hùng", "21025", "21025-261103-0001", "2026-11-03T02:00:00Z");
        await().atMost(Duration.ofSeconds(30)).until(() -> search(TestTokens.provinceAdmin(), Map.of())
                .extract().<Integer>path("total") == 3);
        ArchiveSearch vo = new ArchiveSearch(tokens.words("vo"), null, null, field, null,
                null, null);
        // counted up to 2: three found, so the page comes from walking the submission dates, newest first
        ArchivedDossierRepository.Found page0 = QuarkusTransaction.requiringNew().call(() -> dossiers.search(vo, 0, 2, 2));
        assertThat(page0.total()).isEqualTo(2);
        assertThat(page0.page()).extracting(d -> d.id().toString()).containsExactly(third, second);
        ArchivedDossierRepository.Found page1 = QuarkusTransaction.requiringNew().call(() -> dossiers.search(vo, 1, 2, 2));
        assertThat(page1.page()).extracting(d -> d.id().toString()).containsExactly(first);
        // counted up to 3: all counted, the same order
        ArchivedDossierRepository.Found all = QuarkusTransaction.requiringNew().call(() -> dossiers.search(vo, 0, 5, 3));
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.page()).extracting(d -> d.id().toString()).containsExactly(third, second, first);
    }

    private io.restassured.response.ValidatableResponse search(String token, Map<String, String> params) {
        RequestSpecification request = given().auth().oauth2(token).queryParam("field", field);
        return request.queryParams(params).when().get("/api/v1/dossiers").then().statusCode(200);
    }

    private String submit(String applicant, String unit, String code, String at) {
        String dossierId = UUID.randomUUID().toString();
        Map<String, Object> overrides = new HashMap<>(Map.of("dossierId", dossierId, "dossierCode", code, "submittedAt", at,
                "receivingUnitCode", unit, "residenceUnitCode", unit, "field", field,
                "applicant", Map.of("fullName", applicant)));
        TestEvents.send(SUBMITTED, dossierId, overrides, Instant.parse(at));
        return dossierId;
    }
}
