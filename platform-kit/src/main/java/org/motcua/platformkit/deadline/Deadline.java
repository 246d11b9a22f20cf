package org.motcua.platformkit.deadline;

import java.time.Instant;
import java.util.Objects;

import org.motcua.platformkit.problem.ConflictException;

/**
 * The appointment date of a dossier and what happened to it: the clock stops while the applicant
 * completes the file (supplementation, financial obligation) and restarts with the working time that
 * was left; the date may be extended once (apology, Mẫu 04). Immutable: each step returns a new value.
 *
 * @param receivedAt        when the complete dossier was received
 * @param legalTime         the legal time it was computed from
 * @param due               the current appointment instant
 * @param stoppedAt         when the clock stopped, null while it runs
 * @param remainingMinutes  office minutes that were left at the stop, null while it runs
 * @param extended          whether the one extension was used
 * @param calendarVersion   the calendar data the date was computed on
 * @param provisional       whether the date counts days of a year whose official notice was not loaded (days off
 *                          from the law alone): it is computed again when the notice is loaded
 */
public record Deadline(Instant receivedAt, LegalTime legalTime, Instant due, Instant stoppedAt, Long remainingMinutes,
        boolean extended, String calendarVersion, boolean provisional) {

    public Deadline {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(legalTime, "legalTime");
        Objects.requireNonNull(due, "due");
    }

    /** The deadline of a dossier received now. */
    public static Deadline start(Instant receivedAt, LegalTime legalTime, DeadlineCalculator calculator) {
        Instant due = calculator.due(receivedAt, legalTime);
        return new Deadline(receivedAt, legalTime, due, null, null, false, calculator.calendar().version(),
                calculator.isProvisional(receivedAt, due));
    }

    /**
     * The same deadline on the calendar in force now (a year's notice was loaded): a running clock's date is counted
     * again — from receipt for a date never moved, else the same working time from receipt as on {@code before}; a
     * stopped clock keeps its working time left (its date is set when it restarts); an extended date, set by a
     * person, stays.
     */
    public Deadline recountedOn(DeadlineCalculator before, DeadlineCalculator now) {
        if (extended || stopped()) {
            return this;
        }
        Instant recounted = due.equals(before.due(receivedAt, legalTime)) ? now.due(receivedAt, legalTime)
                : now.addWorkingMinutes(receivedAt, before.workingMinutesBetween(receivedAt, due));
        return new Deadline(receivedAt, legalTime, recounted, null, null, false, now.calendar().version(),
                now.isProvisional(receivedAt, recounted));
    }

    public boolean stopped() {
        return stoppedAt != null;
    }

    /** Stops the clock (the dossier waits for the applicant). */
    public Deadline stop(Instant at, DeadlineCalculator calculator) {
        if (stopped()) {
            throw new ConflictException("clock-already-stopped", "Thời hạn đang tạm dừng");
        }
        return new Deadline(receivedAt, legalTime, due, at, calculator.workingMinutesBetween(at, due), extended,
                calendarVersion, provisional);
    }

    /** Restarts the clock: the working time left at the stop counts from now. Never shortens the deadline. */
    public Deadline restart(Instant at, DeadlineCalculator calculator) {
        if (!stopped()) {
            throw new ConflictException("clock-not-stopped", "Thời hạn không tạm dừng");
        }
        Instant from = at.isBefore(stoppedAt) ? stoppedAt : at;
        Instant moved = calculator.addWorkingMinutes(from, remainingMinutes);
        Instant newDue = moved.isBefore(due) ? due : moved;
        return new Deadline(receivedAt, legalTime, newDue, null, null, extended, calculator.calendar().version(),
                calculator.isProvisional(receivedAt, newDue));
    }

    /** Moves the appointment to a later date, once only. */
    public Deadline extend(Instant newDue) {
        if (extended) {
            throw new ConflictException("extension-used", "Chỉ được gia hạn một lần");
        }
        if (!newDue.isAfter(due)) {
            throw new ConflictException("extension-not-later", "Ngày hẹn mới phải sau ngày hẹn hiện tại");
        }
        return new Deadline(receivedAt, legalTime, newDue, stoppedAt, remainingMinutes, true, calendarVersion, provisional);
    }
}
