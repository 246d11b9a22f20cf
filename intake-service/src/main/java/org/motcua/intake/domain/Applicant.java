package org.motcua.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

import org.motcua.platformkit.security.EncryptedText;

/**
 * Người nộp hồ sơ: the person or business a dossier is for. The citizen ID is held only as a keyed
 * hash (for look-up) and a masked form (for display); the name, email and phone are encrypted in the database
 * ({@link EncryptedText}, rotated through {@link PersonalDataColumns}).
 */
@Embeddable
public class Applicant {

    @Column(name = "applicant_full_name")
    @Convert(converter = EncryptedText.class)
    private String fullName;
    @Column(name = "applicant_id_hash")
    private String citizenIdHash;
    @Column(name = "applicant_id_masked")
    private String citizenIdMasked;
    @Column(name = "applicant_email")
    @Convert(converter = EncryptedText.class)
    private String email;
    @Column(name = "applicant_phone")
    @Convert(converter = EncryptedText.class)
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
