package org.motcua.routing.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.motcua.routing.publisher.UnitEvents;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

/**
 * Watches the units' loads: each pass (every {@code motcua.unit-load.every}) compares every unit and field with
 * its last sample in the congestion history, and for each that changed keeps a new sample and publishes
 * {@code UnitLoadChanged} — at most one event per unit and field a pass, whatever the dossier traffic. Keeps
 * the Prometheus gauges per unit and field (labels bounded by the 97 units and the catalog's fields). One
 * instance works at a time (advisory lock).
 */
@ApplicationScoped
public class UnitLoadMonitor {

    private static final long LOCK = 0x756e69746c6f6164L; // "unitload"
    private static final Duration HISTORY = Duration.ofDays(35);

    private final CongestionService congestion;
    private final UnitEvents events;
    private final EntityManager entityManager;
    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<String, CongestionService.Row> current = new ConcurrentHashMap<>();

    UnitLoadMonitor(CongestionService congestion, UnitEvents events, EntityManager entityManager,
            MeterRegistry registry, Clock clock) {
        this.congestion = congestion;
        this.events = events;
        this.entityManager = entityManager;
        this.registry = registry;
        this.clock = clock;
    }

    @Scheduled(every = "${motcua.unit-load.every:60s}", delayed = "${motcua.unit-load.delay:20s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "unit-load-monitor")
    void everyMinute() {
        pass();
    }

    /** One pass; returns the unit-fields that changed (0 when another instance holds the lock). */
    @Transactional
    public int pass() {
        Boolean mine = (Boolean) entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(:key)")
                .setParameter("key", LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(mine)) {
            return 0;
        }
        Instant now = clock.instant();
        Map<String, Object[]> last = lastSamples();
        int changed = 0;
        for (CongestionService.Row row : congestion.snapshot(null)) {
            String key = row.unitCode() + "\u0000" + row.field();
            gauge(key, row);
            Object[] before = last.get(key);
            if (before != null && sameAs(before, row)) {
                continue;
            }
            sample(row, now);
            events.loadChanged(new UnitEvents.UnitLoadChanged(row.unitCode(), row.field(), row.queuedDossiers(),
                    row.queuedWorkHours(), row.staffHoursPerDay(), row.daysToClear(), row.atRisk(), row.overdue(),
                    before == null ? null : ((Number) before[0]).intValue(),
                    before == null ? null : ((Number) before[1]).doubleValue(), now));
            changed++;
        }
        entityManager.createNativeQuery("DELETE FROM congestion_sample WHERE observed_at < :oldest")
                .setParameter("oldest", now.minus(HISTORY)).executeUpdate();
        return changed;
    }

    private static boolean sameAs(Object[] before, CongestionService.Row row) {
        return ((Number) before[0]).intValue() == row.queuedDossiers()
                && round(((Number) before[1]).doubleValue()) == round(row.queuedWorkHours())
                && round(((Number) before[2]).doubleValue()) == round(row.staffHoursPerDay())
                && ((Number) before[3]).longValue() == row.atRisk()
                && ((Number) before[4]).longValue() == row.overdue();
    }

    private static long round(double hours) {
        return Math.round(hours * 100);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object[]> lastSamples() {
        Map<String, Object[]> last = new HashMap<>();
        for (Object[] r : (List<Object[]>) entityManager.createNativeQuery("""
                SELECT DISTINCT ON (unit_code, field) unit_code, field, queued_dossiers, queued_work_hours,
                       staff_hours_per_day, at_risk, overdue
                FROM congestion_sample ORDER BY unit_code, field, observed_at DESC""").getResultList()) {
            last.put(r[0] + "\u0000" + r[1], new Object[] { r[2], r[3], r[4], r[5], r[6] });
        }
        return last;
    }

    private void sample(CongestionService.Row row, Instant now) {
        entityManager.createNativeQuery("""
                INSERT INTO congestion_sample (unit_code, field, observed_at, queued_dossiers, queued_work_hours,
                    staff_hours_per_day, at_risk, overdue)
                VALUES (:unit, :field, :at, :dossiers, :hours, :staff, :risk, :overdue)
                ON CONFLICT (unit_code, field, observed_at) DO NOTHING""")
                .setParameter("unit", row.unitCode()).setParameter("field", row.field()).setParameter("at", now)
                .setParameter("dossiers", row.queuedDossiers())
                .setParameter("hours", BigDecimal.valueOf(row.queuedWorkHours()))
                .setParameter("staff", BigDecimal.valueOf(row.staffHoursPerDay()))
                .setParameter("risk", (int) row.atRisk()).setParameter("overdue", (int) row.overdue())
                .executeUpdate();
    }

    private void gauge(String key, CongestionService.Row row) {
        if (current.put(key, row) != null) {
            return;
        }
        String[] tags = { "unit", row.unitCode(), "field", row.field() };
        Gauge.builder("motcua.unit.queued.dossiers", current, m -> m.get(key).queuedDossiers()).tags(tags)
                .description("Hồ sơ đang chờ hoặc đang xử lý tại đơn vị, theo lĩnh vực").register(registry);
        Gauge.builder("motcua.unit.queued.work.hours", current, m -> m.get(key).queuedWorkHours()).tags(tags)
                .description("Giờ công của các hồ sơ đó").register(registry);
        Gauge.builder("motcua.unit.days.to.clear", current, m -> {
            Double days = m.get(key).daysToClear();
            return days == null ? Double.NaN : days;
        }).tags(tags).description("Số ngày làm việc để giải quyết hết (NaN: không có cán bộ)").register(registry);
        Gauge.builder("motcua.unit.at.risk", current, m -> m.get(key).atRisk()).tags(tags)
                .description("Hồ sơ có nguy cơ trễ hạn").register(registry);
        Gauge.builder("motcua.unit.overdue", current, m -> m.get(key).overdue()).tags(tags)
                .description("Hồ sơ quá hạn").register(registry);
    }
}
