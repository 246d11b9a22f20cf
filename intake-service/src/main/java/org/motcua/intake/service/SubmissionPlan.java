package org.motcua.intake.service;

import java.time.Instant;
import java.util.List;

import org.motcua.intake.domain.AdministrativeUnit;
import org.motcua.intake.domain.Channel;
import org.motcua.intake.domain.ProcedureVersion;
import org.motcua.intake.domain.RequiredDocument;

/**
 * What the checks of a submission established: the catalog version in force, the receiving unit, the channel, when it
 * was received, the papers the applicant hands in and those a national database replaces.
 */
record SubmissionPlan(ProcedureVersion procedure, AdministrativeUnit receivingUnit, Channel channel, Instant receivedAt,
        List<RequiredDocument> applicantPapers, List<RequiredDocument> databasePapers) {
}
