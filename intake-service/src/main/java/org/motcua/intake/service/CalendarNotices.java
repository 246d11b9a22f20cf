package org.motcua.intake.service;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.motcua.intake.domain.Dossier;
import org.motcua.intake.domain.DossierRepository;
import org.motcua.intake.publisher.CalendarEvents;
import org.motcua.platformkit.deadline.OfficialCalendars;
import org.motcua.platformkit.deadline.WorkingCalendar;
import org.motcua.platformkit.problem.FieldProblem;
import org.motcua.platformkit.problem.RuleViolationException;
import org.motcua.platformkit.transaction.AfterCompletion;
import org.motcua.platformkit.time.ProvinceTime;

/**
 * The official calendar of each year (lịch nghỉ lễ, làm bù): asks the province admins for a year's notice the
 * first time an appointment is counted without it, and loads a notice — in force at once, announced to the other
 * services, and every open dossier's provisional appointment counted again on it and announced when it moved.
 */
@ApplicationScoped
public class CalendarNotices {

    private static final Logger LOG = Logger.getLogger(CalendarNotices.class);

    private final OfficialCalendars calendars;
    private final DossierRepository dossiers;
    private final DossierDeadlines deadlines;
    private final CalendarEvents events;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;
    /** The years this instance knows were asked for (committed): no statement for them on later dossiers. */
    private final Set<Integer> requested = ConcurrentHashMap.newKeySet();

    CalendarNotices(OfficialCalendars calendars, DossierRepository dossiers, DossierDeadlines deadlines,
            CalendarEvents events, Clock clock, TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
        this.calendars = calendars;
        this.dossiers = dossiers;
        this.deadlines = deadlines;
        this.events = events;
        this.clock = clock;
    }

    /** A year's notice as an admin loads it. */
    public record Notice(int year, String notice, List<LocalDate> daysOff, List<LocalDate> extraWorkingDays) {
    }

    /** What loading a notice changed: dossiers whose appointment was counted again, and of those how many moved. */
    public record Loaded(int recounted, int moved) {
    }

    /** A year as the platform counts it: official (its notice) or provisional (the law's days off). */
    public record Year(int year, boolean official, String notice, List<LocalDate> daysOff, List<LocalDate> extraWorkingDays) {
    }

    /** Called in the transaction that stores a dossier whose appointment is provisional: asks for the notice once. */
    public void provisionalAppointment(Dossier dossier) {
        WorkingCalendar calendar = calendars.get();
        int from = ProvinceTime.localDate(dossier.submittedAt()).getYear();
        int to = ProvinceTime.localDate(dossier.dueAt()).getYear();
        for (int year = from; year <= to; year++) {
            if (!calendar.isOfficial(year) && !requested.contains(year)) {
                if (dossiers.requestCalendarNotice(year, dossier.code(), clock.instant())) {
                    events.noticeNeeded(year, dossier.code(), clock.instant());
                    LOG.warnf("the official calendar of %d is not loaded: appointments into it are provisional; the"
                            + " province admins were asked to load it", year);
                }
                int asked = year;
                transactions.registerInterposedSynchronization(AfterCompletion.onCommit(() -> requested.add(asked)));
            }
        }
    }

    @Transactional
    public Year year(int year) {
        requireYear(year);
        WorkingCalendar calendar = calendars.get();
        String notice = calendars.notices().stream().filter(n -> n.year() == year).map(OfficialCalendars.Notice::notice)
                .findFirst().orElse(calendar.isOfficial(year) ? "Dữ liệu lịch kèm theo hệ thống" : null);
        List<LocalDate> extra = calendar.officialYear(year).map(y -> new TreeSet<>(y.extraWorkingDays()))
                .map(List::copyOf).orElse(List.of());
        return new Year(year, calendar.isOfficial(year), notice, List.copyOf(new TreeSet<>(calendar.daysOff(year))), extra);
    }

    /** Loads a year's official notice (in place of an earlier one) and counts the provisional appointments again. */
    @Transactional
    public Loaded load(Notice notice, String actor) {
        check(notice);
        Instant now = clock.instant();
        OfficialCalendars.Change change = calendars.load(new OfficialCalendars.Notice(notice.year(), notice.notice().trim(),
                Set.copyOf(notice.daysOff()), Set.copyOf(notice.extraWorkingDays())), actor);
        events.yearPublished(notice.year(), notice.notice().trim(), sorted(notice.daysOff()),
                sorted(notice.extraWorkingDays()), now);
        int recounted = 0;
        int moved = 0;
        String reason = "Tỉnh đã công bố lịch nghỉ lễ chính thức năm " + notice.year() + " (" + notice.notice().trim()
                + "); ngày hẹn được tính lại theo lịch này";
        for (Dossier dossier : dossiers.openWithProvisionalDeadline()) {
            var unit = deadlines.calculatorAt(dossier.receivingUnitCode());
            recounted++;
            var previous = dossier.recountDeadline(unit.on(change.before()), unit.on(change.after()));
            if (previous.isPresent()) {
                moved++;
                events.appointmentChanged(dossier, previous.get(), reason, now);
            }
        }
        LOG.infof("official calendar of %d loaded by %s: %d provisional appointments counted again, %d moved",
                notice.year(), actor, recounted, moved);
        return new Loaded(recounted, moved);
    }

    private static void check(Notice notice) {
        requireYear(notice.year());
        List<FieldProblem> problems = new ArrayList<>();
        if (notice.daysOff().stream().noneMatch(d -> d.getMonthValue() == 1 && d.getDayOfMonth() == 1)) {
            problems.add(new FieldProblem("daysOff", "thiếu ngày Tết Dương lịch 01/01/" + notice.year()));
        }
        notice.daysOff().stream().filter(d -> d.getYear() != notice.year()).findFirst().ifPresent(d -> problems.add(
                new FieldProblem("daysOff", "ngày " + ProvinceTime.DATE.format(d) + " không thuộc năm " + notice.year())));
        notice.extraWorkingDays().stream().filter(d -> d.getYear() != notice.year()).findFirst().ifPresent(d -> problems.add(
                new FieldProblem("extraWorkingDays", "ngày " + ProvinceTime.DATE.format(d) + " không thuộc năm " + notice.year())));
        notice.extraWorkingDays().stream()
                .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY).findFirst()
                .ifPresent(d -> problems.add(new FieldProblem("extraWorkingDays",
                        "ngày làm bù " + ProvinceTime.DATE.format(d) + " không phải thứ Bảy hoặc Chủ nhật")));
        notice.extraWorkingDays().stream().filter(notice.daysOff()::contains).findFirst().ifPresent(d -> problems.add(
                new FieldProblem("extraWorkingDays", "ngày " + ProvinceTime.DATE.format(d) + " vừa là ngày nghỉ vừa là ngày làm bù")));
        if (!problems.isEmpty()) {
            throw new RuleViolationException("bad-calendar", "Lịch năm không hợp lệ", problems);
        }
    }

    private static void requireYear(int year) {
        if (year < 2000 || year > 2199) {
            throw new RuleViolationException("bad-calendar", "Lịch năm không hợp lệ",
                    List.of(new FieldProblem("year", "năm từ 2000 đến 2199")));
        }
    }

    private static List<LocalDate> sorted(List<LocalDate> days) {
        return List.copyOf(new TreeSet<>(days));
    }
}
