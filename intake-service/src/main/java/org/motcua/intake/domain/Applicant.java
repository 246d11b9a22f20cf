package org.motcua.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Người nộp hồ sơ: the person or business a dossier is for. The citizen ID is held only as a keyed
 * hash (for look-up) and a masked form (for display).
 */
@Embeddable
public class Applicant {

    @Column(name = "applicant_full_name")
    private String fullName;
    @Column(name = "applicant_id_hash")
    private String citizenIdHash;
    @Column(name = "applicant_id_masked")
    private String citizenIdMasked;
    @Column(name = "applicant_email")
    private String email;
    @Column(name = "applicant_phone")
    private String phone;

    protected Applicant() {
    }

    public Applicant(String fullName, String citizenIdHash, String citizenIdMasked, String email, String phone) {
        this.fullName = fullName;
        this.citizenIdHash = citizenIdHash;
        this.citizenIdMasked = citizenIdMasked;
        this.email = email;
        this.phone = phone;
    }

    public String fullName() {
        return fullName;
    }

    public String citizenIdHash() {
        return citizenIdHash;
    }

    public String citizenIdMasked() {
        return citizenIdMasked;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }
}
