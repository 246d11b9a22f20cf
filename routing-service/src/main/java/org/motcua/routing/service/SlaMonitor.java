package org.motcua.routing.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;
import org.motcua.platformkit.deadline.DeadlineCalculator;
import org.motcua.platformkit.time.ProvinceTime;
import org.motcua.routing.domain.Assignment;
import org.motcua.routing.domain.AssignmentRepository;
import org.motcua.routing.domain.policy.Forecast;
import org.motcua.routing.domain.policy.Risk;
import org.motcua.routing.domain.policy.UnitLoad;
import org.motcua.routing.publisher.RoutingEvents;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The SLA monitor. Every minute it reviews each unit's queue (one transaction per unit): forecasts every
 * dossier from the work of its field ahead of it and the unit's officer hours (from one light statement; only the
 * dossiers whose state would change, or that it may move or apologise for, are loaded); announces a dossier at risk
 * once; moves a pooled dossier nobody has started to the commune that would finish it in time (once per
 * dossier, so nothing ping-pongs); when no unit can, makes the apology with a new date once (Mẫu 04),
 * while it is still at least a working day before the appointment where possible; announces overdue
 * dossiers once. Several instances may run it: a unit is reviewed by whoever takes its advisory lock.
 */
@ApplicationScoped
public class SlaMonitor {

    private static final Logger LOG = Logger.getLogger(SlaMonitor.class);
    /** The apology is made when less than this many working days are left (and at least one, if possible). */
    static final double APOLOGY_WITHIN_DAYS = 2.0;
    private static final long LOCK_NAMESPACE = 0x534c41L << 32; // "SLA"

    private final AssignmentRepository assignments;
    private final CapacityService capacity;
    private final StepRecorder recorder;
    private final RoutingEvents events;
    private final UnitCalendars calendars;
    private final EntityManager entityManager;
    private final Clock clock;
    private final Timer passes;

    @SuppressWarnings("java:S107")
    SlaMonitor(AssignmentRepository assignments, CapacityService capacity, StepRecorder recorder, RoutingEvents events,
            UnitCalendars calendars, EntityManager entityManager, Clock clock, MeterRegistry registry) {
        this.assignments = assignments;
        this.capacity = capacity;
        this.recorder = recorder;
        this.events = events;
        this.calendars = calendars;
        this.entityManager = entityManager;
        this.clock = clock;
        this.passes = Timer.builder("motcua.sla.pass")
                .description("How long the SLA monitor's pass over every queue took").register(registry);
    }

    /** What a pass did. */
    public record Pass(int units, int reviewed, int atRisk, int rebalanced, int extended, int overdue) {
        Pass plus(Pass other) {
            return new Pass(units + other.units, reviewed + other.reviewed, atRisk + other.atRisk,
                    rebalanced + other.rebalanced, extended + other.extended, overdue + other.overdue);
        }
    }

    @Scheduled(every = "${motcua.sla.every:60s}", delayed = "${motcua.sla.delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "sla-monitor")
    void everyMinute() {
        Pass pass = passes.record(this::run);
        if (pass.atRisk() + pass.rebalanced() + pass.extended() + pass.overdue() > 0) {
            LOG.infof("SLA monitor: %s", pass);
        }
    }

    /** One pass over every unit with work. */
    public Pass run() {
        Instant now = clock.instant();
        Pass total = new Pass(0, 0, 0, 0, 0, 0);
        for (String unit : QuarkusTransaction.requiringNew().call(assignments::unitsWithQueues)) {
            total = total.plus(QuarkusTransaction.requiringNew().call(() -> review(unit, now)));
        }
        return total;
    }

    /** Reviews one unit's queue now, in its own transaction. */
    public Pass reviewUnit(String unitCode) {
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew().call(() -> review(unitCode, now));
    }

    private Pass review(String unitCode, Instant now) {
        Boolean mine = (Boolean) entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(:key)")
                .setParameter("key", LOCK_NAMESPACE | (unitCode.hashCode() & 0xffffffffL)).getSingleResult();
        if (!Boolean.TRUE.equals(mine)) {
            return new Pass(0, 0, 0, 0, 0, 0); // another instance reviews this unit now
        }
        LocalDate today = ProvinceTime.localDate(now);
        DeadlineCalculator calculator = calendars.at(unitCode);
        Map<String, Double> hoursByField = new HashMap<>();
        int reviewed = 0;
        int atRisk = 0;
        int rebalanced = 0;
        int extended = 0;
        int overdue = 0;
        // a look at every queued dossier from one light statement; only those the look says need more are loaded
        Map<UUID, Forecast> needMore = new LinkedHashMap<>();
        for (AssignmentRepository.Watched w : assignments.watchedQueueOf(unitCode)) {
            double hours = hoursByField.computeIfAbsent(w.field(), f -> capacity.staffHoursPerDay(unitCode, f, today));
            Forecast forecast = Forecast.of(now, w.dueAt(), w.workThroughHours(), hours, calculator);
            reviewed++;
            boolean mayAct = forecast.risk() == Risk.AT_RISK
                    && (w.pooled() || (!w.sla().apologised() && apologyDue(forecast, calculator)));
            if (mayAct || w.sla().wouldChange(forecast, w.dueAt(), now)) {
                needMore.put(w.dossierId(), forecast);
            }
        }
        Map<UUID, Assignment> loaded = assignments.byDossierIds(needMore.keySet());
        for (Map.Entry<UUID, Forecast> entry : needMore.entrySet()) {
            Assignment a = loaded.get(entry.getKey());
            Forecast forecast = entry.getValue();
            if (a == null || !a.inQueue() || !unitCode.equals(a.processingUnitCode())) {
                continue; // left the queue since the look (decided, withdrawn, transferred)
            }
            if (a.reviewed(forecast, now)) {
                events.deadlineAtRisk(a);
                atRisk++;
            }
            if (a.overdue(now)) {
                events.overdue(a);
                overdue++;
                continue;
            }
            if (forecast.risk() != Risk.AT_RISK) {
                continue;
            }
            if (a.rebalanceable() && rebalance(a, now, today)) {
                rebalanced++;
            } else if (a.extendable() && apologise(a, forecast, calculator, now)) {
                extended++;
            }
        }
        return new Pass(1, reviewed, atRisk, rebalanced, extended, overdue);
    }

    /** Moves the dossier to the commune that finishes it soonest, if that is in time. */
    private boolean rebalance(Assignment a, Instant now, LocalDate today) {
        double effort = a.effortHours().doubleValue();
        Optional<UnitLoad> best = capacity.communes(a.field(), today).stream()
                .filter(u -> !u.unitCode().equals(a.processingUnitCode()) && u.hasCapacity())
                .min(java.util.Comparator.comparingDouble((UnitLoad u) -> u.expectedCompletionDays(effort))
                        .thenComparing(UnitLoad::unitCode));
        if (best.isEmpty()) {
            return false;
        }
        double days = best.get().expectedCompletionDays(effort);
        DeadlineCalculator calculator = calendars.at(best.get().unitCode()); // days of work there, in its hours
        Instant done = calculator.addWorkingMinutes(now, Math.round(days * calculator.officeHours().minutesPerDay()));
        if (done.isAfter(a.dueAt())) {
            return false;
        }
        String note = String.format(java.util.Locale.ROOT, "Dự kiến trễ hạn tại %s; đơn vị %s giải quyết xong trong %.1f ngày làm việc",
                a.processingUnitCode(), best.get().unitCode(), days);
        events.transferred(a, recorder.apply(a, x -> x.rebalance(best.get().unitCode(), now, note)));
        return true;
    }

    /** Whether the apology is due: less than {@link #APOLOGY_WITHIN_DAYS} working days left, and a prediction. */
    private static boolean apologyDue(Forecast forecast, DeadlineCalculator calculator) {
        return minutesLeft(forecast) <= APOLOGY_WITHIN_DAYS * calculator.officeHours().minutesPerDay()
                && forecast.predictedCompletion() != null;
    }

    private static long minutesLeft(Forecast forecast) {
        return forecast.workingMinutesLeft() == null ? 0 : forecast.workingMinutesLeft();
    }

    /** The apology with a new appointment: the end of the working day the dossier is predicted to be done. */
    private boolean apologise(Assignment a, Forecast forecast, DeadlineCalculator calculator, Instant now) {
        if (!apologyDue(forecast, calculator)) {
            return false; // time enough for reinforcement or a transfer to help
        }
        long left = minutesLeft(forecast);
        long perDay = calculator.officeHours().minutesPerDay();
        LocalDate day = ProvinceTime.localDate(forecast.predictedCompletion());
        Instant newDue = LocalDateTime.of(calculator.calendar().workingDayOnOrAfter(day),
                calculator.officeHours().afternoonEnd()).atZone(ProvinceTime.ZONE).toInstant();
        if (!newDue.isAfter(a.dueAt())) {
            return false;
        }
        a.extend(newDue, now);
        if (left < perDay) {
            LOG.warnf("dossier %s: the apology comes less than one working day before its appointment",
                    a.dossierCode());
        }
        // the applicant reads this reason in the apology letter: plain words, no unit codes
        events.deadlineExtended(a, "Số lượng hồ sơ cần giải quyết tại đơn vị vượt năng lực giải quyết trong thời hạn;"
                + " đơn vị chưa thể trả kết quả đúng hẹn", Math.round(left / 6.0) / 10.0);
        return true;
    }
}
