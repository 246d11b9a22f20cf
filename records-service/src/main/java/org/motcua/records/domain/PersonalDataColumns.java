package org.motcua.records.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.motcua.platformkit.security.EncryptedColumns;

/**
 * Records' columns of encrypted personal data: the applicant's name on each archived dossier and each known applicant,
 * and the pre-merger systems' rows a migration held for review or refused.
 */
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

    @Produces
    EncryptedColumns heldMigrationRows() {
        return new EncryptedColumns("migration_review", "id", List.of("address", "dossier"));
    }

    @Produces
    EncryptedColumns refusedMigrationRows() {
        return new EncryptedColumns("migration_rejection", EncryptedColumns.ROW_ADDRESS, List.of("row_text"));
    }
}
