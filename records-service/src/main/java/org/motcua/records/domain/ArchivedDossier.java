package org.motcua.records.domain;

import java.time.Instant;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Hồ sơ lưu trữ: the archive's record of a dossier, assembled from the events of every service. Events
 * of different topics arrive in any order, so each fact is filled in when its event arrives.
 */
@Entity
@Table(name = "archived_dossier")
public class ArchivedDossier {

    @Id
    private UUID id;
    private String code;
    @Column(name = "procedure_code")
    private String procedureCode;
    @Column(name = "procedure_name")
    private String procedureName;
    private String field;
    @Column(name = "applicant_full_name")
    private String applicantFullName;
    @Column(name = "receiving_unit_code")
    private String receivingUnitCode;
    @Column(name = "processing_unit_code")
    private String processingUnitCode;
    private String channel;
    private String status;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "search_text")
    private String searchText = "";
    @Version
    private long version;

    protected ArchivedDossier() {
    }

    /** Records what intake received. */
    @SuppressWarnings("java:S107")
    public void recordSubmission(String procedureCode, String procedureName, String field, String applicantFullName,
            String receivingUnitCode, String channel, Instant submittedAt, Instant now) {
        this.procedureCode = procedureCode;
        this.procedureName = procedureName;
        this.field = field;
        this.applicantFullName = applicantFullName;
        this.receivingUnitCode = receivingUnitCode;
        this.channel = channel;
        this.submittedAt = submittedAt;
        this.updatedAt = now;
    }

    /** Records the unit routing chose. */
    public void recordAssignment(String receivingUnitCode, String processingUnitCode, Instant now) {
        if (this.receivingUnitCode == null) {
            this.receivingUnitCode = receivingUnitCode;
        }
        this.processingUnitCode = processingUnitCode;
        this.status = ArchiveStatus.ASSIGNED;
        this.updatedAt = now;
    }

    /** The dossier moved to another processing unit. */
    public void recordTransfer(String toUnitCode, Instant now) {
        this.processingUnitCode = toUnitCode;
        this.updatedAt = now;
    }

    /**
     * A step that changes the dossier's status (decision, supplementation, return...). A withdrawal does
     * not undo a decision: when the applicant's request crossed the decision on its way (the two come on
     * different topics, in either order), the decision stands, as it does in routing and intake.
     */
    public void changeStatus(String newStatus, Instant now) {
        boolean decided = ArchiveStatus.RESOLVED.equals(status) || ArchiveStatus.REFUSED.equals(status)
                || ArchiveStatus.RESULT_RETURNED.equals(status);
        if (!(decided && ArchiveStatus.WITHDRAWN.equals(newStatus))) {
            this.status = newStatus;
        }
        this.updatedAt = now;
    }

    /**
     * Refreshes the text the archive's search matches: code, applicant, procedure, field and the names of the
     * receiving and processing units, folded (no diacritics) and padded so that a word's start can be matched.
     */
    public void index(UnaryOperator<String> unitName) {
        searchText = SearchText.of(code, applicantFullName, procedureCode, procedureName, field,
                unitName.apply(receivingUnitCode), unitName.apply(processingUnitCode));
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

    public String procedureName() {
        return procedureName;
    }

    public String field() {
        return field;
    }

    public String applicantFullName() {
        return applicantFullName;
    }

    public String receivingUnitCode() {
        return receivingUnitCode;
    }

    public String processingUnitCode() {
        return processingUnitCode;
    }

    public String channel() {
        return channel;
    }

    public String status() {
        return status;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
