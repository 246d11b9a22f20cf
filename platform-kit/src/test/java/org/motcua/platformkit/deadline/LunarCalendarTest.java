package org.motcua.platformkit.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The lunar calendar at UTC+7 against the dates Vietnam kept (and where China's calendar, at UTC+8, differs). */
class LunarCalendarTest {

    @Test
    void tetFallsOnTheDatesVietnamKept() {
        assertThat(LunarCalendar.newYear(2025)).isEqualTo(LocalDate.of(2025, 1, 29));
        assertThat(LunarCalendar.newYear(2026)).isEqualTo(LocalDate.of(2026, 2, 17));
        assertThat(LunarCalendar.newYear(2027)).isEqualTo(LocalDate.of(2027, 2, 6));
        assertThat(LunarCalendar.newYear(2024)).isEqualTo(LocalDate.of(2024, 2, 10));
        assertThat(LunarCalendar.newYear(2023)).isEqualTo(LocalDate.of(2023, 1, 22));
        assertThat(LunarCalendar.newYear(2020)).isEqualTo(LocalDate.of(2020, 1, 25));
    }

    @Test
    void theTimeZoneDecidesTheDayAsIn2007And1985() {
        // China (UTC+8) kept 18/02/2007 and 20/02/1985: a new moon shortly before midnight in Vietnam
        assertThat(LunarCalendar.newYear(2007)).isEqualTo(LocalDate.of(2007, 2, 17));
        assertThat(LunarCalendar.newYear(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
    }

    @Test
    void hungKingsDayIsTheTenthOfTheThirdMonthAfterALeapSecondOrFourthMonth() {
        assertThat(LunarCalendar.toSolar(2025, 3, 10)).isEqualTo(LocalDate.of(2025, 4, 7));
        assertThat(LunarCalendar.toSolar(2026, 3, 10)).isEqualTo(LocalDate.of(2026, 4, 26));
        assertThat(LunarCalendar.toSolar(2024, 3, 10)).isEqualTo(LocalDate.of(2024, 4, 18));
        assertThat(LunarCalendar.toSolar(2023, 3, 10)).isEqualTo(LocalDate.of(2023, 4, 29)); // leap 2nd month in 2023
        assertThat(LunarCalendar.toSolar(2020, 3, 10)).isEqualTo(LocalDate.of(2020, 4, 2)); // leap 4th month in 2020
    }

    @Test
    void aLeapYearHasThirteenMonthsAndANormalYearTwelve() {
        assertThat(LunarCalendar.monthsAfterSolstice(2022)).hasSize(12).filteredOn(LunarCalendar.Month::leap).singleElement()
                .extracting(LunarCalendar.Month::number).isEqualTo(2);
        assertThat(LunarCalendar.monthsAfterSolstice(2024)).hasSize(12).filteredOn(LunarCalendar.Month::leap).singleElement()
                .extracting(LunarCalendar.Month::number).isEqualTo(6); // Ất Tỵ had a leap 6th month
        assertThat(LunarCalendar.monthsAfterSolstice(2025)).hasSize(11).noneMatch(LunarCalendar.Month::leap);
    }
}
