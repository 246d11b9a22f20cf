package org.motcua.intake.service;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.motcua.intake.domain.DossierCode;
import org.motcua.intake.domain.DossierCodeSequence;
import org.motcua.platformkit.time.ProvinceTime;

/**
 * Mã số hồ sơ: the receiving agency's next number of the day the dossier was received. The number is committed on its
 * own (the agency's sequence row is locked only for the increment, not while the dossier is written): a failed write
 * leaves a gap, and a number is never reused.
 */
@ApplicationScoped
class DossierNumbering {

    private final DossierCodeSequence sequence;

    DossierNumbering(DossierCodeSequence sequence) {
        this.sequence = sequence;
    }

    String next(String agencyCode, Instant receivedAt) {
        LocalDate day = ProvinceTime.localDate(receivedAt);
        return DossierCode.of(agencyCode, day, sequence.next(agencyCode, day));
    }
}
