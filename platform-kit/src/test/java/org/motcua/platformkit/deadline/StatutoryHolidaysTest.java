package org.motcua.platformkit.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.motcua.platformkit.data.Csv;

/** The provisional days off from the law alone, against the official 2026 calendar and for 2027. */
class StatutoryHolidaysTest {

    @Test
    void theLawAloneGives2026sDaysOffButTheSwapTheNoticeAdded() {
        Set<LocalDate> official = Csv.readResource(DeadlineCalculatorProducer.CALENDAR_RESOURCE).stream()
                .filter(r -> r.get("date").startsWith("2026") && !r.get("kind").equals("extra_workday"))
                .map(r -> LocalDate.parse(r.get("date")))
                .filter(d -> d.getDayOfWeek().getValue() < 6) // a holiday on a Sunday is off anyway
                .collect(Collectors.toSet());
        Set<LocalDate> provisional = StatutoryHolidays.daysOff(2026).stream()
                .filter(d -> d.getDayOfWeek().getValue() < 6).collect(Collectors.toSet());
        assertThat(official).containsAll(provisional);
        assertThat(official).hasSize(provisional.size() + 1).contains(LocalDate.of(2026, 8, 31)); // swapped for 22/08
    }

    @Test
    void tet2027OnASaturdayIsMadeUpAfterTheBlock() {
        assertThat(StatutoryHolidays.daysOff(2027)).contains(
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 7), LocalDate.of(2027, 2, 8),
                LocalDate.of(2027, 2, 9), LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 11),
                LocalDate.of(2027, 4, 30), LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 3),
                LocalDate.of(2027, 9, 1), LocalDate.of(2027, 9, 2), LocalDate.of(2027, 11, 24))
                .doesNotContain(LocalDate.of(2027, 2, 4), LocalDate.of(2027, 2, 12));
    }
}
