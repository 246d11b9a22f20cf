package org.motcua.platformkit.deadline;

import java.time.Duration;
import java.time.LocalTime;

/**
 * The office hours of a working day (two sessions) and the same-day cut-off. The default is the
 * public sector's 08:00–12:00 and 13:00–17:00 with the 15:00 cut-off; units may override it.
 */
public record OfficeHours(LocalTime morningStart, LocalTime morningEnd, LocalTime afternoonStart,
        LocalTime afternoonEnd, LocalTime sameDayCutOff) {

    public static final OfficeHours DEFAULT = new OfficeHours(LocalTime.of(8, 0), LocalTime.of(12, 0),
            LocalTime.of(13, 0), LocalTime.of(17, 0), LocalTime.of(15, 0));

    public OfficeHours {
        if (!morningStart.isBefore(morningEnd) || morningEnd.isAfter(afternoonStart)
                || !afternoonStart.isBefore(afternoonEnd)) {
            throw new IllegalArgumentException("office sessions must be ordered");
        }
        if (sameDayCutOff.isBefore(morningStart) || sameDayCutOff.isAfter(afternoonEnd)) {
            throw new IllegalArgumentException("the same-day cut-off must lie within office hours");
        }
    }

    /** Working minutes in one day. */
    public long minutesPerDay() {
        return Duration.between(morningStart, morningEnd).toMinutes()
                + Duration.between(afternoonStart, afternoonEnd).toMinutes();
    }

    /** Working minutes of a day that lie before the given time of day. */
    long minutesBefore(LocalTime time) {
        return overlap(morningStart, morningEnd, time) + overlap(afternoonStart, afternoonEnd, time);
    }

    /** The time of day by which the given number of the day's working minutes have passed. */
    LocalTime timeAfter(long minutes) {
        long morning = Duration.between(morningStart, morningEnd).toMinutes();
        if (minutes <= morning) {
            return morningStart.plusMinutes(minutes);
        }
        return afternoonStart.plusMinutes(minutes - morning);
    }

    private static long overlap(LocalTime start, LocalTime end, LocalTime until) {
        if (!until.isAfter(start)) {
            return 0;
        }
        return Duration.between(start, until.isBefore(end) ? until : end).toMinutes();
    }
}
