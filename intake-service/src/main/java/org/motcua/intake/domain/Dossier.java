package org.motcua.intake.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.motcua.platformkit.data.VietnameseText;
import org.motcua.platformkit.deadline.Deadline;
import org.motcua.platformkit.deadline.DeadlineCalculator;
import org.motcua.platformkit.deadline.LegalTime;
import org.motcua.platformkit.deadline.LegalTimeUnit;
import org.motcua.platformkit.problem.ConflictException;

/**
 * Hồ sơ: one application for one procedure, as intake received it: its papers (handed in or fetched from
 * national databases), its appointment date and its status history. The receiving unit is where it was
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
    @Column(name = "residence_unit_code")
    private String residenceUnitCode;
    @Column(name = "land_unit_code")
    private String landUnitCode;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "legal_time_amount")
    private int legalTimeAmount;
    @Enumerated(EnumType.STRING)
    @Column(name = "legal_time_unit")
    private LegalTimeUnit legalTimeUnit;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "clock_stopped_at")
    private Instant clockStoppedAt;
    @Column(name = "remaining_minutes")
    private Long remainingMinutes;
    private boolean extended;
    @Column(name = "calendar_version")
    private String calendarVersion;
    @Column(name = "deadline_provisional")
    private boolean deadlineProvisional;
    @Column(name = "deadline_note")
    private String deadlineNote;
    @Column(name = "supplementation_due_at")
    private Instant supplementationDueAt;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    @Column(name = "withdrawal_reason")
    private String withdrawalReason;
    @Column(name = "apology_at")
    private Instant apologyAt;
    @Column(name = "apology_reason")
    private String apologyReason;
    @Column(name = "apology_unit_code")
    private String apologyUnitCode;
    @Column(name = "due_before_apology")
    private Instant dueBeforeApology;
    @Column(name = "processing_unit_code")
    private String processingUnitCode;
    @Version
    private long version;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    // written with the document's insert, never updated afterwards (no second statement per document)
    @JoinColumn(name = "dossier_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<DossierDocument> documents = new ArrayList<>();

    protected Dossier() {
    }

    /** The facts of a dossier being received. */
    public record Intake(String code, ProcedureVersion procedure, AdministrativeUnit receivingUnit, Channel channel,
            Applicant applicant, String externalReference, String residenceUnitCode, String landUnitCode,
            List<DossierDocument> documents, Instant receivedAt, String actor) {
    }

    /**
     * A dossier received now, with the first row of its status history. Its deadline is computed on the
     * loaded calendar; when the year is missing the dossier is still received and the note says why.
     */
    public static Received receive(Intake intake, LegalTime legalTime, Deadline deadline, String deadlineNote,
            Instant supplementationDueAt) {
        Dossier d = new Dossier();
        d.id = UUID.randomUUID();
        d.code = intake.code();
        d.procedureCode = intake.procedure().code();
        d.procedureVersion = intake.procedure().version();
        d.receivingUnitCode = intake.receivingUnit().code();
        d.channel = intake.channel();
        d.applicant = intake.applicant();
        d.externalReference = intake.externalReference();
        d.residenceUnitCode = intake.residenceUnitCode();
        d.landUnitCode = intake.landUnitCode();
        d.submittedAt = intake.receivedAt();
        d.submittedBy = intake.actor();
        d.legalTimeAmount = legalTime.amount();
        d.legalTimeUnit = legalTime.unit();
        d.status = DossierStatus.RECEIVED;
        d.deadlineNote = deadlineNote;
        d.supplementationDueAt = supplementationDueAt;
        if (deadline != null) {
            d.apply(deadline);
        }
        d.documents.addAll(intake.documents());
        return new Received(d, new DossierStatusChange(d.id, null, DossierStatus.RECEIVED, intake.receivedAt(),
                intake.actor(), "Tiếp nhận hồ sơ"));
    }

    /** A new dossier and its first history row, to be stored together. */
    public record Received(Dossier dossier, DossierStatusChange firstChange) {
    }

    /**
     * The applicant completes the dossier with the given papers: pending database papers of the same name
     * become received, and a stopped clock restarts.
     *
     * @return the names of the papers that completed pending ones
     */
    public List<String> supplement(List<String> paperNames, Instant now, DeadlineCalculator calculator) {
        requireOpen();
        List<String> completed = new ArrayList<>();
        for (String name : paperNames) {
            String folded = VietnameseText.fold(name);
            documents.stream().filter(DossierDocument::pending)
                    .filter(doc -> VietnameseText.fold(doc.name()).equals(folded))
                    .findFirst()
                    .ifPresent(doc -> {
                        doc.supplied(now);
                        completed.add(doc.name());
                    });
        }
        Deadline deadline = deadline();
        if (deadline != null && deadline.stopped()) {
            apply(deadline.restart(now, calculator));
        }
        if (status == DossierStatus.SUPPLEMENTATION_REQUESTED) {
            status = DossierStatus.RECEIVED;
        }
        if (pendingDocuments().isEmpty()) {
            supplementationDueAt = null;
        }
        return completed;
    }

    /** A history row that records a step which did not change the status (a supplementation...). */
    public DossierStatusChange step(String note, Instant now, String actor) {
        return new DossierStatusChange(id, status, status, now, actor, note);
    }

    /**
     * The processing unit asked the applicant to complete the dossier (routing's {@code SupplementRequested}):
     * the clock stops until the papers are received.
     *
     * @return the status change, or null if the request was already applied
     */
    public DossierStatusChange supplementationRequested(String reasons, Instant at, DeadlineCalculator calculator,
            String actor) {
        if (status != DossierStatus.RECEIVED) {
            return null;
        }
        Deadline deadline = deadline();
        if (deadline != null && !deadline.stopped()) {
            apply(deadline.stop(at, calculator));
        }
        DossierStatus from = status;
        status = DossierStatus.SUPPLEMENTATION_REQUESTED;
        return new DossierStatusChange(id, from, status, at, actor, "Yêu cầu bổ sung: " + reasons);
    }

    /**
     * The processing unit decided (routing's {@code DossierDecided}): from now on it cannot be withdrawn.
     * A withdrawal that crossed the decision on its way (intake accepted it before the decision reached
     * it) gives way: routing, which decides, had already decided, so the decision stands and the history
     * says so.
     */
    public DossierStatusChange decided(boolean approved, String note, Instant at, String actor) {
        boolean crossedWithdrawal = status == DossierStatus.WITHDRAWN;
        if (status != DossierStatus.RECEIVED && status != DossierStatus.SUPPLEMENTATION_REQUESTED
                && !crossedWithdrawal) {
            return null;
        }
        DossierStatus from = status;
        status = approved ? DossierStatus.RESOLVED : DossierStatus.REFUSED;
        String why = crossedWithdrawal
                ? joined("Đề nghị dừng giải quyết đến sau khi đã có quyết định: quyết định có hiệu lực", note)
                : note;
        return new DossierStatusChange(id, from, status, at, actor, why);
    }

    private static String joined(String first, String second) {
        return second == null || second.isBlank() ? first : first + ". " + second;
    }

    /**
     * The processing unit cannot keep the appointment: the applicant gets an apology and a new date, once
     * (routing's {@code DeadlineExtended}, Mẫu 04).
     *
     * @return the history row, or null if the deadline was already extended (or has no date)
     */
    public DossierStatusChange deadlineExtended(Instant newDueAt, String reason, String unitCode, Instant at,
            String actor) {
        Deadline deadline = deadline();
        if (deadline == null || deadline.extended() || !newDueAt.isAfter(deadline.due())) {
            return null;
        }
        dueBeforeApology = deadline.due();
        apologyAt = at;
        apologyReason = reason;
        apologyUnitCode = unitCode;
        apply(deadline.extend(newDueAt));
        return new DossierStatusChange(id, status, status, at, actor, "Xin lỗi và hẹn lại ngày trả kết quả: " + reason);
    }

    /** Routing placed the dossier at a unit (assigned it, or transferred it there): that unit's staff see it too. */
    public void processedAt(String unitCode) {
        processingUnitCode = unitCode;
    }

    /** The result was handed to the applicant (routing's {@code ResultReturned}). */
    public DossierStatusChange resultReturned(Instant at, String actor) {
        if (status != DossierStatus.RESOLVED && status != DossierStatus.REFUSED) {
            return null;
        }
        DossierStatus from = status;
        status = DossierStatus.RESULT_RETURNED;
        return new DossierStatusChange(id, from, status, at, actor, null);
    }

    /** The applicant asks to stop (dừng giải quyết). Refused once the dossier is withdrawn or decided. */
    public DossierStatusChange withdraw(String reason, Instant now, String actor) {
        requireOpen();
        DossierStatus from = status;
        status = DossierStatus.WITHDRAWN;
        withdrawnAt = now;
        withdrawalReason = reason;
        return new DossierStatusChange(id, from, DossierStatus.WITHDRAWN, now, actor, reason);
    }

    /** Whether the dossier is still open: neither decided nor withdrawn (papers may come, the applicant may withdraw). */
    public boolean open() {
        return status == DossierStatus.RECEIVED || status == DossierStatus.SUPPLEMENTATION_REQUESTED;
    }

    private void requireOpen() {
        if (status == DossierStatus.WITHDRAWN) {
            throw new ConflictException("dossier-withdrawn", "Hồ sơ " + code + " đã dừng giải quyết");
        }
        if (status == DossierStatus.RESOLVED || status == DossierStatus.REFUSED
                || status == DossierStatus.RESULT_RETURNED) {
            throw new ConflictException("dossier-decided", "Hồ sơ " + code + " đã có quyết định giải quyết");
        }
    }

    /** The deadline as the engine sees it; null when it could not be computed. */
    public Deadline deadline() {
        if (dueAt == null) {
            return null;
        }
        return new Deadline(submittedAt, new LegalTime(legalTimeAmount, legalTimeUnit), dueAt, clockStoppedAt,
                remainingMinutes, extended, calendarVersion, deadlineProvisional);
    }

    /**
     * Counts a provisional appointment again on the calendar in force now (a year's official notice was loaded).
     *
     * @return the appointment it replaced, if the date moved
     */
    public Optional<Instant> recountDeadline(DeadlineCalculator before, DeadlineCalculator now) {
        Deadline current = deadline();
        if (current == null || !current.provisional()) {
            return Optional.empty();
        }
        Instant previous = dueAt;
        Deadline recounted = current.recountedOn(before, now);
        apply(recounted);
        if (!recounted.provisional() && deadlineNote != null && deadlineNote.contains(PROVISIONAL_NOTE)) {
            String rest = deadlineNote.replace(PROVISIONAL_NOTE, "").trim().replaceAll("\\.$", "");
            deadlineNote = rest.isEmpty() ? null : rest;
        }
        return previous.equals(recounted.due()) ? Optional.empty() : Optional.of(previous);
    }

    /** The note a provisional appointment carries (on the dossier, the receipt and the API). */
    public static final String PROVISIONAL_NOTE = "Ngày hẹn tạm tính theo các ngày nghỉ lễ luật định vì lịch nghỉ chính"
            + " thức của năm chưa được công bố; ngày hẹn sẽ được tính lại và thông báo khi tỉnh cập nhật lịch.";

    private void apply(Deadline deadline) {
        this.dueAt = deadline.due();
        this.clockStoppedAt = deadline.stoppedAt();
        this.remainingMinutes = deadline.remainingMinutes();
        this.extended = deadline.extended();
        this.calendarVersion = deadline.calendarVersion();
        this.deadlineProvisional = deadline.provisional();
    }

    public List<DossierDocument> pendingDocuments() {
        return documents.stream().filter(DossierDocument::pending).toList();
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

    /** The unit processing the dossier; null until routing assigns it. */
    public String processingUnitCode() {
        return processingUnitCode;
    }

    /** The units whose staff see the dossier: the receiving unit, the processing unit, the unit that apologised. */
    public String[] unitsConcerned() {
        return new String[] { receivingUnitCode, processingUnitCode, apologyUnitCode };
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

    public String residenceUnitCode() {
        return residenceUnitCode;
    }

    public String landUnitCode() {
        return landUnitCode;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public LegalTime legalTime() {
        return new LegalTime(legalTimeAmount, legalTimeUnit);
    }

    public Instant dueAt() {
        return dueAt;
    }

    /** Whether the appointment counts days of a year whose official calendar is not loaded. */
    public boolean deadlineProvisional() {
        return deadlineProvisional;
    }

    public String deadlineNote() {
        return deadlineNote;
    }

    public Instant supplementationDueAt() {
        return supplementationDueAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public String withdrawalReason() {
        return withdrawalReason;
    }

    /** The apology with a new appointment, if the processing unit made it. */
    public Optional<Apology> apology() {
        return apologyAt == null ? Optional.empty()
                : Optional.of(new Apology(apologyAt, apologyReason, apologyUnitCode, dueBeforeApology, dueAt));
    }

    public List<DossierDocument> documents() {
        return List.copyOf(documents);
    }
}
