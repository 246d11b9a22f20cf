package org.motcua.intake.service;

import java.time.Instant;
import java.util.List;

import org.motcua.platformkit.deadline.LegalTime;

/**
 * What a desk or an integrating system hands in: the input of {@link SubmitDossierService}.
 *
 * @param residenceUnitCode     where the applicant lives (taken from the population database when absent)
 * @param landCertificateNumber the land-use certificate the dossier concerns, if any
 * @param businessTaxCode       the business the dossier concerns, if any
 * @param documents             the papers handed in
 * @param receivedAt            when a postal dossier arrived (null: now)
 * @param enteredLegalTime      the legal time the clerk entered, for a procedure whose catalog entry has none
 * @param enteredLegalTimeBasis the published text the clerk took it from
 */
public record NewDossier(String procedureCode, String receivingUnitCode, String channel, String applicantFullName,
        String applicantCitizenId, String applicantEmail, String applicantPhone, String externalReference,
        String residenceUnitCode, String landCertificateNumber, String businessTaxCode, List<HandedIn> documents,
        Instant receivedAt, LegalTime enteredLegalTime, String enteredLegalTimeBasis) {

    /** A paper handed in. */
    public record HandedIn(String name, Integer pageCount) {
    }
}
