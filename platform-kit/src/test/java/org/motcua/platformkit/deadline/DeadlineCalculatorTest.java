package org.motcua.platformkit.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.motcua.platformkit.problem.ConflictException;

/** Real cases across Tết 2026, the Hùng Kings make-up day and the swapped Saturday of August 2026. */
class DeadlineCalculatorTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private final DeadlineCalculator calculator = new DeadlineCalculator(DeadlineCalculatorProducer.bundledCalendar(),
            OfficeHours.DEFAULT, VN);

    @ParameterizedTest(name = "{0} + {1} {2} → {3}")
    @CsvSource({
            // received (local),  amount, unit,           due (local)
            "2026-02-13T10:00,    3, WORKING_DAYS,  2026-02-25T17:00",  // Tết 16–20/02 and the weekend skipped
            "2026-02-12T09:00,    1, WORKING_DAYS,  2026-02-13T17:00",
            "2026-02-13T14:59,    0, SAME_DAY,      2026-02-13T17:00",  // before the 15:00 cut-off
            "2026-02-13T15:00,    0, SAME_DAY,      2026-02-23T17:00",  // from 15:00: next working day
            "2026-02-13T15:01,    0, SAME_DAY,      2026-02-23T17:00",  // after it: next working day, after Tết
            "2026-02-14T09:00,    0, SAME_DAY,      2026-02-23T17:00",  // a Saturday
            "2026-08-21T09:00,    1, WORKING_DAYS,  2026-08-22T17:00",  // Saturday 22/8 is worked (làm bù)
            "2026-08-28T09:00,    2, WORKING_DAYS,  2026-09-04T17:00",  // 31/8, 1/9, 2/9 off
            "2026-04-23T14:00,    8, WORKING_HOURS, 2026-04-24T17:00",  // from 08:00 of the next working day
            "2026-04-24T10:00,    8, WORKING_HOURS, 2026-04-28T17:00",  // Sunday holiday made up on Monday 27/4
            "2026-04-24T10:00,   12, WORKING_HOURS, 2026-04-29T12:00",
            "2026-02-06T10:00,   10, CALENDAR_DAYS, 2026-02-23T17:00",  // 16/02 falls in Tết: next working day
            "2026-03-02T08:30,   15, CALENDAR_DAYS, 2026-03-17T17:00",
            "2025-01-24T16:00,    5, WORKING_DAYS,  2025-02-07T17:00",  // Tết 2025: 27–31/01
            "2025-04-25T10:00,    1, WORKING_DAYS,  2025-04-26T17:00",  // Saturday 26/4/2025 is worked
    })
    void dueDatesOfRealCases(String received, int amount, LegalTimeUnit unit, String due) {
        Instant at = LocalDateTime.parse(received).atZone(VN).toInstant();
        assertThat(LocalDateTime.ofInstant(calculator.due(at, new LegalTime(amount, unit)), VN))
                .isEqualTo(LocalDateTime.parse(due));
    }

    @Test
    void aDeadlineIntoAYearWithoutItsNoticeIsCountedOnTheLawsDaysOffAndMarkedProvisional() {
        // received Monday 07/12/2026, 30 working days: into January 2027, whose notice is not loaded
        Deadline deadline = Deadline.start(local("2026-12-07T09:00"), LegalTime.workingDays(30), calculator);
        assertThat(deadline.provisional()).isTrue();
        // 18 working days left in December 2026, 1 January 2027 off by law: the 30th working day is 19/01/2027
        assertThat(LocalDateTime.ofInstant(deadline.due(), VN)).isEqualTo(LocalDateTime.parse("2027-01-19T17:00"));
        Deadline within2026 = Deadline.start(local("2026-12-07T09:00"), LegalTime.workingDays(5), calculator);
        assertThat(within2026.provisional()).isFalse();
        // Tết 2027 from the lunar calendar: 05/02 to 11/02 off (two days made up for Saturday and Sunday)
        assertThat(LocalDateTime.ofInstant(calculator.due(local("2027-02-04T09:00"), LegalTime.workingDays(1)), VN))
                .isEqualTo(LocalDateTime.parse("2027-02-12T17:00"));
    }

    @Test
    void theYearsNoticeReplacesTheLawsDaysAndTheDeadlineIsCountedAgain() {
        Deadline provisional = Deadline.start(local("2026-12-07T09:00"), LegalTime.workingDays(30), calculator);
        // the notice gives 04/01/2027 off as well (a Monday): one working day later, no longer provisional
        WorkingCalendar notice = calculator.calendar().withOfficialYear(new WorkingCalendar.OfficialYear(2027,
                java.util.Set.of(java.time.LocalDate.of(2027, 1, 1), java.time.LocalDate.of(2027, 1, 4)), java.util.Set.of(),
                "TB 1/2026"));
        DeadlineCalculator after = calculator.on(notice);
        Deadline recounted = provisional.recountedOn(calculator, after);
        assertThat(recounted.provisional()).isFalse();
        assertThat(LocalDateTime.ofInstant(recounted.due(), VN)).isEqualTo(LocalDateTime.parse("2027-01-20T17:00"));
        assertThat(recounted.calendarVersion()).contains("+2027@TB 1/2026");
        // an extended date was set by a person: it stays
        Deadline extended = provisional.extend(local("2027-02-26T17:00"));
        assertThat(extended.recountedOn(calculator, after)).isEqualTo(extended);
    }

    @Test
    void stoppingForSupplementationMovesTheDeadlineByTheTimeStopped() {
        Instant received = local("2026-03-02T09:00");                       // Monday
        Deadline deadline = Deadline.start(received, LegalTime.workingDays(5), calculator);
        assertThat(LocalDateTime.ofInstant(deadline.due(), VN)).isEqualTo(LocalDateTime.parse("2026-03-09T17:00"));

        Deadline stopped = deadline.stop(local("2026-03-04T10:00"), calculator);   // Wednesday 10:00
        Deadline restarted = stopped.restart(local("2026-03-11T10:00"), calculator); // a week later
        assertThat(LocalDateTime.ofInstant(restarted.due(), VN)).isEqualTo(LocalDateTime.parse("2026-03-16T17:00"));
        assertThat(restarted.stopped()).isFalse();
    }

    @Test
    void theDeadlineMayBeExtendedOnlyOnceAndOnlyToALaterDate() {
        Deadline deadline = Deadline.start(local("2026-03-02T09:00"), LegalTime.workingDays(5), calculator);
        assertThatThrownBy(() -> deadline.extend(deadline.due().minusSeconds(60))).isInstanceOf(ConflictException.class);
        Deadline extended = deadline.extend(local("2026-03-12T17:00"));
        assertThat(extended.extended()).isTrue();
        assertThatThrownBy(() -> extended.extend(local("2026-03-20T17:00")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("một lần");
    }

    @Test
    void workingMinutesSkipLunchNightsAndDaysOff() {
        assertThat(calculator.workingMinutesBetween(local("2026-03-02T11:00"), local("2026-03-02T14:00"))).isEqualTo(120);
        assertThat(calculator.workingMinutesBetween(local("2026-02-13T16:00"), local("2026-02-23T09:00"))).isEqualTo(120);
        assertThat(calculator.addWorkingMinutes(local("2026-02-13T16:00"), 120)).isEqualTo(local("2026-02-23T09:00"));
    }

    @Test
    void aUnitsOwnOfficeHoursSetItsCutOffAndItsWorkingHours() {
        // a commune open 07:30–11:30 and 13:30–17:00, taking same-day papers until 16:00
        OfficeHours commune = new OfficeHours(LocalTime.of(7, 30), LocalTime.of(11, 30), LocalTime.of(13, 30),
                LocalTime.of(17, 0), LocalTime.of(16, 0));
        DeadlineCalculator unit = calculator.withOfficeHours(commune);

        assertThat(LocalDateTime.ofInstant(unit.due(local("2026-03-02T15:30"), LegalTime.sameDay()), VN))
                .isEqualTo(LocalDateTime.parse("2026-03-02T17:00"));
        assertThat(LocalDateTime.ofInstant(calculator.due(local("2026-03-02T15:30"), LegalTime.sameDay()), VN))
                .isEqualTo(LocalDateTime.parse("2026-03-03T17:00"));
        // 8 working hours from 07:30 of the next working day: 4 in the morning, 3.5 in the afternoon, 0.5 the day after
        assertThat(LocalDateTime.ofInstant(unit.due(local("2026-03-02T10:00"), LegalTime.workingHours(8)), VN))
                .isEqualTo(LocalDateTime.parse("2026-03-04T08:00"));
        assertThat(calculator.withOfficeHours(OfficeHours.DEFAULT)).isSameAs(calculator);
    }

    @Test
    void officeHoursMustBeOrderedAndHoldTheirCutOff() {
        assertThatThrownBy(() -> new OfficeHours(LocalTime.of(8, 0), LocalTime.of(12, 0), LocalTime.of(11, 0),
                LocalTime.of(17, 0), LocalTime.of(15, 0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OfficeHours(LocalTime.of(8, 0), LocalTime.of(12, 0), LocalTime.of(13, 0),
                LocalTime.of(17, 0), LocalTime.of(18, 0))).isInstanceOf(IllegalArgumentException.class);
    }

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(VN).toInstant();
    }
}
