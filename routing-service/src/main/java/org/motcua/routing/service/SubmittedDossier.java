package org.motcua.routing.service;

import java.time.Instant;
import java.util.UUID;

/**
 * The facts of a received dossier that routing needs to place it: the procedure's competence rule and
 * its inputs, the field, the effort and the appointment.
 */
public record SubmittedDossier(UUID dossierId, String dossierCode, String procedureCode, String procedureName, String field,
        String receivingUnitCode, String competenceRule, String competentAgency, String residenceUnitCode,
        String landUnitCode, Double effortHours, Instant dueAt, Instant submittedAt) {

    /** The effort when intake gave none: one officer hour. */
    static final double DEFAULT_EFFORT_HOURS = 1.0;

    double effortOrDefault() {
        return effortHours == null || effortHours <= 0 ? DEFAULT_EFFORT_HOURS : effortHours;
    }
}
