package org.motcua.intake.service;

/** What a desk or an integrating system hands in: the input of {@link SubmitDossierService}. */
public record NewDossier(String procedureCode, String receivingUnitCode, String channel, String applicantFullName,
        String applicantCitizenId, String applicantEmail, String applicantPhone, String externalReference) {
}
