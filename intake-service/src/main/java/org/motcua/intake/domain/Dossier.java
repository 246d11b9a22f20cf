package org.motcua.intake.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Hồ sơ: one application for one procedure, as intake received it. The receiving unit is where it was
 * submitted; it never limits where the dossier is processed (routing decides that).
 */
@Entity
@Table(name = "dossier")
public class Dossier {

    @Id
    private UUID id;
    private String code;
    @Column(name = "procedure_code")
    private String procedureCode;
    @Column(name = "procedure_version")
    private int procedureVersion;
    @Column(name = "receiving_unit_code")
    private String receivingUnitCode;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Enumerated(EnumType.STRING)
    private DossierStatus status;
    @Embedded
    private Applicant applicant;
    @Column(name = "external_reference")
    private String externalReference;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Version
    private long version;

    protected Dossier() {
    }

    private Dossier(UUID id, String code, ProcedureVersion procedure, String receivingUnitCode, Channel channel,
            Applicant applicant, String externalReference, Instant submittedAt, String submittedBy) {
        this.id = id;
        this.code = code;
        this.procedureCode = procedure.code();
        this.procedureVersion = procedure.version();
        this.receivingUnitCode = receivingUnitCode;
        this.channel = channel;
        this.applicant = applicant;
        this.externalReference = externalReference;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.status = DossierStatus.RECEIVED;
    }

    /** A dossier received now, with the first row of its status history. */
    @SuppressWarnings("java:S107")
    public static Received receive(String code, ProcedureVersion procedure, AdministrativeUnit receivingUnit,
            Channel channel, Applicant applicant, String externalReference, Instant now, String actor) {
        Dossier dossier = new Dossier(UUID.randomUUID(), code, procedure, receivingUnit.code(), channel,
                applicant, externalReference, now, actor);
        return new Received(dossier,
                new DossierStatusChange(dossier.id, null, DossierStatus.RECEIVED, now, actor, "Tiếp nhận hồ sơ"));
    }

    /** A new dossier and its first history row, to be stored together. */
    public record Received(Dossier dossier, DossierStatusChange firstChange) {
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String procedureCode() {
        return procedureCode;
    }

    /** The catalog version the dossier was received under. */
    public int procedureVersion() {
        return procedureVersion;
    }

    public String receivingUnitCode() {
        return receivingUnitCode;
    }

    public Channel channel() {
        return channel;
    }

    public DossierStatus status() {
        return status;
    }

    public Applicant applicant() {
        return applicant;
    }

    public String externalReference() {
        return externalReference;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }
}
