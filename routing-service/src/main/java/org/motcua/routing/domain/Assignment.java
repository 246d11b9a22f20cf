package org.motcua.routing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.motcua.platformkit.problem.ConflictException;
import org.motcua.routing.domain.policy.AssignmentDecision;
import org.motcua.routing.domain.policy.AssignmentReason;
import org.motcua.routing.domain.policy.Forecast;

/**
 * Phân công xử lý: a dossier routing received, wherever it was received, and its processing steps (queued, accepted,
 * supplementation, decision, result returned, withdrawn); where it is processed is its {@link Placement}, what the
 * SLA monitor knows of its appointment its {@link SlaWatch}.
 */
@Entity
@Table(name = "assignment")
public class Assignment {

    /** How an assignment is named in a not-found answer: the same whether it does not exist or is other units'. */
    public static final String NAME = "Phân công của hồ sơ";

    @Id
    @Column(name = "dossier_id")
    private UUID dossierId;
    @Column(name = "dossier_code")
    private String dossierCode;
    @Column(name = "procedure_code")
    private String procedureCode;
    @Column(name = "procedure_name")
    private String procedureName;
    @Column(name = "receiving_unit_code")
    private String receivingUnitCode;
    @Embedded
    private Placement placement;
    private String field;
    @Column(name = "effort_hours")
    private BigDecimal effortHours;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "competence_rule")
    private String competenceRule;
    private boolean pooled;
    @Enumerated(EnumType.STRING)
    private AssignmentStatus status;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "assigned_at")
    private Instant assignedAt;
    @Column(name = "accepted_by")
    private String acceptedBy;
    @Column(name = "accepted_at")
    private Instant acceptedAt;
    @Column(name = "supplementation_requested_at")
    private Instant supplementationRequestedAt;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    @Column(name = "result_reference")
    private String resultReference;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "result_returned_at")
    private Instant resultReturnedAt;
    /** Null when the monitor has not looked at it yet (see {@link #sla()}). */
    @Embedded
    private SlaWatch sla;
    @Version
    private long version;

    protected Assignment() {
    }

    /** A dossier received by intake, placed by the assignment policy. */
    public Assignment(Received dossier, AssignmentDecision decision, Instant assignedAt) {
        this.dossierId = dossier.dossierId();
        this.dossierCode = dossier.dossierCode();
        this.procedureCode = dossier.procedureCode();
        this.procedureName = dossier.procedureName();
        this.receivingUnitCode = dossier.receivingUnitCode();
        this.field = dossier.field();
        this.effortHours = BigDecimal.valueOf(dossier.effortHours()).setScale(2, RoundingMode.HALF_UP);
        this.dueAt = dossier.dueAt();
        this.competenceRule = dossier.competenceRule();
        this.pooled = dossier.pooled();
        this.submittedAt = dossier.submittedAt();
        this.placement = new Placement(decision);
        this.status = AssignmentStatus.QUEUED;
        this.assignedAt = assignedAt;
    }

    /** What routing knows of a received dossier when it places it. */
    public record Received(UUID dossierId, String dossierCode, String procedureCode, String procedureName,
            String receivingUnitCode, String field, double effortHours, Instant dueAt, String competenceRule,
            boolean pooled, Instant submittedAt) {
    }

    /** Whether the dossier is in its unit's queue (waiting or being processed), and so counts in its load. */
    public boolean inQueue() {
        return status == AssignmentStatus.QUEUED || status == AssignmentStatus.IN_PROGRESS;
    }

    /** How a dossier was decided. */
    public enum Outcome {
        /** Giải quyết: the result (a certificate, an extract...) is issued. */
        APPROVED,
        /** Từ chối: refused with reasons (Mẫu 03). */
        REFUSED
    }

    /** An officer of the processing unit takes the dossier. */
    public ProcessingStep accept(String actor, Instant now) {
        require(status == AssignmentStatus.QUEUED, "dossier-not-queued", "chỉ nhận xử lý hồ sơ đang chờ trong hàng đợi");
        status = AssignmentStatus.IN_PROGRESS;
        acceptedBy = actor;
        acceptedAt = now;
        return step(StepKind.ACCEPTED, null, actor, now, null);
    }

    /**
     * The dossier moves to another competent unit, back to the start of its queue (by deadline). An officer
     * transfers it with a reason; the SLA monitor rebalances a dossier nobody has started.
     */
    public ProcessingStep transfer(String toUnit, AssignmentReason why, String actor, Instant now, String note) {
        require(inQueue(), "dossier-not-transferable", "chỉ chuyển được hồ sơ đang chờ hoặc đang xử lý");
        require(!toUnit.equals(placement.processingUnitCode()), "same-unit", "hồ sơ đã ở đơn vị " + toUnit);
        String from = placement.moveTo(toUnit, why);
        status = AssignmentStatus.QUEUED;
        acceptedBy = null;
        acceptedAt = null;
        return step(why == AssignmentReason.REBALANCED ? StepKind.REBALANCED : StepKind.TRANSFERRED, from, actor, now,
                note);
    }

    /** The unit asks the applicant to complete the dossier, once at most (Mẫu 02); the clock stops. */
    public ProcessingStep requestSupplementation(String reasons, String actor, Instant now) {
        require(status == AssignmentStatus.IN_PROGRESS, "dossier-not-in-progress",
                "chỉ yêu cầu bổ sung hồ sơ đang được xử lý");
        require(supplementationRequestedAt == null, "supplementation-already-requested",
                "hồ sơ chỉ được yêu cầu bổ sung một lần");
        status = AssignmentStatus.SUPPLEMENTATION_REQUESTED;
        supplementationRequestedAt = now;
        return step(StepKind.SUPPLEMENTATION_REQUESTED, null, actor, now, reasons);
    }

    /** The applicant completed the dossier (intake's event): it is back with its officer, with its new date. */
    public ProcessingStep supplemented(Instant newDueAt, Instant now, String note) {
        if (status != AssignmentStatus.SUPPLEMENTATION_REQUESTED) {
            return null; // papers the registries could not give, supplied before any request: nothing changes here
        }
        status = acceptedBy == null ? AssignmentStatus.QUEUED : AssignmentStatus.IN_PROGRESS;
        if (newDueAt != null) {
            dueAt = newDueAt;
        }
        return step(StepKind.SUPPLEMENTED, null, "intake", now, note);
    }

    /**
     * Intake counted a provisional appointment again on a year's official calendar (intake's event). An appointment
     * this unit already moved with its apology stays; a finished dossier keeps its date.
     */
    public void appointmentRecounted(Instant newDueAt) {
        if (!sla().apologised() && inQueue()) {
            dueAt = newDueAt;
        }
    }

    /** Approved with the result's reference, or refused with the reasons (Mẫu 03). */
    public ProcessingStep decide(Outcome decision, String reference, String reasons, String actor, Instant now) {
        require(status == AssignmentStatus.IN_PROGRESS, "dossier-not-in-progress",
                "chỉ quyết định hồ sơ đang được xử lý");
        status = AssignmentStatus.DECIDED;
        outcome = decision;
        resultReference = reference;
        decidedAt = now;
        return step(StepKind.DECIDED, null, actor, now, decision == Outcome.APPROVED
                ? "Giải quyết: " + reference : "Từ chối: " + reasons);
    }

    /** The result is handed to the applicant at the desk (or sent). */
    public ProcessingStep returnResult(String actor, Instant now) {
        require(status == AssignmentStatus.DECIDED, "dossier-not-decided", "chưa có kết quả để trả");
        status = AssignmentStatus.RESULT_RETURNED;
        resultReturnedAt = now;
        return step(StepKind.RESULT_RETURNED, null, actor, now, null);
    }

    /**
     * The applicant withdrew the dossier: it leaves the unit's queue. A dossier already decided stays
     * decided (intake refuses a withdrawal once it knows; this is the race where it did not yet).
     *
     * @return the step, or null when nothing changed
     */
    public ProcessingStep withdraw(Instant now, String reason) {
        if (status == AssignmentStatus.DECIDED || status == AssignmentStatus.RESULT_RETURNED
                || status == AssignmentStatus.WITHDRAWN) {
            return null;
        }
        status = AssignmentStatus.WITHDRAWN;
        return step(StepKind.WITHDRAWN, null, "intake", now, reason);
    }


    /**
     * Takes the SLA monitor's forecast.
     *
     * @return true the first time the dossier is found at risk (announce {@code DeadlineAtRisk} then)
     */
    public boolean reviewed(Forecast forecast, Instant now) {
        return sla().reviewed(forecast, now);
    }

    /** @return true the first time the dossier is found past its appointment (announce {@code DossierOverdue}) */
    public boolean overdue(Instant now) {
        return inQueue() && sla().overdue(dueAt, now);
    }

    /** Whether the monitor may move it: pooled, nobody has started it, never moved by the monitor before. */
    public boolean rebalanceable() {
        return pooled && status == AssignmentStatus.QUEUED && placement.neverRebalanced();
    }

    /** The monitor moved it to a unit with spare capacity (once). */
    public ProcessingStep rebalance(String toUnit, Instant now, String note) {
        ProcessingStep step = transfer(toUnit, AssignmentReason.REBALANCED, "sla-monitor", now, note);
        placement.rebalanced(now);
        return step;
    }

    /** The steps the dossier's state allows next, whoever takes them. */
    public EnumSet<ProcessingAction> possibleActions() {
        EnumSet<ProcessingAction> actions = EnumSet.noneOf(ProcessingAction.class);
        if (status == AssignmentStatus.QUEUED) {
            actions.add(ProcessingAction.ACCEPT);
        }
        if (inQueue()) {
            actions.add(ProcessingAction.TRANSFER);
        }
        if (status == AssignmentStatus.IN_PROGRESS) {
            actions.add(ProcessingAction.DECIDE);
            if (supplementationRequestedAt == null) {
                actions.add(ProcessingAction.REQUEST_SUPPLEMENTATION);
            }
        }
        if (extendable()) {
            actions.add(ProcessingAction.EXTEND);
        }
        if (status == AssignmentStatus.DECIDED) {
            actions.add(ProcessingAction.RETURN_RESULT);
        }
        return actions;
    }

    /** Whether the apology with a new date is still to be made (it is made once, Mẫu 04). */
    public boolean extendable() {
        return !sla().apologised() && dueAt != null && inQueue();
    }

    /** The apology and the new appointment (once). */
    public void extend(Instant newDueAt, Instant now) {
        if (!extendable() || !newDueAt.isAfter(dueAt)) {
            throw new ConflictException("extension-not-allowed", "Chỉ gia hạn một lần, sang ngày sau ngày hẹn");
        }
        Instant previous = dueAt;
        dueAt = newDueAt;
        sla().apologise(previous, now);
    }

    /** Where the dossier is processed, why, among which units, and how often it moved. */
    public Placement placement() {
        return placement;
    }

    /** What the SLA monitor knows of the appointment and did about it. */
    public SlaWatch sla() {
        if (sla == null) {
            sla = new SlaWatch(); // all its columns null: loaded as no object
        }
        return sla;
    }

    private ProcessingStep step(StepKind kind, String from, String actor, Instant now, String note) {
        return new ProcessingStep(dossierId, kind, from, placement.processingUnitCode(), actor, now, note);
    }

    private static void require(boolean condition, String code, String message) {
        if (!condition) {
            throw new ConflictException(code, "Không thực hiện được: " + message);
        }
    }

    public String acceptedBy() {
        return acceptedBy;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public Instant supplementationRequestedAt() {
        return supplementationRequestedAt;
    }

    public Outcome outcome() {
        return outcome;
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

    public UUID dossierId() {
        return dossierId;
    }

    public String dossierCode() {
        return dossierCode;
    }

    public String procedureCode() {
        return procedureCode;
    }

    /** The procedure's name as intake published it; null for dossiers assigned before names were kept. */
    public String procedureName() {
        return procedureName;
    }

    public String receivingUnitCode() {
        return receivingUnitCode;
    }

    /** The units whose staff see the dossier here: the one that received it and the one processing it. */
    public String[] unitsConcerned() {
        return new String[] { receivingUnitCode, placement.processingUnitCode() };
    }

    public String processingUnitCode() {
        return placement.processingUnitCode();
    }

    public String field() {
        return field;
    }

    public BigDecimal effortHours() {
        return effortHours;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public String competenceRule() {
        return competenceRule;
    }

    public boolean pooled() {
        return pooled;
    }

    public AssignmentStatus status() {
        return status;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant assignedAt() {
        return assignedAt;
    }
}
