package org.motcua.intake.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.motcua.intake.domain.Dossier;
import org.motcua.intake.domain.DossierRepository;
import org.motcua.intake.publisher.DossierEvents;
import org.motcua.platformkit.problem.ResourceNotFoundException;

/** The applicant completes a dossier (bổ sung hồ sơ): pending papers are received, the clock restarts. */
@ApplicationScoped
public class SupplementDossierService {

    private final DossierRepository dossiers;
    private final DossierDeadlines deadlines;
    private final DossierEvents events;
    private final Clock clock;

    SupplementDossierService(DossierRepository dossiers, DossierDeadlines deadlines, DossierEvents events, Clock clock) {
        this.dossiers = dossiers;
        this.deadlines = deadlines;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Dossier supplement(UUID dossierId, List<String> paperNames, String note, String actor) {
        Dossier dossier = dossiers.findByIdOptional(dossierId)
                .orElseThrow(() -> new ResourceNotFoundException("Hồ sơ", dossierId));
        Instant now = clock.instant();
        List<String> completed = dossier.supplement(paperNames, now, deadlines.calculatorAt(dossier.receivingUnitCode()));
        dossiers.record(dossier.step("Bổ sung hồ sơ: " + String.join("; ", paperNames)
                + (note == null ? "" : " – " + note), now, actor));
        events.supplemented(dossier, paperNames, completed, now);
        return dossier;
    }
}
