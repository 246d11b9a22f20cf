package org.motcua.routing.domain.policy;

import java.time.Instant;

import org.motcua.platformkit.deadline.DeadlineCalculator;

/**
 * When a queued dossier will be done, from the work ahead of it in its unit's queue (earliest deadline
 * first, its own effort included) and the unit's officer hours per day in its field, counted in working
 * time; and how that stands against the appointment.
 *
 * @param predictedCompletion when it should be done (null without staff)
 * @param risk                against the appointment
 * @param workingMinutesLeft  office minutes until the appointment (negative once overdue; null without one)
 */
public record Forecast(Instant predictedCompletion, Risk risk, Long workingMinutesLeft) {

    public static Forecast of(Instant now, Instant dueAt, double workThroughHours, double staffHoursPerDay,
            DeadlineCalculator calculator) {
        Instant predicted = staffHoursPerDay <= 0 ? null : calculator.addWorkingMinutes(now,
                Math.round(workThroughHours / staffHoursPerDay * calculator.officeHours().minutesPerDay()));
        if (dueAt == null) {
            return new Forecast(predicted, Risk.UNKNOWN, null);
        }
        long left = dueAt.isAfter(now) ? calculator.workingMinutesBetween(now, dueAt)
                : -calculator.workingMinutesBetween(dueAt, now);
        Risk risk;
        if (!dueAt.isAfter(now)) {
            risk = Risk.OVERDUE;
        } else if (predicted == null) {
            risk = Risk.UNKNOWN;
        } else {
            risk = predicted.isAfter(dueAt) ? Risk.AT_RISK : Risk.ON_TRACK;
        }
        return new Forecast(predicted, risk, left);
    }
}
