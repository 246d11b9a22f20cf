package org.motcua.platformkit.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The public sector's working days, as versioned data per year: weekends off, the days off the law and
 * each year's government notice fix, and the Saturdays worked in exchange (làm bù). A question about a
 * year that is not loaded is an error ({@link CalendarYearNotLoadedException}), never a guess.
 */
public final class WorkingCalendar {

    private final Set<LocalDate> daysOff;
    private final Set<LocalDate> extraWorkingDays;
    private final TreeSet<Integer> years;
    private final String version;

    public WorkingCalendar(Set<LocalDate> daysOff, Set<LocalDate> extraWorkingDays, Set<Integer> years, String version) {
        this.daysOff = Set.copyOf(daysOff);
        this.extraWorkingDays = Set.copyOf(extraWorkingDays);
        this.years = new TreeSet<>(years);
        this.version = version;
    }

    /**
     * Reads the calendar data ({@code date,weekday,kind,name,...}; kinds {@code day_off},
     * {@code extra_workday}, {@code holiday_on_weekend}). Every year that appears is loaded.
     */
    public static WorkingCalendar fromRows(List<Map<String, String>> rows, String version) {
        Set<LocalDate> off = new HashSet<>();
        Set<LocalDate> extra = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        for (Map<String, String> row : rows) {
            LocalDate date = LocalDate.parse(row.get("date").trim());
            years.add(date.getYear());
            switch (row.get("kind").trim()) {
                case "day_off", "holiday_on_weekend" -> off.add(date);
                case "extra_workday" -> extra.add(date);
                default -> throw new IllegalArgumentException("unknown calendar kind '" + row.get("kind") + "' on " + date);
            }
        }
        return new WorkingCalendar(off, extra, years, version);
    }

    /** Identifies the data the calendar was built from (kept with every deadline computed on it). */
    public String version() {
        return version;
    }

    public Set<Integer> years() {
        return Set.copyOf(years);
    }

    public boolean covers(int year) {
        return years.contains(year);
    }

    public boolean isWorkingDay(LocalDate date) {
        if (!covers(date.getYear())) {
            throw new CalendarYearNotLoadedException(date.getYear());
        }
        if (extraWorkingDays.contains(date)) {
            return true;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !daysOff.contains(date);
    }

    /** The first working day strictly after the date. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** The first working day on or after the date. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        return isWorkingDay(date) ? date : nextWorkingDay(date);
    }

    /** The n-th working day strictly after the date (the date itself for n = 0). */
    public LocalDate addWorkingDays(LocalDate date, int n) {
        LocalDate day = date;
        for (int i = 0; i < n; i++) {
            day = nextWorkingDay(day);
        }
        return day;
    }

    /** How many working days lie in (from, to]: the inverse of {@link #addWorkingDays}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
