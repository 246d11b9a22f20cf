package org.motcua.routing.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.motcua.platformkit.deadline.DeadlineCalculator;
import org.motcua.platformkit.problem.FieldProblem;
import org.motcua.platformkit.problem.ResourceNotFoundException;
import org.motcua.platformkit.problem.RuleViolationException;
import org.motcua.platformkit.security.Caller;
import org.motcua.platformkit.security.Roles;
import org.motcua.platformkit.time.ProvinceTime;
import org.motcua.routing.domain.Assignment;
import org.motcua.routing.domain.AssignmentRepository;
import org.motcua.routing.domain.ProcessingAction;
import org.motcua.routing.domain.ProcessingStep;
import org.motcua.routing.domain.policy.AssignmentReason;
import org.motcua.routing.publisher.RoutingEvents;

/**
 * What officers do with a dossier, as intentions: accept, transfer, request supplementation (once; the
 * clock stops), decide, return the result. Each is allowed only from the states the process allows (else
 * 409), by staff of the unit concerned (else 403), and is kept as a step with its actor and time.
 */
@ApplicationScoped
public class ProcessDossierService {

    private final AssignmentRepository assignments;
    private final StepRecorder recorder;
    private final RoutingEvents events;
    private final UnitCalendars calendars;
    private final Clock clock;

    ProcessDossierService(AssignmentRepository assignments, StepRecorder recorder, RoutingEvents events,
            UnitCalendars calendars, Clock clock) {
        this.assignments = assignments;
        this.calendars = calendars;
        this.recorder = recorder;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Assignment accept(UUID dossierId, Caller caller) {
        Assignment a = atProcessingUnit(dossierId, caller);
        recorder.apply(a, x -> x.accept(caller.name(), clock.instant()));
        return a;
    }

    /** Moves the dossier to another unit among those the policy found competent. */
    @Transactional
    public Assignment transfer(UUID dossierId, String toUnitCode, String reason, Caller caller) {
        Assignment a = atProcessingUnit(dossierId, caller);
        if (!a.placement().candidateUnitCodes().contains(toUnitCode)) {
            throw new RuleViolationException("unit-not-competent", "Đơn vị nhận không có thẩm quyền giải quyết hồ sơ",
                    List.of(new FieldProblem("toUnitCode", "không thuộc các đơn vị có thẩm quyền: "
                            + String.join(", ", a.placement().candidateUnitCodes().stream().limit(10).toList())
                            + (a.placement().candidateUnitCodes().size() > 10 ? "…" : ""))));
        }
        ProcessingStep step = recorder.apply(a, x -> x.transfer(toUnitCode, AssignmentReason.TRANSFERRED,
                caller.name(), clock.instant(), reason));
        events.transferred(a, step);
        return a;
    }

    @Transactional
    public Assignment requestSupplementation(UUID dossierId, List<String> reasons, Caller caller) {
        Assignment a = atProcessingUnit(dossierId, caller);
        recorder.apply(a, x -> x.requestSupplementation(String.join("; ", reasons), caller.name(), clock.instant()));
        events.supplementRequested(a, reasons);
        return a;
    }

    @Transactional
    public Assignment decide(UUID dossierId, Assignment.Outcome outcome, String resultReference, List<String> reasons,
            Caller caller) {
        if (outcome == Assignment.Outcome.APPROVED && (resultReference == null || resultReference.isBlank())) {
            throw new RuleViolationException("result-reference-required", "Cần số, ký hiệu của kết quả giải quyết",
                    List.of(new FieldProblem("resultReference", "bắt buộc khi giải quyết (APPROVED)")));
        }
        if (outcome == Assignment.Outcome.REFUSED && (reasons == null || reasons.isEmpty())) {
            throw new RuleViolationException("refusal-reasons-required", "Từ chối phải nêu rõ lý do (Mẫu 03)",
                    List.of(new FieldProblem("reasons", "bắt buộc khi từ chối (REFUSED)")));
        }
        Assignment a = atProcessingUnit(dossierId, caller);
        recorder.apply(a, x -> x.decide(outcome, resultReference, reasons == null ? null : String.join("; ", reasons),
                caller.name(), clock.instant()));
        events.decided(a, reasons == null ? List.of() : reasons);
        return a;
    }

    /** The result is handed to the applicant, at the receiving unit's desk (or by the processing unit). */
    @Transactional
    public Assignment returnResult(UUID dossierId, Caller caller) {
        Assignment a = find(dossierId);
        caller.requireVisible(Assignment.NAME, dossierId, a.unitsConcerned());
        recorder.apply(a, x -> x.returnResult(caller.name(), clock.instant()));
        events.resultReturned(a);
        return a;
    }

    /**
     * The unit apologises and sets a new appointment (Mẫu 04), once: the end of the working day on or after the date
     * the officer gives. Intake issues the apology letter and tells the applicant; the reason is theirs to read.
     */
    @Transactional
    public Assignment extend(UUID dossierId, LocalDate newDueDate, String reason, Caller caller) {
        Assignment a = atProcessingUnit(dossierId, caller);
        Instant now = clock.instant();
        DeadlineCalculator calculator = calendars.at(a.processingUnitCode());
        Instant newDue = LocalDateTime.of(calculator.calendar().workingDayOnOrAfter(newDueDate),
                calculator.officeHours().afternoonEnd()).atZone(ProvinceTime.ZONE).toInstant();
        if (a.dueAt() != null && !newDue.isAfter(a.dueAt())) {
            throw new RuleViolationException("new-date-not-later", "Ngày hẹn mới phải sau ngày hẹn hiện tại",
                    List.of(new FieldProblem("newDueDate", "phải sau ngày hẹn hiện tại")));
        }
        long noticeMinutes = a.dueAt() == null || !a.dueAt().isAfter(now) ? 0
                : calculator.workingMinutesBetween(now, a.dueAt());
        a.extend(newDue, now);
        events.deadlineExtended(a, reason, Math.round(noticeMinutes / 6.0) / 10.0);
        return a;
    }

    /** What the caller may do next with the dossier: what its state allows, for the units and roles the API lets act. */
    public List<ProcessingAction> actionsFor(Assignment a, Caller caller) {
        boolean processingStaff = (caller.hasRole(Roles.OFFICER) || caller.hasRole(Roles.LEADER))
                && caller.mayActFor(a.processingUnitCode());
        boolean desk = (caller.hasRole(Roles.CLERK) || caller.hasRole(Roles.OFFICER) || caller.hasRole(Roles.LEADER))
                && caller.mayActFor(a.receivingUnitCode(), a.processingUnitCode());
        return a.possibleActions().stream()
                .filter(action -> action.processingUnitOnly() ? processingStaff : desk).toList();
    }

    /** Intake received the papers asked for: the dossier goes back to its officer with its new date. */
    @Transactional
    public void supplemented(UUID dossierId, Instant newDueAt, List<String> papers) {
        assignments.findByIdOptional(dossierId).ifPresent(a -> recorder.apply(a,
                x -> x.supplemented(newDueAt, clock.instant(), "Người nộp bổ sung: " + String.join("; ", papers))));
    }

    /** Intake counted the appointment again (a year's official calendar was loaded). */
    @Transactional
    public void appointmentRecounted(UUID dossierId, Instant newDueAt) {
        assignments.findByIdOptional(dossierId).ifPresent(a -> a.appointmentRecounted(newDueAt));
    }

    /** The applicant withdrew the dossier: it leaves its unit's queue (nothing to do if it was never assigned). */
    @Transactional
    public void withdrawn(UUID dossierId, String reason) {
        assignments.findByIdOptional(dossierId).ifPresent(a -> recorder.apply(a,
                x -> x.withdraw(clock.instant(), reason)));
    }

    private Assignment atProcessingUnit(UUID dossierId, Caller caller) {
        Assignment a = find(dossierId);
        caller.requireVisible(Assignment.NAME, dossierId, a.unitsConcerned());
        caller.requireUnit(a.processingUnitCode()); // the receiving desk sees the dossier but does not process it
        return a;
    }

    private Assignment find(UUID dossierId) {
        return assignments.findByIdOptional(dossierId)
                .orElseThrow(() -> new ResourceNotFoundException(Assignment.NAME, dossierId));
    }
}
