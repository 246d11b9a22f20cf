package org.motcua.intake.service;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.motcua.intake.domain.Dossier;
import org.motcua.intake.domain.DossierRepository;
import org.motcua.intake.domain.DossierStatusChange;

/**
 * What intake learns from routing about a dossier it received: a supplementation request stops the
 * legal clock; an apology moves the appointment (once); a decision closes the door to withdrawal; the
 * return of the result ends it. The public status lookup shows each.
 */
@ApplicationScoped
public class FollowProcessingService {

    private static final Logger LOG = Logger.getLogger(FollowProcessingService.class);
    private static final String ROUTING = "routing";

    private final DossierRepository dossiers;
    private final DossierDeadlines deadlines;

    FollowProcessingService(DossierRepository dossiers, DossierDeadlines deadlines) {
        this.dossiers = dossiers;
        this.deadlines = deadlines;
    }

    @Transactional
    public void supplementationRequested(UUID dossierId, String reasons, Instant at) {
        change(dossierId, d -> d.supplementationRequested(reasons, at, deadlines.calculatorAt(d.receivingUnitCode()),
                ROUTING));
    }

    @Transactional
    public void decided(UUID dossierId, boolean approved, String note, Instant at) {
        change(dossierId, d -> d.decided(approved, note, at, ROUTING));
    }

    @Transactional
    public void deadlineExtended(UUID dossierId, Instant newDueAt, String reason, String unitCode, Instant at) {
        change(dossierId, d -> d.deadlineExtended(newDueAt, reason, unitCode, at, ROUTING));
    }

    @Transactional
    public void resultReturned(UUID dossierId, Instant at) {
        change(dossierId, d -> d.resultReturned(at, ROUTING));
    }

    private void change(UUID dossierId, Function<Dossier, DossierStatusChange> step) {
        Dossier dossier = dossiers.findById(dossierId);
        if (dossier == null) {
            LOG.warnf("routing reported on dossier %s, which intake does not hold", dossierId);
            return;
        }
        DossierStatusChange change = step.apply(dossier);
        if (change != null) {
            dossiers.record(change);
        }
    }
}
