package org.motcua.intake.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.motcua.intake.domain.Dossier;
import org.motcua.intake.domain.DossierRepository;
import org.motcua.platformkit.problem.ConflictException;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Idempotent submission: a client that sends the same {@code Idempotency-Key} with the same body again gets the
 * dossier it was given the first time; the same key with another body is a conflict (409
 * {@code idempotency-key-reused}).
 */
@ApplicationScoped
class SubmissionReplay {

    private final DossierRepository dossiers;

    SubmissionReplay(DossierRepository dossiers) {
        this.dossiers = dossiers;
    }

    /** The dossier received earlier under the caller's key, if any. */
    Optional<SubmitDossierService.Submitted> earlier(String caller, String key, String requestHash) {
        return QuarkusTransaction.requiringNew().call(() -> dossiers.remembered(caller, key).map(remembered -> {
            if (!remembered.requestHash().equals(requestHash)) {
                throw new ConflictException("idempotency-key-reused",
                        "Idempotency-Key này đã được dùng cho một hồ sơ khác nội dung");
            }
            Dossier dossier = dossiers.findById(remembered.dossierId());
            dossier.documents();
            return new SubmitDossierService.Submitted(dossier, dossiers.history(dossier.id()));
        }));
    }
}
