package org.motcua.routing.service;

import java.time.Instant;
import java.util.UUID;

/** The facts of a received dossier that routing needs to assign it. */
public record SubmittedDossier(UUID dossierId, String dossierCode, String procedureCode, String receivingUnitCode,
        Instant submittedAt) {
}
