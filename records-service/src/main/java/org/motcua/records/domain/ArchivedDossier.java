package org.motcua.records.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.motcua.platformkit.security.EncryptedText;
import org.motcua.records.domain.migration.LegacyDossier;

/**
 * Hồ sơ lưu trữ: the archive's record of a dossier, assembled from the events of every service. Events
 * of different topics arrive in any order, so each fact is filled in when its event arrives. The applicant's name is
 * encrypted in the database ({@link EncryptedText}).
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
    @Convert(converter = EncryptedText.class)
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
    @Column(name = "applicant_reference")
    private String applicantReference;
    private String decision;
    @Column(name = "decision_reasons")
    private String decisionReasons;
    @Column(name = "result_reference")
    private String resultReference;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "result_returned_at")
    private Instant resultReturnedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "hold_reason")
    private String holdReason;
    @Column(name = "hold_by")
    private String holdBy;
    @Column(name = "hold_at")
    private Instant holdAt;
    @Column(name = "search_tokens")
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] searchTokens = new String[0];
    @Column(name = "origin_system")
    private String originSystem;
    @Column(name = "original_code")
    private String originalCode;
    @Column(name = "original_unit_code")
    private String originalUnitCode;
    @Column(name = "migration_id")
    private UUID migrationId;
    @Column(name = "source_updated_at")
    private Instant sourceUpdatedAt;
    @Version
    private long version;

    protected ArchivedDossier() {
    }

    /** A pre-merger system's dossier the archive did not hold, as its export gives it (see {@link #recordMigration}). */
    public static ArchivedDossier migrated(LegacyDossier d, String unitCode, UUID migrationId, Instant now) {
        ArchivedDossier dossier = new ArchivedDossier();
        dossier.id = d.archiveId();
        dossier.recordMigration(d, unitCode, migrationId, now);
        return dossier;
    }

    /** Records what intake received. */
    @SuppressWarnings("java:S107")
    public void recordSubmission(String procedureCode, String procedureName, String field, String applicantFullName,
            String applicantReference, String receivingUnitCode, String channel, Instant submittedAt, Instant now) {
        this.applicantReference = applicantReference;
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
        if (ArchiveStatus.CLOSING.contains(this.status) && closedAt == null) {
            closedAt = now; // its retention counts from here
        }
        this.updatedAt = now;
    }

    /**
     * Records a pre-merger system's dossier as its export gives it, archived at {@code unitCode} by import
     * {@code migrationId}: first imported, or a later export's state replacing an earlier one's.
     */
    public void recordMigration(LegacyDossier d, String unitCode, UUID migrationId, Instant now) {
        this.originSystem = d.system().name();
        this.originalCode = d.originalCode();
        this.code = d.originalCode();
        this.originalUnitCode = d.originalUnitCode();
        this.procedureCode = d.procedureCode();
        this.procedureName = d.procedureName();
        this.field = d.field();
        this.applicantFullName = d.applicantName();
        this.applicantReference = d.applicantReference();
        this.receivingUnitCode = unitCode;
        this.processingUnitCode = unitCode;
        this.channel = d.channel();
        this.status = d.status();
        this.submittedAt = d.receivedAt();
        this.decision = d.decision();
        this.decisionReasons = d.reasons();
        this.resultReference = d.resultReference();
        this.decidedAt = d.decidedAt();
        this.resultReturnedAt = d.returnedAt();
        this.closedAt = d.closedAt();
        this.sourceUpdatedAt = d.sourceUpdatedAt();
        this.migrationId = migrationId;
        this.updatedAt = now;
    }

    /**
     * Refreshes what the archive's search matches ({@link SearchTokens}): code, procedure, field and the names of the
     * receiving and processing units, and the applicant's name, as keyed hashes only.
     */
    public void index(UnaryOperator<String> unitName, SearchTokens tokens) {
        index(unitName, null, tokens);
    }

    /** As {@link #index(UnaryOperator, SearchTokens)}, with the pre-merger unit a migrated dossier was received at. */
    public void index(UnaryOperator<String> unitName, String formerUnitName, SearchTokens tokens) {
        searchTokens = tokens.of(Arrays.asList(code, procedureCode, procedureName, field,
                unitName.apply(receivingUnitCode), unitName.apply(processingUnitCode), formerUnitName), applicantFullName);
    }

    /** The decision: approved with the result's reference, or refused with reasons (Mẫu 03). */
    public void recordDecision(boolean approved, String resultReference, List<String> reasons, Instant decidedAt, Instant now) {
        this.decision = approved ? "APPROVED" : "REFUSED";
        this.resultReference = resultReference == null || resultReference.isBlank() ? null : resultReference;
        this.decisionReasons = reasons.isEmpty() ? null : String.join("\n", reasons);
        this.decidedAt = decidedAt;
        changeStatus(approved ? ArchiveStatus.RESOLVED : ArchiveStatus.REFUSED, now);
    }

    /** The result was handed to the applicant. */
    public void recordResultReturned(Instant returnedAt, Instant now) {
        this.resultReturnedAt = returnedAt;
        changeStatus(ArchiveStatus.RESULT_RETURNED, now);
    }

    /** Puts the dossier under legal hold: it is kept whatever its retention says, until the hold is lifted. */
    public void hold(String reason, String by, Instant now) {
        this.holdReason = reason;
        this.holdBy = by;
        this.holdAt = now;
    }

    public void releaseHold() {
        this.holdReason = null;
        this.holdBy = null;
        this.holdAt = null;
    }

    /** Whether the dossier's result belongs in the applicant's data store: approved, with a result and an applicant known. */
    public boolean hasReusableResult() {
        return "APPROVED".equals(decision) && resultReference != null && applicantReference != null && code != null;
    }

    public UUID id() {
        return id;
    }

    /** The pre-merger system a migrated dossier came from (QNG, KTM); null for dossiers received here. */
    public String originSystem() {
        return originSystem;
    }

    public String originalCode() {
        return originalCode;
    }

    public String originalUnitCode() {
        return originalUnitCode;
    }

    public UUID migrationId() {
        return migrationId;
    }

    /** When the pre-merger system last changed a migrated dossier (a later export's state wins); null otherwise. */
    public Instant sourceUpdatedAt() {
        return sourceUpdatedAt;
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

    public Instant closedAt() {
        return closedAt;
    }

    public String holdReason() {
        return holdReason;
    }

    public String holdBy() {
        return holdBy;
    }

    public Instant holdAt() {
        return holdAt;
    }

    public String applicantReference() {
        return applicantReference;
    }

    public String decision() {
        return decision;
    }

    public List<String> decisionReasons() {
        return decisionReasons == null ? List.of() : List.of(decisionReasons.split("\n"));
    }

    public String resultReference() {
        return resultReference;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Instant resultReturnedAt() {
        return resultReturnedAt;
    }
}
