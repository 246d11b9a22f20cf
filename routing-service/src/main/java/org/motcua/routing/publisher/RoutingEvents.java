package org.motcua.routing.publisher;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.motcua.routing.domain.Assignment;
import org.motcua.platformkit.outbox.Outbox;
import org.motcua.platformkit.outbox.OutgoingEvent;

/** The events routing publishes about dossiers, written to the outbox in the caller's transaction. */
@ApplicationScoped
public class RoutingEvents {

    public static final String TOPIC = "routing.dossier.events";
    public static final String DOSSIER_ASSIGNED = "org.motcua.routing.dossier-assigned.v1";

    private final Outbox outbox;

    RoutingEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public UUID assigned(Assignment assignment) {
        DossierAssigned data = new DossierAssigned(assignment.dossierId(), assignment.dossierCode(),
                assignment.receivingUnitCode(), assignment.processingUnitCode(), assignment.reason().name(),
                assignment.candidateUnitCodes(), assignment.assignedAt(), assignment.field(),
                assignment.effortHours().doubleValue(), assignment.dueAt(), assignment.candidates().stream()
                        .map(c -> new CandidateData(c.unitCode(), Double.isFinite(c.expectedCompletionDays())
                                ? c.expectedCompletionDays() : null))
                        .toList());
        return outbox.publish(new OutgoingEvent(TOPIC, DOSSIER_ASSIGNED, assignment.dossierId().toString(), data));
    }

    /** Data of {@code org.motcua.routing.dossier-assigned.v1}. */
    @SuppressWarnings("java:S107")
    public record DossierAssigned(UUID dossierId, String dossierCode, String receivingUnitCode,
            String processingUnitCode, String reason, List<String> candidateUnitCodes, Instant assignedAt,
            String field, double effortHours, Instant dueAt, List<CandidateData> candidates) {
    }

    /** A unit considered, with the working days it would have taken to finish the dossier (null: no staff). */
    public record CandidateData(String unitCode, Double expectedCompletionDays) {
    }
}
