package org.motcua.records.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.motcua.platformkit.security.EncryptedColumns;

/** Records' columns of encrypted personal data: the applicant's name on each archived dossier and each known applicant. */
@ApplicationScoped
class PersonalDataColumns {

    @Produces
    EncryptedColumns archivedApplicants() {
        return new EncryptedColumns("archived_dossier", "id", List.of("applicant_full_name"));
    }

    @Produces
    EncryptedColumns knownApplicants() {
        return new EncryptedColumns("applicant", "reference", List.of("full_name"));
    }
}
