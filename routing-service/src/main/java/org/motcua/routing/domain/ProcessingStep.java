package org.motcua.routing.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One step of a dossier's processing, kept for the process control sheet (Mẫu 06). */
@Entity
@Table(name = "processing_step")
public class ProcessingStep {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "processing_step_seq")
    @SequenceGenerator(name = "processing_step_seq", sequenceName = "processing_step_seq", allocationSize = 50)
    private Long id;
    @Column(name = "dossier_id")
    private UUID dossierId;
    @Enumerated(EnumType.STRING)
    private StepKind kind;
    @Column(name = "from_unit")
    private String fromUnit;
    @Column(name = "unit_code")
    private String unitCode;
    private String actor;
    private Instant at;
    private String note;

    protected ProcessingStep() {
    }

    public ProcessingStep(UUID dossierId, StepKind kind, String fromUnit, String unitCode, String actor, Instant at,
            String note) {
        this.dossierId = dossierId;
        this.kind = kind;
        this.fromUnit = fromUnit;
        this.unitCode = unitCode;
        this.actor = actor;
        this.at = at;
        this.note = note;
    }

    public Long id() {
        return id;
    }

    public UUID dossierId() {
        return dossierId;
    }

    public StepKind kind() {
        return kind;
    }

    public String fromUnit() {
        return fromUnit;
    }

    public String unitCode() {
        return unitCode;
    }

    public String actor() {
        return actor;
    }

    public Instant at() {
        return at;
    }

    public String note() {
        return note;
    }
}
