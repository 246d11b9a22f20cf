package org.motcua.routing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.motcua.platformkit.problem.ConflictException;
import org.motcua.routing.domain.policy.AssignmentDecision;
import org.motcua.routing.domain.policy.AssignmentReason;
import org.motcua.routing.domain.policy.Candidate;
import org.motcua.routing.domain.policy.Forecast;
import org.motcua.routing.domain.policy.Risk;

/**
 * Phân công xử lý: the unit (đơn vị xử lý) that processes a dossier, chosen by routing wherever the
 * dossier was received, with the reason and the candidates considered.
 */
@Entity
@Table(name = "assignment")
public class Assignment {

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
    @Column(name = "processing_unit_code")
    private String processingUnitCode;
    @Enumerated(EnumType.STRING)
    private AssignmentReason reason;
    /** The candidates with their expected completion in working days: {@code 21034:0.54,21040:1.08}. */
    @Column(name = "candidate_unit_codes")
    private String candidateUnitCodes;
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
    private int transfers;
    @Enumerated(EnumType.STRING)
    private Risk risk;
    @Column(name = "predicted_completion_at")
    private Instant predictedCompletionAt;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;
    @Column(name = "at_risk_at")
    private Instant atRiskAt;
    @Column(name = "rebalanced_at")
    private Instant rebalancedAt;
    @Column(name = "extended_at")
    private Instant extendedAt;
    @Column(name = "previous_due_at")
    private Instant previousDueAt;
    @Column(name = "overdue_at")
    private Instant overdueAt;
    @Version
    private long version;

    /** How far a prediction moves before the stored one is rewritten. */
    static final Duration FORECAST_STEP = Duration.ofHours(1);

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
        this.processingUnitCode = decision.unitCode();
        this.reason = decision.reason();
        this.candidateUnitCodes = decision.candidates().stream()
                .map(c -> c.unitCode() + ":" + (Double.isInfinite(c.expectedCompletionDays()) ? "inf"
                        : String.format(Locale.ROOT, "%.2f", c.expectedCompletionDays())))
                .collect(Collectors.joining(","));
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
        require(!toUnit.equals(processingUnitCode), "same-unit", "hồ sơ đã ở đơn vị " + toUnit);
        String from = processingUnitCode;
        processingUnitCode = toUnit;
        reason = why;
        status = AssignmentStatus.QUEUED;
        acceptedBy = null;
        acceptedAt = null;
        transfers++;
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
        if (extendedAt == null && inQueue()) {
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
        if (risk != forecast.risk() || moved(predictedCompletionAt, forecast.predictedCompletion())) {
            // written only when the forecast changed: a queue costs no row updates every minute
            risk = forecast.risk();
            predictedCompletionAt = forecast.predictedCompletion();
            reviewedAt = now;
        }
        if (forecast.risk() == Risk.AT_RISK && atRiskAt == null) {
            atRiskAt = now;
            return true;
        }
        return false;
    }

    /**
     * Whether a stored prediction is worth rewriting: a prediction counted from "now" slides by a minute at
     * every pass during office hours, so it is kept until it moves by {@link #FORECAST_STEP} (the queue view
     * computes its own, current forecast; the risk is rewritten whenever it changes).
     */
    private static boolean moved(Instant stored, Instant fresh) {
        if (stored == null || fresh == null) {
            return stored != fresh;
        }
        return Duration.between(stored, fresh).abs().compareTo(FORECAST_STEP) >= 0;
    }

    /** @return true the first time the dossier is found past its appointment (announce {@code DossierOverdue}) */
    public boolean overdue(Instant now) {
        if (overdueAt != null || dueAt == null || dueAt.isAfter(now) || !inQueue()) {
            return false;
        }
        overdueAt = now;
        return true;
    }

    /** Whether the monitor may move it: pooled, nobody has started it, never moved by the monitor before. */
    public boolean rebalanceable() {
        return pooled && status == AssignmentStatus.QUEUED && rebalancedAt == null;
    }

    /** The monitor moved it to a unit with spare capacity (once). */
    public ProcessingStep rebalance(String toUnit, Instant now, String note) {
        ProcessingStep step = transfer(toUnit, AssignmentReason.REBALANCED, "sla-monitor", now, note);
        rebalancedAt = now;
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
        return extendedAt == null && dueAt != null && inQueue();
    }

    /** The apology and the new appointment (once). */
    public void extend(Instant newDueAt, Instant now) {
        if (!extendable() || !newDueAt.isAfter(dueAt)) {
            throw new ConflictException("extension-not-allowed", "Chỉ gia hạn một lần, sang ngày sau ngày hẹn");
        }
        previousDueAt = dueAt;
        dueAt = newDueAt;
        extendedAt = now;
        risk = Risk.ON_TRACK;
    }

    public Risk risk() {
        return risk;
    }

    public Instant predictedCompletionAt() {
        return predictedCompletionAt;
    }

    public Instant atRiskAt() {
        return atRiskAt;
    }

    public Instant rebalancedAt() {
        return rebalancedAt;
    }

    public Instant extendedAt() {
        return extendedAt;
    }

    public Instant previousDueAt() {
        return previousDueAt;
    }

    public Instant overdueAt() {
        return overdueAt;
    }

    private ProcessingStep step(StepKind kind, String from, String actor, Instant now, String note) {
        return new ProcessingStep(dossierId, kind, from, processingUnitCode, actor, now, note);
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

    public int transfers() {
        return transfers;
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

    public String processingUnitCode() {
        return processingUnitCode;
    }

    public AssignmentReason reason() {
        return reason;
    }

    public List<String> candidateUnitCodes() {
        return candidates().stream().map(Candidate::unitCode).toList();
    }

    /** The candidates considered, best first, with their expected completion (NaN when not recorded). */
    public List<Candidate> candidates() {
        if (candidateUnitCodes.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(candidateUnitCodes.split(",")).map(pair -> {
            int colon = pair.indexOf(':');
            if (colon < 0) {
                return new Candidate(pair, Double.NaN);
            }
            String days = pair.substring(colon + 1);
            return new Candidate(pair.substring(0, colon),
                    "inf".equals(days) ? Double.POSITIVE_INFINITY : Double.parseDouble(days));
        }).toList();
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
