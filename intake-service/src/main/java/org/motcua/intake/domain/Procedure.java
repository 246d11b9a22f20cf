package org.motcua.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Thủ tục hành chính: an entry of the procedure catalog (mã TTHC), with what the law says about it:
 * field, competent authority, legal processing time, fee, required documents and which of them a
 * national database replaces. Seed data; texts are kept as published until issue-by-issue structuring.
 */
@Entity
@Table(name = "procedure")
public class Procedure {

    @Id
    private String code;
    private String name;
    private String field;
    @Column(name = "competent_authority")
    private String competentAuthority;
    @Column(name = "legal_time_text")
    private String legalTimeText;
    @Column(name = "legal_time_amount")
    private Integer legalTimeAmount;
    @Column(name = "legal_time_unit_text")
    private String legalTimeUnitText;
    @Column(name = "fee_text")
    private String feeText;
    @Column(name = "required_documents")
    private String requiredDocuments;
    @Column(name = "database_replaced")
    private String databaseReplaced;
    @Column(name = "verification_note")
    private String verificationNote;
    @Column(name = "local_code")
    private boolean localCode;

    protected Procedure() {
    }

    @SuppressWarnings("java:S107") // a catalog row has this many facts
    public Procedure(String code, String name, String field, String competentAuthority, String legalTimeText,
            Integer legalTimeAmount, String legalTimeUnitText, String feeText, String requiredDocuments,
            String databaseReplaced, String verificationNote, boolean localCode) {
        this.code = code;
        this.name = name;
        this.field = field;
        this.competentAuthority = competentAuthority;
        this.legalTimeText = legalTimeText;
        this.legalTimeAmount = legalTimeAmount;
        this.legalTimeUnitText = legalTimeUnitText;
        this.feeText = feeText;
        this.requiredDocuments = requiredDocuments;
        this.databaseReplaced = databaseReplaced;
        this.verificationNote = verificationNote;
        this.localCode = localCode;
    }

    /** Takes the values of a newer version of the seed data. */
    public void updateFrom(Procedure newer) {
        this.name = newer.name;
        this.field = newer.field;
        this.competentAuthority = newer.competentAuthority;
        this.legalTimeText = newer.legalTimeText;
        this.legalTimeAmount = newer.legalTimeAmount;
        this.legalTimeUnitText = newer.legalTimeUnitText;
        this.feeText = newer.feeText;
        this.requiredDocuments = newer.requiredDocuments;
        this.databaseReplaced = newer.databaseReplaced;
        this.verificationNote = newer.verificationNote;
        this.localCode = newer.localCode;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String field() {
        return field;
    }

    public String competentAuthority() {
        return competentAuthority;
    }

    public String legalTimeText() {
        return legalTimeText;
    }

    public Integer legalTimeAmount() {
        return legalTimeAmount;
    }

    public String legalTimeUnitText() {
        return legalTimeUnitText;
    }

    public String feeText() {
        return feeText;
    }

    public String requiredDocuments() {
        return requiredDocuments;
    }

    public String databaseReplaced() {
        return databaseReplaced;
    }

    public String verificationNote() {
        return verificationNote;
    }

    public boolean localCode() {
        return localCode;
    }
}
