package org.motcua.platformkit.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the deadline engine over the loaded years (receipts in 2025 up to late 2026). */
class DeadlinePropertiesTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDateTime FIRST = LocalDateTime.of(2025, 1, 1, 0, 0);
    private final DeadlineCalculator calculator = new DeadlineCalculator(DeadlineCalculatorProducer.bundledCalendar(),
            OfficeHours.DEFAULT, VN);

    @Property
    void aDueDateIsNeverADayOff(@ForAll("receipts") Instant received, @ForAll("legalTimes") LegalTime legalTime) {
        LocalDate due = LocalDateTime.ofInstant(calculator.due(received, legalTime), VN).toLocalDate();
        assertThat(calculator.calendar().isWorkingDay(due)).isTrue();
    }

    @Property
    void aDueDateIsNeverBeforeTheReceipt(@ForAll("receipts") Instant received, @ForAll("legalTimes") LegalTime legalTime) {
        assertThat(calculator.due(received, legalTime)).isAfter(received);
    }

    @Property
    void aStopNeverShortensADeadline(@ForAll("receipts") Instant received, @ForAll("legalTimes") LegalTime legalTime,
            @ForAll @IntRange(min = 0, max = 20 * 24 * 60) int stopAfterMinutes,
            @ForAll @IntRange(min = 0, max = 10 * 24 * 60) int stoppedForMinutes) {
        Deadline deadline = Deadline.start(received, legalTime, calculator);
        Instant stop = received.plusSeconds(stopAfterMinutes * 60L);
        Instant restart = stop.plusSeconds(stoppedForMinutes * 60L);
        Deadline restarted = deadline.stop(stop, calculator).restart(restart, calculator);
        assertThat(restarted.due()).isAfterOrEqualTo(deadline.due());
    }

    @Property
    void addingWorkingDaysThenCountingThemBackGivesTheSameNumber(@ForAll("days") LocalDate day,
            @ForAll @IntRange(min = 0, max = 30) int n) {
        LocalDate later = calculator.calendar().addWorkingDays(day, n);
        assertThat(calculator.calendar().workingDaysBetween(day, later)).isEqualTo(n);
    }

    @Property
    void workingMinutesAddedThenMeasuredGiveTheSameNumber(@ForAll("receipts") Instant from,
            @ForAll @IntRange(min = 1, max = 10 * 480) int minutes) {
        Instant to = calculator.addWorkingMinutes(from, minutes);
        assertThat(calculator.workingMinutesBetween(from, to)).isEqualTo(minutes);
    }

    @Property
    void addingWorkingDaysOverYearsOfBacklogLandsWhereWalkingDayByDayDoes(@ForAll("days") LocalDate day,
            @ForAll @IntRange(min = 0, max = 1500) int n) {
        WorkingCalendar calendar = calculator.calendar();
        LocalDate walked = day;
        for (int i = 0; i < n; i++) {
            walked = walked.plusDays(1);
            while (!calendar.isWorkingDay(walked)) {
                walked = walked.plusDays(1);
            }
        }
        assertThat(calendar.addWorkingDays(day, n)).isEqualTo(walked);
    }

    @Property
    void countingWorkingDaysAcrossYearsAgreesWithCountingDayByDay(@ForAll("days") LocalDate from,
            @ForAll @IntRange(min = -40, max = 2200) int span) {
        LocalDate to = from.plusDays(span);
        int counted = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            counted += calculator.calendar().isWorkingDay(day) ? 1 : 0;
        }
        assertThat(calculator.calendar().workingDaysBetween(from, to)).isEqualTo(counted);
    }

    @Property
    void aBacklogsWorkingMinutesAddedThenMeasuredGiveTheSameNumber(@ForAll("receipts") Instant from,
            @ForAll @IntRange(min = 1, max = 1000 * 480) int minutes) {
        Instant to = calculator.addWorkingMinutes(from, minutes);
        assertThat(calculator.workingMinutesBetween(from, to)).isEqualTo(minutes);
        assertThat(calculator.calendar().isWorkingDay(LocalDateTime.ofInstant(to, VN).toLocalDate())).isTrue();
    }

    @Provide
    Arbitrary<Instant> receipts() {
        // Up to 30/10/2026, so that the longest legal times generated stay inside the loaded years.
        return Arbitraries.longs().between(0, 668L * 24 * 60).map(m -> FIRST.plusMinutes(m).atZone(VN).toInstant());
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 660).map(d -> LocalDate.of(2025, 1, 1).plusDays(d));
    }

    @Provide
    Arbitrary<LegalTime> legalTimes() {
        return Combinators.combine(Arbitraries.integers().between(0, 30), Arbitraries.of(LegalTimeUnit.class))
                .as(LegalTime::new);
    }
}
