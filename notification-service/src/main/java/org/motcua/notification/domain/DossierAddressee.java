package org.motcua.notification.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.motcua.platformkit.security.EncryptedText;

/**
 * Người nhận thông báo: the applicant of a dossier and how to reach them, plus the dossier's units.
 * Filled in from events as they arrive, in any order. The applicant's name and contacts are encrypted in the
 * database ({@link EncryptedText}).
 */
@Entity
@Table(name = "dossier_addressee")
public class DossierAddressee {

    @Id
    @Column(name = "dossier_id")
    private UUID dossierId;
    @Column(name = "dossier_code")
    private String dossierCode;
    @Column(name = "applicant_full_name")
    @Convert(converter = EncryptedText.class)
    private String applicantFullName;
    @Column(name = "applicant_reference")
    private String applicantReference;
    @Convert(converter = EncryptedText.class)
    private String email;
    @Convert(converter = EncryptedText.class)
    private String phone;
    @Column(name = "receiving_unit_code")
    private String receivingUnitCode;
    @Column(name = "processing_unit_code")
    private String processingUnitCode;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "has_held")
    private boolean hasHeld;

    protected DossierAddressee() {
    }

    /** The applicant's contact, as intake received it. */
    public void recordApplicant(String fullName, String reference, String email, String phone, String receivingUnitCode,
            Instant now) {
        this.applicantFullName = fullName;
        this.applicantReference = reference;
        this.email = email;
        this.phone = phone;
        this.receivingUnitCode = receivingUnitCode;
        this.updatedAt = now;
    }

    /** The unit processing the dossier. */
    public void recordProcessingUnit(String receivingUnitCode, String processingUnitCode, Instant now) {
        if (this.receivingUnitCode == null) {
            this.receivingUnitCode = receivingUnitCode;
        }
        this.processingUnitCode = processingUnitCode;
        this.updatedAt = now;
    }

    /** Messages wait for the applicant (kept in {@code held_message}). */
    public void markHeld() {
        this.hasHeld = true;
    }

    /** Whether messages wait for the applicant; false from now on (the caller takes them). */
    public boolean takeHeld() {
        boolean had = hasHeld;
        hasHeld = false;
        return had;
    }

    /** True once intake's event told who the applicant is. */
    public boolean applicantKnown() {
        return applicantFullName != null;
    }

    public UUID dossierId() {
        return dossierId;
    }

    public String dossierCode() {
        return dossierCode;
    }

    public String applicantFullName() {
        return applicantFullName;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String receivingUnitCode() {
        return receivingUnitCode;
    }

    public String processingUnitCode() {
        return processingUnitCode;
    }
}
