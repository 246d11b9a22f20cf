package org.motcua.intake;

import java.util.HashMap;
import java.util.Map;

/** Bodies of submission requests for tests. */
final class Requests {

    private Requests() {
    }

    static Map<String, Object> dossier(String procedureCode, String unitCode) {
        Map<String, Object> applicant = new HashMap<>();
        applicant.put("fullName", "Nguyễn Thị Hồng Nhung");
        applicant.put("citizenId", "051190001234");
        applicant.put("email", "nhung.nguyen@example.vn");
        applicant.put("phone", "0912345678");
        Map<String, Object> body = new HashMap<>();
        body.put("procedureCode", procedureCode);
        body.put("receivingUnitCode", unitCode);
        body.put("applicant", applicant);
        return body;
    }

    static Map<String, Object> birthRegistrationAt(String unitCode) {
        return dossier("1.001193", unitCode);
    }
}
