package org.motcua.routing;

import java.util.Map;
import java.util.UUID;

import org.motcua.testsupport.api.AccessMatrixProperty;
import org.motcua.testsupport.api.AccessRequests;

import io.quarkus.test.junit.QuarkusTest;

/** Routing's operations answer each caller as {@code docs/access-matrix.md} says. */
@QuarkusTest
class AccessMatrixTest extends AccessMatrixProperty {

    private static final String UNIT = "21034";

    AccessMatrixTest() {
        super(UNIT, "21028");
    }

    @Override
    protected AccessRequests requests() {
        // received and processed at the unit (the applicant lives there)
        String id = IntakeEvents.submit(Map.of("receivingUnitCode", UNIT, "field", IntakeEvents.freshField("Hộ tịch"),
                "competenceRule", "RESIDENCE_COMMUNE", "residenceUnitCode", UNIT, "effortHours", 1.0));
        Assignments.awaitAssigned(id);
        return new AccessRequests()
                .value("id", id)
                .value("code", UNIT)
                .value("unit", UNIT)
                .query("GET /api/v1/congestion", "unit=" + UNIT)
                .query("GET /api/v1/reinforcements", "unit=" + UNIT)
                // the steps in the table's order: accepted, decided, returned; the others then refused for its state
                .json("POST /api/v1/personal-data/subject-export", "{\"citizenId\":\"051190001234\"}")
                .json("POST /api/v1/dossiers/{id}/decision", "{\"outcome\":\"APPROVED\",\"resultReference\":\"GKS 9/2026\"}")
                .json("POST /api/v1/dossiers/{id}/extension", "{\"newDueDate\":\"2027-01-29\",\"reason\":\"Cần xác minh\"}")
                .json("POST /api/v1/dossiers/{id}/supplementation-request", "{\"reasons\":[\"Thiếu tờ khai\"]}")
                .json("POST /api/v1/dossiers/{id}/transfer", "{\"toUnitCode\":\"" + UNIT + "\",\"reason\":\"Quá tải\"}")
                // bodies refused as incomplete or out of range: the allowed caller's 400 changes nothing
                .json("POST /api/v1/reinforcements", "{}")
                .json("PUT /api/v1/units/{code}/staffing", "{}")
                .json("POST /api/v1/simulations", "{\"workingDays\":0}")
                .query("GET /api/v1/staffing/recommendations", "lateShare=0.9")
                .path("POST /api/v1/reinforcements/{id}/end", "/api/v1/reinforcements/" + UUID.randomUUID() + "/end")
                .absent("POST /api/v1/reinforcements/{id}/end");
    }
}
