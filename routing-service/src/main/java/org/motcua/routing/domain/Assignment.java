package org.motcua.routing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.motcua.routing.policy.AssignmentDecision;
import org.motcua.routing.policy.AssignmentReason;
import org.motcua.routing.policy.Candidate;

/**
 * Phân công xử lý: the unit (đơn vị xử lý) that processes a dossier, chosen by routing wherever the
 * dossier was received, with the reason and the candidates considered.
 */
@Entity
@Table(name = "assignment")
public class Assignment {

    @Id
    @Column(name = "dossier_id")
    private UUID dossierId;
    @Column(name = "dossier_code")
    private String dossierCode;
    @Column(name = "procedure_code")
    private String procedureCode;
    @Column(name = "receiving_unit_code")
    private String receivingUnitCode;
    @Column(name = "processing_unit_code")
    private String processingUnitCode;
    @Enumerated(EnumType.STRING)
    private AssignmentReason reason;
    /** The candidates with their expected completion in working days: {@code 21034:0.54,21040:1.08}. */
    @Column(name = "candidate_unit_codes")
    private String candidateUnitCodes;
    private String field;
    @Column(name = "effort_hours")
    private BigDecimal effortHours;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "competence_rule")
    private String competenceRule;
    private boolean pooled;
    @Enumerated(EnumType.STRING)
    private AssignmentStatus status;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "assigned_at")
    private Instant assignedAt;
    @Version
    private long version;

    protected Assignment() {
    }

    /** A dossier received by intake, placed by the assignment policy. */
    public Assignment(Received dossier, AssignmentDecision decision, Instant assignedAt) {
        this.dossierId = dossier.dossierId();
        this.dossierCode = dossier.dossierCode();
        this.procedureCode = dossier.procedureCode();
        this.receivingUnitCode = dossier.receivingUnitCode();
        this.field = dossier.field();
        this.effortHours = BigDecimal.valueOf(dossier.effortHours()).setScale(2, RoundingMode.HALF_UP);
        this.dueAt = dossier.dueAt();
        this.competenceRule = dossier.competenceRule();
        this.pooled = dossier.pooled();
        this.submittedAt = dossier.submittedAt();
        this.processingUnitCode = decision.unitCode();
        this.reason = decision.reason();
        this.candidateUnitCodes = decision.candidates().stream()
                .map(c -> c.unitCode() + ":" + (Double.isInfinite(c.expectedCompletionDays()) ? "inf"
                        : String.format(Locale.ROOT, "%.2f", c.expectedCompletionDays())))
                .collect(Collectors.joining(","));
        this.status = AssignmentStatus.QUEUED;
        this.assignedAt = assignedAt;
    }

    /** What routing knows of a received dossier when it places it. */
    public record Received(UUID dossierId, String dossierCode, String procedureCode, String receivingUnitCode,
            String field, double effortHours, Instant dueAt, String competenceRule, boolean pooled,
            Instant submittedAt) {
    }

    /** Whether the dossier is in its unit's queue (waiting or being processed), and so counts in its load. */
    public boolean inQueue() {
        return status == AssignmentStatus.QUEUED || status == AssignmentStatus.IN_PROGRESS;
    }

    /** The applicant withdrew the dossier: it leaves the unit's queue. */
    public void withdraw() {
        this.status = AssignmentStatus.WITHDRAWN;
    }

    public UUID dossierId() {
        return dossierId;
    }

    public String dossierCode() {
        return dossierCode;
    }

    public String procedureCode() {
        return procedureCode;
    }

    public String receivingUnitCode() {
        return receivingUnitCode;
    }

    public String processingUnitCode() {
        return processingUnitCode;
    }

    public AssignmentReason reason() {
        return reason;
    }

    public List<String> candidateUnitCodes() {
        return candidates().stream().map(Candidate::unitCode).toList();
    }

    /** The candidates considered, best first, with their expected completion (NaN when not recorded). */
    public List<Candidate> candidates() {
        if (candidateUnitCodes.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(candidateUnitCodes.split(",")).map(pair -> {
            int colon = pair.indexOf(':');
            if (colon < 0) {
                return new Candidate(pair, Double.NaN);
            }
            String days = pair.substring(colon + 1);
            return new Candidate(pair.substring(0, colon),
                    "inf".equals(days) ? Double.POSITIVE_INFINITY : Double.parseDouble(days));
        }).toList();
    }

    public String field() {
        return field;
    }

    public BigDecimal effortHours() {
        return effortHours;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public String competenceRule() {
        return competenceRule;
    }

    public boolean pooled() {
        return pooled;
    }

    public AssignmentStatus status() {
        return status;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant assignedAt() {
        return assignedAt;
    }
}
