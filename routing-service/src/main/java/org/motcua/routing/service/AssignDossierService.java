package org.motcua.routing.service;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.motcua.routing.domain.Assignment;
import org.motcua.routing.domain.AssignmentReason;
import org.motcua.routing.domain.AssignmentRepository;
import org.motcua.routing.publisher.RoutingEvents;

/**
 * Chooses the processing unit of a received dossier and announces {@code DossierAssigned}.
 * For now the receiving unit processes it; the capacity-based policy comes with the routing issue.
 */
@ApplicationScoped
public class AssignDossierService {

    private final AssignmentRepository assignments;
    private final RoutingEvents events;
    private final Clock clock;

    AssignDossierService(AssignmentRepository assignments, RoutingEvents events, Clock clock) {
        this.assignments = assignments;
        this.events = events;
        this.clock = clock;
    }

    /** Assigns the dossier unless it already is (returns the existing assignment then). */
    @Transactional
    public Assignment assign(SubmittedDossier dossier) {
        Assignment existing = assignments.findById(dossier.dossierId());
        if (existing != null) {
            return existing;
        }
        Assignment assignment = new Assignment(dossier.dossierId(), dossier.dossierCode(), dossier.procedureCode(),
                dossier.receivingUnitCode(), dossier.receivingUnitCode(), AssignmentReason.RECEIVING_UNIT,
                List.of(dossier.receivingUnitCode()), dossier.submittedAt(), clock.instant());
        assignments.persist(assignment);
        events.assigned(assignment);
        return assignment;
    }

    /** The applicant withdrew the dossier: it leaves its unit's queue (nothing to do if it was never assigned). */
    @Transactional
    public void withdraw(java.util.UUID dossierId) {
        assignments.findByIdOptional(dossierId).ifPresent(Assignment::withdraw);
    }
}
