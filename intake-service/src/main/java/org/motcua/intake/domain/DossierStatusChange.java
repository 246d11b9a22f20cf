package org.motcua.intake.domain;

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

/** One row of a dossier's status history: who moved it from what to what, when, and why. */
@Entity
@Table(name = "dossier_status_change")
public class DossierStatusChange {

    @Id
    // A pooled sequence (not IDENTITY) lets Hibernate batch the inserts of one submission.
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_status_change_seq")
    @SequenceGenerator(name = "dossier_status_change_seq", sequenceName = "dossier_status_change_seq", allocationSize = 50)
    private Long id;
    @Column(name = "dossier_id")
    private UUID dossierId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private DossierStatus from;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private DossierStatus to;
    @Column(name = "changed_at")
    private Instant changedAt;
    private String actor;
    private String note;

    protected DossierStatusChange() {
    }

    DossierStatusChange(UUID dossierId, DossierStatus from, DossierStatus to, Instant changedAt, String actor,
            String note) {
        this.dossierId = dossierId;
        this.from = from;
        this.to = to;
        this.changedAt = changedAt;
        this.actor = actor;
        this.note = note;
    }

    public UUID dossierId() {
        return dossierId;
    }

    public DossierStatus from() {
        return from;
    }

    public DossierStatus to() {
        return to;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String actor() {
        return actor;
    }

    public String note() {
        return note;
    }
}
