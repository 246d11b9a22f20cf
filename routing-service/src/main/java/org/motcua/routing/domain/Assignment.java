package org.motcua.routing.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

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
    @Column(name = "candidate_unit_codes")
    private String candidateUnitCodes;
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

    @SuppressWarnings("java:S107")
    public Assignment(UUID dossierId, String dossierCode, String procedureCode, String receivingUnitCode,
            String processingUnitCode, AssignmentReason reason, List<String> candidates, Instant submittedAt,
            Instant assignedAt) {
        this.dossierId = dossierId;
        this.dossierCode = dossierCode;
        this.procedureCode = procedureCode;
        this.receivingUnitCode = receivingUnitCode;
        this.processingUnitCode = processingUnitCode;
        this.reason = reason;
        this.candidateUnitCodes = String.join(",", candidates);
        this.status = AssignmentStatus.QUEUED;
        this.submittedAt = submittedAt;
        this.assignedAt = assignedAt;
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
        return candidateUnitCodes.isEmpty() ? List.of() : Arrays.asList(candidateUnitCodes.split(","));
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
