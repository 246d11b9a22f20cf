package org.motcua.intake.service;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.motcua.intake.domain.Dossier;
import org.motcua.intake.domain.DossierRepository;
import org.motcua.intake.domain.DossierStatusChange;
import org.motcua.intake.publisher.DossierEvents;

/**
 * What intake learns from routing about a dossier it received: where it is processed (that unit's staff see it); a supplementation request stops the legal clock; an
 * apology moves the appointment (once) and its letter is announced; a decision closes the door to withdrawal; the
 * return of the result ends it. The public status lookup shows each.
 */
@ApplicationScoped
public class FollowProcessingService {

    private static final Logger LOG = Logger.getLogger(FollowProcessingService.class);
    private static final String ROUTING = "routing";

    private final DossierRepository dossiers;
    private final DossierDeadlines deadlines;
    private final PaperService papers;
    private final DossierEvents events;

    FollowProcessingService(DossierRepository dossiers, DossierDeadlines deadlines, PaperService papers,
            DossierEvents events) {
        this.dossiers = dossiers;
        this.deadlines = deadlines;
        this.papers = papers;
        this.events = events;
    }

    /** Reads these dossiers in one statement, so that the events of a poll then find them in the transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void readAhead(Collection<UUID> dossierIds) {
        dossiers.readAhead(dossierIds);
    }

    /** Routing assigned the dossier to a unit or transferred it there. */
    @Transactional
    public void processedAt(UUID dossierId, String unitCode) {
        Dossier dossier = dossiers.findById(dossierId);
        if (dossier == null) {
            LOG.warnf("routing placed dossier %s, which intake does not hold", dossierId);
            return;
        }
        dossier.processedAt(unitCode);
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

    /** The unit that is late apologised with a new appointment: kept, and its letter (Mẫu 04) announced. */
    @Transactional
    public void deadlineExtended(UUID dossierId, Instant newDueAt, String reason, String unitCode, Instant at) {
        Dossier apologised = change(dossierId, d -> d.deadlineExtended(newDueAt, reason, unitCode, at, ROUTING));
        if (apologised != null) {
            papers.apologyLetterOf(apologised).ifPresent(letter -> events.apologyIssued(apologised, unitCode, letter));
        }
    }

    @Transactional
    public void resultReturned(UUID dossierId, Instant at) {
        change(dossierId, d -> d.resultReturned(at, ROUTING));
    }

    /** Applies the step; returns the dossier when it changed it. */
    private Dossier change(UUID dossierId, Function<Dossier, DossierStatusChange> step) {
        Dossier dossier = dossiers.findById(dossierId);
        if (dossier == null) {
            LOG.warnf("routing reported on dossier %s, which intake does not hold", dossierId);
            return null;
        }
        DossierStatusChange change = step.apply(dossier);
        if (change == null) {
            return null;
        }
        dossiers.record(change);
        return dossier;
    }
}
