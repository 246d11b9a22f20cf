package org.motcua.intake.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.motcua.platformkit.security.EncryptedColumns;

/** Intake's columns of encrypted personal data: the applicant's, on each dossier. */
@ApplicationScoped
class PersonalDataColumns {

    @Produces
    EncryptedColumns applicants() {
        return new EncryptedColumns("dossier", "id",
                List.of("applicant_full_name", "applicant_email", "applicant_phone"));
    }
}
