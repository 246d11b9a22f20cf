package org.motcua.intake.service;

import org.motcua.intake.domain.Registry;

/** What a national database looks a paper up by, and where the submission carries it. */
final class RegistryKeys {

    private RegistryKeys() {
    }

    /** The submission's field that carries the key (for the problem naming it), or null when none is needed. */
    static String field(Registry registry) {
        return switch (registry) {
            case POPULATION, CIVIL_STATUS, SOCIAL_INSURANCE -> "applicant.citizenId";
            case LAND -> "land.certificateNumber";
            case BUSINESS -> "business.taxCode";
            default -> null;
        };
    }

    /** The key from the submission, or null. */
    static String of(Registry registry, NewDossier input) {
        return switch (registry) {
            case POPULATION, CIVIL_STATUS, SOCIAL_INSURANCE -> input.applicantCitizenId();
            case LAND -> input.landCertificateNumber();
            case BUSINESS -> input.businessTaxCode();
            default -> null;
        };
    }
}
