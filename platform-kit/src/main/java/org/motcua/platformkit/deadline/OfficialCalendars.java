package org.motcua.platformkit.deadline;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;
import org.motcua.platformkit.data.Digests;
import org.motcua.platformkit.transaction.AfterCompletion;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;

/**
 * The working calendar in force: the data shipped with the platform, with the official notices loaded while it
 * runs ({@code calendar_year}) in place of the law's provisional days. A notice loaded in this instance is in force
 * here when its transaction commits; the other instances read the table again at most {@link #REFRESH} later.
 */
@ApplicationScoped
public class OfficialCalendars implements Supplier<WorkingCalendar> {

    /** How old the calendar an instance counts on may be (notices arrive a few times a year). */
    public static final Duration REFRESH = Duration.ofSeconds(30);

    private static final Logger LOG = Logger.getLogger(OfficialCalendars.class);

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private final Clock clock;
    private final WorkingCalendar bundled = DeadlineCalculatorProducer.bundledCalendar();
    private final AtomicBoolean reading = new AtomicBoolean();
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "calendar-reader");
        thread.setDaemon(true);
        return thread;
    });
    private volatile WorkingCalendar current = bundled;
    private volatile Instant readAt;

    OfficialCalendars(EntityManager entityManager, TransactionSynchronizationRegistry transactions, Clock clock) {
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A year's official notice, as loaded. */
    public record Notice(int year, String notice, Set<LocalDate> daysOff, Set<LocalDate> extraWorkingDays) {

        WorkingCalendar.OfficialYear toYear() {
            String content = notice + daysOff.stream().sorted().toList() + extraWorkingDays.stream().sorted().toList();
            return new WorkingCalendar.OfficialYear(year, daysOff, extraWorkingDays,
                    Digests.sha256Hex(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 12));
        }
    }

    void stop(@Observes(notifyObserver = Reception.IF_EXISTS) ShutdownEvent shutdown) {
        reader.shutdownNow();
    }

    /**
     * The calendar in force: read from the database on first use (services that count no deadline never read it), then
     * again in the background when older than {@link #REFRESH}.
     */
    @Override
    public WorkingCalendar get() {
        if (readAt == null) {
            synchronized (this) {
                if (readAt == null) {
                    readOrKeep();
                }
            }
        } else if (clock.instant().isAfter(readAt.plus(REFRESH)) && reading.compareAndSet(false, true)) {
            reader.execute(() -> {
                try {
                    readOrKeep();
                } finally {
                    reading.set(false);
                }
            });
        }
        return current;
    }

    private void readOrKeep() {
        try {
            read();
        } catch (RuntimeException e) {
            readAt = clock.instant(); // tried again after REFRESH
            LOG.warnf("the official calendars could not be read (%s); the last ones stay in force",
                    e.getClass().getSimpleName());
        }
    }

    /**
     * Keeps a year's notice (in place of an earlier one of that year), in force here when the caller's transaction
     * commits. Returns the calendar before and after it, to count the deadlines it changes again.
     */
    public Change load(Notice notice, String loadedBy) {
        WorkingCalendar before = get();
        WorkingCalendar after = before.withOfficialYear(notice.toYear());
        entityManager.createNativeQuery("""
                INSERT INTO calendar_year (year, notice, days_off, extra_working_days, loaded_at, loaded_by)
                VALUES (:year, :notice, :off, :extra, :at, :by)
                ON CONFLICT (year) DO UPDATE SET notice = EXCLUDED.notice, days_off = EXCLUDED.days_off,
                    extra_working_days = EXCLUDED.extra_working_days, loaded_at = EXCLUDED.loaded_at,
                    loaded_by = EXCLUDED.loaded_by""")
                .setParameter("year", notice.year())
                .setParameter("notice", notice.notice())
                .setParameter("off", dates(notice.daysOff()))
                .setParameter("extra", dates(notice.extraWorkingDays()))
                .setParameter("at", clock.instant())
                .setParameter("by", loadedBy)
                .executeUpdate();
        transactions.registerInterposedSynchronization(
                AfterCompletion.onCommit(() -> current = current.withOfficialYear(notice.toYear())));
        return new Change(before, after);
    }

    /** The calendar before and after a notice was loaded. */
    public record Change(WorkingCalendar before, WorkingCalendar after) {
    }

    /** The notices kept in this service's database. */
    @SuppressWarnings("unchecked")
    public List<Notice> notices() {
        return ((List<Object[]>) entityManager.createNativeQuery(
                "SELECT year, notice, days_off, extra_working_days FROM calendar_year ORDER BY year").getResultList())
                .stream().map(r -> new Notice(((Number) r[0]).intValue(), (String) r[1], localDates(r[2]), localDates(r[3])))
                .toList();
    }

    private void read() {
        List<Notice> notices = QuarkusTransaction.requiringNew().call(this::notices);
        WorkingCalendar calendar = bundled;
        for (Notice notice : notices) {
            calendar = calendar.withOfficialYear(notice.toYear());
        }
        current = calendar;
        readAt = clock.instant();
    }

    private static Date[] dates(Set<LocalDate> days) {
        return days.stream().sorted().map(Date::valueOf).toArray(Date[]::new);
    }

    private static Set<LocalDate> localDates(Object column) {
        Object[] values = (Object[]) column;
        return Arrays.stream(values).map(v -> v instanceof Date d ? d.toLocalDate() : LocalDate.parse(v.toString()))
                .collect(Collectors.toSet());
    }
}
