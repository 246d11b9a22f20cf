package org.motcua.platformkit.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The days off of a year as the law fixes them before the year's government notice: the provisional calendar of
 * a year that is not loaded yet. Labour Code 2019 art. 112: 1 January; five days of Tết (the last day of the lunar
 * year and the first four of the new one, as the 2026 notice chose); Hùng Kings day (10th of the 3rd lunar month);
 * 30 April; 1 May; 2 September and the day before it (as the 2025 and 2026 notices chose). Art. 111.3: a holiday
 * on a weekend is made up on the next working day. Ngày Văn hóa Việt Nam (24 November, from 2026, Resolution
 * 28/2026/QH16) is a day off outside art. 112, without the make-up. The notice may move days and swap Saturdays:
 * that is why deadlines computed on these days are marked provisional.
 */
public final class StatutoryHolidays {

    private static final int CULTURE_DAY_SINCE = 2026;

    private StatutoryHolidays() {
    }

    /** The provisional days off of the year. */
    public static Set<LocalDate> daysOff(int year) {
        LocalDate tet = LunarCalendar.newYear(year);
        List<LocalDate> holidays = new ArrayList<>(List.of(LocalDate.of(year, 1, 1), tet.minusDays(1), tet, tet.plusDays(1),
                tet.plusDays(2), tet.plusDays(3), LunarCalendar.toSolar(year, 3, 10), LocalDate.of(year, 4, 30),
                LocalDate.of(year, 5, 1), LocalDate.of(year, 9, 1), LocalDate.of(year, 9, 2)));
        TreeSet<LocalDate> off = new TreeSet<>(holidays);
        holidays.sort(null);
        for (LocalDate holiday : holidays) {
            if (weekend(holiday)) {
                LocalDate makeUp = holiday.plusDays(1);
                while (weekend(makeUp) || off.contains(makeUp)) {
                    makeUp = makeUp.plusDays(1);
                }
                off.add(makeUp);
            }
        }
        if (year >= CULTURE_DAY_SINCE) {
            off.add(LocalDate.of(year, 11, 24));
        }
        return off;
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
