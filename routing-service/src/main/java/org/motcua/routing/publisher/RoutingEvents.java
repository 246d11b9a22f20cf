package org.motcua.routing.publisher;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.motcua.routing.domain.Assignment;
import org.motcua.routing.domain.ProcessingStep;
import org.motcua.platformkit.outbox.Outbox;
import org.motcua.platformkit.outbox.OutgoingEvent;

/** The events routing publishes about dossiers, written to the outbox in the caller's transaction. */
@ApplicationScoped
public class RoutingEvents {

    public static final String TOPIC = "routing.dossier.events";
    public static final String DOSSIER_ASSIGNED = "org.motcua.routing.dossier-assigned.v1";
    public static final String DOSSIER_TRANSFERRED = "org.motcua.routing.dossier-transferred.v1";
    public static final String SUPPLEMENT_REQUESTED = "org.motcua.routing.supplement-requested.v1";
    public static final String DOSSIER_DECIDED = "org.motcua.routing.dossier-decided.v1";
    public static final String RESULT_RETURNED = "org.motcua.routing.result-returned.v1";
    public static final String DEADLINE_AT_RISK = "org.motcua.routing.deadline-at-risk.v1";
    public static final String DEADLINE_EXTENDED = "org.motcua.routing.deadline-extended.v1";
    public static final String DOSSIER_OVERDUE = "org.motcua.routing.dossier-overdue.v1";

    private final Outbox outbox;

    RoutingEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public UUID assigned(Assignment assignment) {
        DossierAssigned data = new DossierAssigned(assignment.dossierId(), assignment.dossierCode(),
                assignment.receivingUnitCode(), assignment.processingUnitCode(), assignment.placement().reason().name(),
                assignment.placement().candidateUnitCodes(), assignment.assignedAt(), assignment.field(),
                assignment.effortHours().doubleValue(), assignment.dueAt(), assignment.placement().candidates().stream()
                        .map(c -> new CandidateData(c.unitCode(), c.expectedCompletionDays())).toList());
        return publish(assignment, DOSSIER_ASSIGNED, data);
    }

    public UUID transferred(Assignment a, ProcessingStep step) {
        return publish(a, DOSSIER_TRANSFERRED, new DossierTransferred(a.dossierId(), a.dossierCode(),
                a.receivingUnitCode(), step.fromUnit(), a.processingUnitCode(), a.placement().reason().name(), step.note(),
                a.field(),
                a.effortHours().doubleValue(), a.dueAt(), step.at()));
    }

    public UUID supplementRequested(Assignment a, List<String> reasons) {
        return publish(a, SUPPLEMENT_REQUESTED, new SupplementRequested(a.dossierId(), a.dossierCode(),
                a.processingUnitCode(), a.receivingUnitCode(), reasons, a.supplementationRequestedAt()));
    }

    public UUID decided(Assignment a, List<String> reasons) {
        return publish(a, DOSSIER_DECIDED, new DossierDecided(a.dossierId(), a.dossierCode(), a.processingUnitCode(),
                a.receivingUnitCode(), a.outcome().name(), a.resultReference(), reasons, a.dueAt(), a.decidedAt(),
                a.dueAt() == null ? null : !a.decidedAt().isAfter(a.dueAt())));
    }

    public UUID resultReturned(Assignment a) {
        return publish(a, RESULT_RETURNED, new ResultReturned(a.dossierId(), a.dossierCode(), a.receivingUnitCode(),
                a.outcome() == null ? null : a.outcome().name(), a.resultReturnedAt()));
    }

    public UUID deadlineAtRisk(Assignment a) {
        return publish(a, DEADLINE_AT_RISK, new DeadlineAtRisk(a.dossierId(), a.dossierCode(), a.processingUnitCode(),
                a.receivingUnitCode(), a.dueAt(), a.sla().predictedCompletionAt(), a.field(), a.sla().atRiskAt()));
    }

    public UUID deadlineExtended(Assignment a, String reason, Double workingHoursNotice) {
        return publish(a, DEADLINE_EXTENDED, new DeadlineExtended(a.dossierId(), a.dossierCode(),
                a.processingUnitCode(), a.receivingUnitCode(), a.sla().previousDueAt(), a.dueAt(), reason,
                workingHoursNotice,
                a.sla().extendedAt()));
    }

    public UUID overdue(Assignment a) {
        return publish(a, DOSSIER_OVERDUE, new DossierOverdue(a.dossierId(), a.dossierCode(), a.processingUnitCode(),
                a.receivingUnitCode(), a.dueAt(), a.field(), a.sla().overdueAt()));
    }

    private UUID publish(Assignment a, String type, Object data) {
        return outbox.publish(new OutgoingEvent(TOPIC, type, a.dossierId().toString(), data));
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

    /** Data of {@code org.motcua.routing.dossier-transferred.v1}. */
    @SuppressWarnings("java:S107")
    public record DossierTransferred(UUID dossierId, String dossierCode, String receivingUnitCode, String fromUnitCode,
            String toUnitCode, String reason, String note, String field, double effortHours, Instant dueAt,
            Instant transferredAt) {
    }

    /** Data of {@code org.motcua.routing.supplement-requested.v1}. */
    public record SupplementRequested(UUID dossierId, String dossierCode, String processingUnitCode,
            String receivingUnitCode, List<String> reasons, Instant requestedAt) {
    }

    /** Data of {@code org.motcua.routing.dossier-decided.v1}. */
    @SuppressWarnings("java:S107")
    public record DossierDecided(UUID dossierId, String dossierCode, String processingUnitCode,
            String receivingUnitCode, String outcome, String resultReference, List<String> reasons, Instant dueAt,
            Instant decidedAt, Boolean onTime) {
    }

    /** Data of {@code org.motcua.routing.result-returned.v1}. */
    public record ResultReturned(UUID dossierId, String dossierCode, String receivingUnitCode, String outcome,
            Instant returnedAt) {
    }

    /** Data of {@code org.motcua.routing.deadline-at-risk.v1}. */
    public record DeadlineAtRisk(UUID dossierId, String dossierCode, String processingUnitCode,
            String receivingUnitCode, Instant dueAt, Instant predictedCompletionAt, String field, Instant detectedAt) {
    }

    /** Data of {@code org.motcua.routing.deadline-extended.v1}. */
    @SuppressWarnings("java:S107")
    public record DeadlineExtended(UUID dossierId, String dossierCode, String processingUnitCode,
            String receivingUnitCode, Instant previousDueAt, Instant newDueAt, String reason, Double workingHoursNotice,
            Instant extendedAt) {
    }

    /** Data of {@code org.motcua.routing.dossier-overdue.v1}. */
    public record DossierOverdue(UUID dossierId, String dossierCode, String processingUnitCode,
            String receivingUnitCode, Instant dueAt, String field, Instant detectedAt) {
    }
}
