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
 */
public record Deadline(Instant receivedAt, LegalTime legalTime, Instant due, Instant stoppedAt, Long remainingMinutes,
        boolean extended, String calendarVersion) {

    public Deadline {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(legalTime, "legalTime");
        Objects.requireNonNull(due, "due");
    }

    /** The deadline of a dossier received now. */
    public static Deadline start(Instant receivedAt, LegalTime legalTime, DeadlineCalculator calculator) {
        return new Deadline(receivedAt, legalTime, calculator.due(receivedAt, legalTime), null, null, false,
                calculator.calendar().version());
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
                calendarVersion);
    }

    /** Restarts the clock: the working time left at the stop counts from now. Never shortens the deadline. */
    public Deadline restart(Instant at, DeadlineCalculator calculator) {
        if (!stopped()) {
            throw new ConflictException("clock-not-stopped", "Thời hạn không tạm dừng");
        }
        Instant from = at.isBefore(stoppedAt) ? stoppedAt : at;
        Instant moved = calculator.addWorkingMinutes(from, remainingMinutes);
        return new Deadline(receivedAt, legalTime, moved.isBefore(due) ? due : moved, null, null, extended,
                calculator.calendar().version());
    }

    /** Moves the appointment to a later date, once only. */
    public Deadline extend(Instant newDue) {
        if (extended) {
            throw new ConflictException("extension-used", "Chỉ được gia hạn một lần");
        }
        if (!newDue.isAfter(due)) {
            throw new ConflictException("extension-not-later", "Ngày hẹn mới phải sau ngày hẹn hiện tại");
        }
        return new Deadline(receivedAt, legalTime, newDue, stoppedAt, remainingMinutes, true, calendarVersion);
    }
}
