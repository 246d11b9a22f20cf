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
    /**
     * Per year, how many working days it has up to each day: {@code [d]} counts days 1..d of the year ({@code [0]}
     * is 0, the last is the year's total). Built once per year on first use, so that counting and adding working
     * days over years of backlog is a subtraction and a binary search, not a walk day by day.
     */
    private final Map<Integer, int[]> workingDaysThrough = new ConcurrentHashMap<>();

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
        int[] through = yearIndex(date.getYear());
        return through[date.getDayOfYear()] > through[date.getDayOfYear() - 1];
    }

    private int[] yearIndex(int year) {
        return workingDaysThrough.computeIfAbsent(year, y -> {
            LocalDate first = LocalDate.ofYearDay(y, 1);
            int[] through = new int[first.lengthOfYear() + 1];
            for (int d = 1; d < through.length; d++) {
                through[d] = through[d - 1] + (workingDayByRule(first.plusDays(d - 1L)) ? 1 : 0);
            }
            return through;
        });
    }

    /** Working by the rules: the year's notice (or the law alone), weekends, the Saturdays worked in exchange. */
    private boolean workingDayByRule(LocalDate date) {
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
        if (n <= 0) {
            return date;
        }
        int year = date.getYear();
        int[] through = yearIndex(year);
        long wanted = (long) through[date.getDayOfYear()] + n; // counted from the 1st of January of `year`
        while (wanted > through[through.length - 1]) {
            wanted -= through[through.length - 1];
            through = yearIndex(++year);
        }
        int low = 1;
        int high = through.length - 1;
        while (low < high) { // the first day of the year through which `wanted` working days have passed
            int middle = (low + high) >>> 1;
            if (through[middle] >= wanted) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return LocalDate.ofYearDay(year, low);
    }

    /** How many working days lie in (from, to]: the inverse of {@link #addWorkingDays}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        int count = yearIndex(to.getYear())[to.getDayOfYear()] - yearIndex(from.getYear())[from.getDayOfYear()];
        for (int year = from.getYear(); year < to.getYear(); year++) {
            int[] through = yearIndex(year);
            count += through[through.length - 1];
        }
        return count;
    }
}
