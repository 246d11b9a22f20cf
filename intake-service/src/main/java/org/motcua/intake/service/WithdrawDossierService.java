package org.motcua.intake.service;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.motcua.intake.domain.Dossier;
import org.motcua.intake.domain.DossierRepository;
import org.motcua.intake.publisher.DossierEvents;
import org.motcua.platformkit.problem.ResourceNotFoundException;

/** Stops a dossier at the applicant's request (dừng giải quyết, Mẫu 05). */
@ApplicationScoped
public class WithdrawDossierService {

    private final DossierRepository dossiers;
    private final DossierEvents events;
    private final Clock clock;

    WithdrawDossierService(DossierRepository dossiers, DossierEvents events, Clock clock) {
        this.dossiers = dossiers;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Dossier withdraw(UUID dossierId, String reason, String actor) {
        Dossier dossier = dossiers.findByIdOptional(dossierId)
                .orElseThrow(() -> new ResourceNotFoundException("Hồ sơ", dossierId));
        dossiers.record(dossier.withdraw(reason, clock.instant(), actor));
        events.withdrawn(dossier);
        return dossier;
    }
}
