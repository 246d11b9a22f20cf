package org.motcua.intake.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.motcua.platformkit.data.VietnameseText;
import org.motcua.platformkit.deadline.LegalTime;
import org.motcua.platformkit.deadline.LegalTimeUnit;

/**
 * One version of a catalog entry: what the law says about the procedure at that time. Never changed once
 * written; a dossier keeps the version it was received under.
 */
@Entity
@Table(name = "procedure_version")
@IdClass(ProcedureVersionId.class)
public class ProcedureVersion {

    /** Where a version came from. */
    public enum Source { SEED, ADMIN }

    @Id
    private String code;
    @Id
    private int version;
    private String name;
    private String field;
    @Column(name = "competent_authority")
    private String competentAuthority;
    @Enumerated(EnumType.STRING)
    @Column(name = "competence_rule")
    private CompetenceRule competenceRule;
    @Column(name = "competent_agency")
    private String competentAgency;
    @Column(name = "legal_time_amount")
    private Integer legalTimeAmount;
    @Enumerated(EnumType.STRING)
    @Column(name = "legal_time_unit")
    private LegalTimeUnit legalTimeUnit;
    @Column(name = "remote_legal_time_amount")
    private Integer remoteLegalTimeAmount;
    @Column(name = "legal_time_text")
    private String legalTimeText;
    @Column(name = "fee_text")
    private String feeText;
    @Column(name = "effort_hours")
    private BigDecimal effortHours;
    @Column(name = "verification_note")
    private String verificationNote;
    @Column(name = "local_code")
    private boolean localCode;
    @Enumerated(EnumType.STRING)
    private Source source;
    @Column(name = "content_hash")
    private String contentHash;
    @Column(name = "search_text")
    private String searchText;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @ElementCollection
    @CollectionTable(name = "required_document",
            joinColumns = { @JoinColumn(name = "code", referencedColumnName = "code"),
                    @JoinColumn(name = "version", referencedColumnName = "version") })
    @OrderColumn(name = "position")
    private List<RequiredDocument> documents = new ArrayList<>();

    protected ProcedureVersion() {
    }

    /** A new version of the entry with the given content. */
    public static ProcedureVersion of(String code, int version, ProcedureDefinition definition, Source source,
            Instant now, String actor) {
        ProcedureVersion v = new ProcedureVersion();
        v.code = code;
        v.version = version;
        v.name = definition.name();
        v.field = definition.field();
        v.competentAuthority = definition.competentAuthority();
        v.competenceRule = definition.competenceRule();
        v.competentAgency = definition.competentAgency();
        if (definition.legalTime() != null) {
            v.legalTimeAmount = definition.legalTime().amount();
            v.legalTimeUnit = definition.legalTime().unit();
        }
        v.remoteLegalTimeAmount = definition.remoteLegalTimeAmount();
        v.legalTimeText = definition.legalTimeText();
        v.feeText = definition.feeText();
        v.effortHours = definition.effortHours();
        v.verificationNote = definition.verificationNote();
        v.localCode = definition.localCode();
        v.source = source;
        v.contentHash = definition.contentHash();
        v.searchText = VietnameseText.fold(code + " " + definition.name() + " " + definition.field());
        v.createdAt = now;
        v.createdBy = actor;
        definition.documents().forEach(d -> v.documents.add(new RequiredDocument(d.name(), d.replacedBy(), d.legalBasis())));
        return v;
    }

    /** The legal time for a unit: remote communes get the longer limit where the procedure defines one. */
    public LegalTime legalTimeFor(boolean remoteUnit) {
        if (legalTimeUnit == null || legalTimeAmount == null) {
            return null;
        }
        int amount = remoteUnit && remoteLegalTimeAmount != null ? remoteLegalTimeAmount : legalTimeAmount;
        return new LegalTime(amount, legalTimeUnit);
    }

    /** True when the catalog knows enough (legal time, competence) to receive dossiers. */
    public boolean receivable() {
        return legalTimeUnit != null && legalTimeAmount != null && competenceRule != null;
    }

    public String code() {
        return code;
    }

    public int version() {
        return version;
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

    public CompetenceRule competenceRule() {
        return competenceRule;
    }

    public String competentAgency() {
        return competentAgency;
    }

    public Integer legalTimeAmount() {
        return legalTimeAmount;
    }

    public LegalTimeUnit legalTimeUnit() {
        return legalTimeUnit;
    }

    public Integer remoteLegalTimeAmount() {
        return remoteLegalTimeAmount;
    }

    public String legalTimeText() {
        return legalTimeText;
    }

    public String feeText() {
        return feeText;
    }

    public BigDecimal effortHours() {
        return effortHours;
    }

    public String verificationNote() {
        return verificationNote;
    }

    public boolean localCode() {
        return localCode;
    }

    public Source source() {
        return source;
    }

    public String contentHash() {
        return contentHash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public List<RequiredDocument> documents() {
        return List.copyOf(documents);
    }
}
