package org.motcua.platformkit.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public sector's working days, as versioned data per year: weekends off, the days off the law and each
 * year's government notice fix, and the Saturdays worked in exchange (làm bù). A year whose notice is not loaded
 * never blocks a deadline and is never guessed silently: its days off come from the law alone
 * ({@link StatutoryHolidays}) and a deadline that reaches into it is marked provisional
 * ({@link #isProvisionalBetween}). Immutable: loading a year's notice gives a new calendar.
 */
public final class WorkingCalendar {

    /** One official year: its days off and its Saturdays worked. */
    public record OfficialYear(int year, Set<LocalDate> daysOff, Set<LocalDate> extraWorkingDays, String version) {

        public OfficialYear {
            daysOff = Set.copyOf(daysOff);
            extraWorkingDays = Set.copyOf(extraWorkingDays);
            for (LocalDate day : daysOff) {
                requireIn(year, day);
            }
            for (LocalDate day : extraWorkingDays) {
                requireIn(year, day);
            }
        }

        private static void requireIn(int year, LocalDate day) {
            if (day.getYear() != year) {
                throw new IllegalArgumentException(day + " is not in " + year);
            }
        }
    }

    private final Map<Integer, OfficialYear> official;
    private final String version;
    private final Map<Integer, Set<LocalDate>> provisional = new ConcurrentHashMap<>();

    private WorkingCalendar(Map<Integer, OfficialYear> official, String version) {
        this.official = Map.copyOf(official);
        this.version = version;
    }

    /** A calendar of the given official years. */
    public static WorkingCalendar of(List<OfficialYear> years, String version) {
        Map<Integer, OfficialYear> byYear = new HashMap<>();
        years.forEach(y -> byYear.put(y.year(), y));
        return new WorkingCalendar(byYear, version);
    }

    /**
     * Reads the calendar data ({@code date,weekday,kind,name,...}; kinds {@code day_off},
     * {@code extra_workday}, {@code holiday_on_weekend}). Every year that appears is official.
     */
    public static WorkingCalendar fromRows(List<Map<String, String>> rows, String version) {
        Map<Integer, Set<LocalDate>> off = new HashMap<>();
        Map<Integer, Set<LocalDate>> extra = new HashMap<>();
        for (Map<String, String> row : rows) {
            LocalDate date = LocalDate.parse(row.get("date").trim());
            off.computeIfAbsent(date.getYear(), y -> new HashSet<>());
            extra.computeIfAbsent(date.getYear(), y -> new HashSet<>());
            switch (row.get("kind").trim()) {
                case "day_off", "holiday_on_weekend" -> off.get(date.getYear()).add(date);
                case "extra_workday" -> extra.get(date.getYear()).add(date);
                default -> throw new IllegalArgumentException("unknown calendar kind '" + row.get("kind") + "' on " + date);
            }
        }
        Map<Integer, OfficialYear> years = new HashMap<>();
        off.forEach((year, days) -> years.put(year, new OfficialYear(year, days, extra.get(year), version)));
        return new WorkingCalendar(years, version);
    }

    /** This calendar with the year's official notice in place of what it had for that year. */
    public WorkingCalendar withOfficialYear(OfficialYear year) {
        Map<Integer, OfficialYear> years = new HashMap<>(official);
        years.put(year.year(), year);
        return new WorkingCalendar(years, version.replaceAll("\\+" + year.year() + "@[^+]*", "") + "+" + year.year() + "@"
                + year.version());
    }

    /** Identifies the data the calendar was built from (kept with every deadline computed on it). */
    public String version() {
        return version;
    }

    /** The years whose official notice is loaded. */
    public Set<Integer> officialYears() {
        return new TreeSet<>(official.keySet());
    }

    public boolean isOfficial(int year) {
        return official.containsKey(year);
    }

    /** The official notice of the year, if loaded. */
    public java.util.Optional<OfficialYear> officialYear(int year) {
        return java.util.Optional.ofNullable(official.get(year));
    }

    /** The days off of a year: the notice's, or the law's alone while the notice is not loaded. */
    public Set<LocalDate> daysOff(int year) {
        OfficialYear notice = official.get(year);
        return notice != null ? notice.daysOff() : provisional.computeIfAbsent(year, StatutoryHolidays::daysOff);
    }

    /** True if any day from {@code from} to {@code to} falls in a year whose notice is not loaded. */
    public boolean isProvisionalBetween(LocalDate from, LocalDate to) {
        for (int year = Math.min(from.getYear(), to.getYear()); year <= Math.max(from.getYear(), to.getYear()); year++) {
            if (!isOfficial(year)) {
                return true;
            }
        }
        return false;
    }

    public boolean isWorkingDay(LocalDate date) {
        OfficialYear notice = official.get(date.getYear());
        if (notice != null && notice.extraWorkingDays().contains(date)) {
            return true;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !daysOff(date.getYear()).contains(date);
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
