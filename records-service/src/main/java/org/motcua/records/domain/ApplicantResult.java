package org.motcua.records.domain;

import java.time.Instant;
import java.util.UUID;

/** A result in the applicant's data store (kho dữ liệu điện tử), reusable in the applicant's later dossiers. */
public record ApplicantResult(UUID dossierId, String dossierCode, String procedureCode, String procedureName, String field,
        String resultReference, String unitCode, Instant decidedAt, Instant returnedAt) {
}
