package org.motcua.platformkit.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * Computes appointment (due) dates from the working calendar and office hours, in the province's time
 * zone: the four ways a legal time is counted, and working time between two instants (for clock stops).
 */
public final class DeadlineCalculator {

    private final Supplier<WorkingCalendar> calendars;
    private final OfficeHours hours;
    private final ZoneId zone;

    /** A calculator on a calendar that does not change. */
    public DeadlineCalculator(WorkingCalendar calendar, OfficeHours hours, ZoneId zone) {
        this(() -> calendar, hours, zone);
    }

    /** A calculator on the calendar in force when it computes (a year's notice may be loaded while running). */
    public DeadlineCalculator(Supplier<WorkingCalendar> calendars, OfficeHours hours, ZoneId zone) {
        this.calendars = calendars;
        this.hours = hours;
        this.zone = zone;
    }

    /** The calendar in force now. */
    public WorkingCalendar calendar() {
        return calendars.get();
    }

    /** True if a deadline from {@code from} to {@code to} counts days of a year whose notice is not loaded. */
    public boolean isProvisional(Instant from, Instant to) {
        return calendar().isProvisionalBetween(LocalDate.ofInstant(from, zone), LocalDate.ofInstant(to, zone));
    }

    public OfficeHours officeHours() {
        return hours;
    }

    /** The same office hours and zone on the given calendar (to compare a date on two calendars). */
    public DeadlineCalculator on(WorkingCalendar calendar) {
        return new DeadlineCalculator(calendar, hours, zone);
    }

    /** The same calendar and zone with a unit's own office hours (this calculator if they are the same). */
    public DeadlineCalculator withOfficeHours(OfficeHours unitHours) {
        return unitHours == null || unitHours.equals(hours) ? this : new DeadlineCalculator(calendars, unitHours, zone);
    }

    /** The due instant of a dossier received at {@code received} with the given legal time. */
    public Instant due(Instant received, LegalTime legalTime) {
        WorkingCalendar calendar = calendar();
        LocalDateTime local = LocalDateTime.ofInstant(received, zone);
        LocalDate day = local.toLocalDate();
        LegalTimeUnit unit = legalTime.amount() == 0 && legalTime.unit() != LegalTimeUnit.WORKING_HOURS
                ? LegalTimeUnit.SAME_DAY : legalTime.unit();
        return switch (unit) {
            // A zero time in days means "the same day", with its cut-off.
            case SAME_DAY -> endOf(calendar.isWorkingDay(day) && local.toLocalTime().isBefore(hours.sameDayCutOff())
                    ? day : calendar.nextWorkingDay(day));
            case WORKING_DAYS -> endOf(calendar.addWorkingDays(day, legalTime.amount()));
            case WORKING_HOURS -> addWorkingMinutes(startOf(calendar.nextWorkingDay(day)), legalTime.amount() * 60L);
            case CALENDAR_DAYS -> endOf(calendar.workingDayOnOrAfter(day.plusDays(legalTime.amount())));
        };
    }

    /** Office minutes between two instants (0 when {@code to} is not after {@code from}). */
    public long workingMinutesBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        WorkingCalendar calendar = calendar();
        LocalDateTime a = LocalDateTime.ofInstant(from, zone);
        LocalDateTime b = LocalDateTime.ofInstant(to, zone);
        long perDay = hours.minutesPerDay();
        if (a.toLocalDate().equals(b.toLocalDate())) {
            return calendar.isWorkingDay(a.toLocalDate())
                    ? hours.minutesBefore(b.toLocalTime()) - hours.minutesBefore(a.toLocalTime()) : 0;
        }
        long first = calendar.isWorkingDay(a.toLocalDate()) ? perDay - hours.minutesBefore(a.toLocalTime()) : 0;
        long middle = perDay * calendar.workingDaysBetween(a.toLocalDate(), b.toLocalDate().minusDays(1));
        long last = calendar.isWorkingDay(b.toLocalDate()) ? hours.minutesBefore(b.toLocalTime()) : 0;
        return first + middle + last;
    }

    /** The instant at which the given office minutes, counted from {@code from}, have passed. */
    public Instant addWorkingMinutes(Instant from, long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes must not be negative");
        }
        WorkingCalendar calendar = calendar();
        LocalDateTime start = LocalDateTime.ofInstant(from, zone);
        LocalDate day = start.toLocalDate();
        long perDay = hours.minutesPerDay();
        long used;
        if (calendar.isWorkingDay(day)) {
            used = hours.minutesBefore(start.toLocalTime());
        } else {
            day = calendar.nextWorkingDay(day);
            used = 0;
        }
        long left = minutes;
        if (left <= perDay - used) {
            return at(day, hours.timeAfter(used + left));
        }
        left -= perDay - used;
        long wholeDaysBefore = (left - 1) / perDay; // the last day then takes the rest, 1..perDay minutes
        day = calendar.addWorkingDays(day, Math.toIntExact(wholeDaysBefore + 1));
        return at(day, hours.timeAfter(left - wholeDaysBefore * perDay));
    }

    private Instant endOf(LocalDate day) {
        return at(day, hours.afternoonEnd());
    }

    private Instant startOf(LocalDate day) {
        return at(day, hours.morningStart());
    }

    private Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(zone).toInstant();
    }
}
