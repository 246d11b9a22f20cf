package org.motcua.intake;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.motcua.testsupport.TestTokens;

/** Bodies of submission requests for tests: every paper the catalog asks the applicant for is handed in. */
final class Requests {

    /** A demo citizen of the registry simulator (Phường Cẩm Thành). */
    static final String DEMO_CITIZEN = "051190001234";
    /** A citizen for whom the population and civil-status registries are down. */
    static final String OUTAGE_CITIZEN = "051199999999";

    private static final Map<String, List<String>> PAPERS = new ConcurrentHashMap<>();

    private Requests() {
    }

    static Map<String, Object> dossier(String procedureCode, String unitCode) {
        return dossier(procedureCode, unitCode, DEMO_CITIZEN);
    }

    static Map<String, Object> dossier(String procedureCode, String unitCode, String citizenId) {
        Map<String, Object> applicant = new HashMap<>();
        applicant.put("fullName", "Nguyễn Thị Hồng Nhung");
        applicant.put("citizenId", citizenId);
        applicant.put("email", "nhung.nguyen@example.vn");
        applicant.put("phone", "0912345678");
        Map<String, Object> body = new HashMap<>();
        body.put("procedureCode", procedureCode);
        body.put("receivingUnitCode", unitCode);
        body.put("applicant", applicant);
        List<Map<String, Object>> documents = new ArrayList<>();
        for (String name : papersOf(procedureCode)) {
            documents.add(Map.of("name", name, "pageCount", 1));
        }
        body.put("documents", documents);
        return body;
    }

    static Map<String, Object> birthRegistrationAt(String unitCode) {
        return dossier("1.001193", unitCode);
    }

    /** The papers the applicant hands in for a procedure (those no database replaces). */
    static List<String> papersOf(String procedureCode) {
        return PAPERS.computeIfAbsent(procedureCode, code -> given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/procedures/" + code)
                .then().statusCode(200)
                .extract().jsonPath().getList("requiredDocuments.findAll { it.applicantProvides }.name", String.class));
    }
}
