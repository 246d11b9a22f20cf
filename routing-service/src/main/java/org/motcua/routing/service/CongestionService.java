package org.motcua.routing.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.motcua.platformkit.api.PageView;
import org.motcua.platformkit.problem.ResourceNotFoundException;
import org.motcua.platformkit.time.ProvinceTime;
import org.motcua.routing.domain.ProcessingUnitRepository;
import org.motcua.routing.domain.UnitLoadRepository;
import org.motcua.routing.domain.UnitStaffing;

/**
 * The province's congestion picture, per unit and field: what waits (dossiers, officer hours), the
 * capacity (officer hours per day, reinforcements included), the working days to clear it, and the
 * dossiers the SLA monitor last found at risk or overdue, and the trend over the last day from the congestion
 * history ({@link UnitLoadMonitor}). A few queries whatever the size of the province.
 */
@ApplicationScoped
public class CongestionService {

    private final UnitLoadRepository loads;
    private final ProcessingUnitRepository units;
    private final CapacityService capacity;
    private final EntityManager entityManager;
    private final Clock clock;

    CongestionService(UnitLoadRepository loads, ProcessingUnitRepository units, CapacityService capacity,
            EntityManager entityManager, Clock clock) {
        this.loads = loads;
        this.units = units;
        this.capacity = capacity;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * One unit's situation in one field.
     *
     * @param queuedWorkHoursDayAgo the queued hours of the last sample at least a day old (null: none yet)
     * @param trend                 how the queued hours moved over that day
     */
    public record Row(String unitCode, String field, int queuedDossiers, double queuedWorkHours,
            double staffHoursPerDay, Double daysToClear, long atRisk, long overdue, Double queuedWorkHoursDayAgo,
            Trend trend) {

        Row withTrend(Double dayAgo) {
            return new Row(unitCode, field, queuedDossiers, queuedWorkHours, staffHoursPerDay, daysToClear, atRisk,
                    overdue, dayAgo, Trend.of(dayAgo, queuedWorkHours));
        }
    }

    /** The movement of a queue's hours over a day: a tenth (and at least an hour) is a move. */
    public enum Trend {
        RISING, STEADY, FALLING;

        static Trend of(Double before, double now) {
            if (before == null) {
                return null;
            }
            double threshold = Math.max(1.0, before * 0.1);
            return now - before > threshold ? RISING : before - now > threshold ? FALLING : STEADY;
        }
    }

    /**
     * Every unit: a row per field with work waiting, the most congested first (longest time to clear; no staff
     * first of all), each with its trend over the last day; then one row (no field) for each unit with nothing
     * waiting, with the officer hours it has for any field — an empty unit is information too.
     *
     * @param unitCode one unit, or null for the province
     */
    @Transactional
    public PageView<Row> rows(String unitCode, int page, int size) {
        List<Row> rows = new ArrayList<>(snapshot(unitCode).stream().filter(r -> r.queuedDossiers() > 0).toList());
        rows.sort(Comparator.comparing((Row r) -> r.daysToClear() == null ? Double.MAX_VALUE : r.daysToClear())
                .reversed().thenComparing(Row::unitCode).thenComparing(Row::field));
        rows.addAll(idleUnits(unitCode, rows));
        int from = Math.min(rows.size(), page * size);
        Map<String, Double> dayAgo = hoursADayAgo(unitCode);
        List<Row> pageRows = rows.subList(from, Math.min(rows.size(), from + size)).stream()
                .map(r -> r.field() == null ? r : r.withTrend(dayAgo.get(r.unitCode() + "\u0000" + r.field()))).toList();
        return new PageView<>(pageRows, page, size, rows.size());
    }

    /** A row for each unit (or the one unit) with nothing waiting in any field. */
    private List<Row> idleUnits(String unitCode, List<Row> busy) {
        Set<String> busyUnits = new HashSet<>();
        busy.forEach(r -> busyUnits.add(r.unitCode()));
        Map<String, Double> anyField = capacity.staffHoursPerDay(UnitStaffing.OTHER_FIELDS,
                ProvinceTime.localDate(clock.instant()));
        List<String> codes = unitCode == null ? units.codes()
                : units.findByIdOptional(unitCode).map(u -> List.of(u.code())).orElse(List.of());
        return codes.stream().filter(code -> !busyUnits.contains(code))
                .map(code -> new Row(code, null, 0, 0.0, anyField.getOrDefault(code, 0.0), 0.0, 0, 0, null, null))
                .toList();
    }

    /** Every unit's (or one unit's) rows, empty queues included: a few queries whatever the province's size. */
    @Transactional
    public List<Row> snapshot(String unitCode) {
        LocalDate today = ProvinceTime.localDate(clock.instant());
        Map<String, Map<String, Double>> hoursByField = new HashMap<>();
        Map<String, long[]> risks = riskCounts(unitCode);
        List<Row> rows = new ArrayList<>();
        for (UnitLoadRepository.Load load : unitCode == null ? loads.all() : loads.ofUnit(unitCode)) {
            double hours = hoursByField.computeIfAbsent(load.field(), f -> capacity.staffHoursPerDay(f, today))
                    .getOrDefault(load.unitCode(), 0.0);
            long[] risk = risks.getOrDefault(load.unitCode() + "\u0000" + load.field(), new long[2]);
            rows.add(new Row(load.unitCode(), load.field(), load.queuedCount(), load.queuedWorkHours(), hours,
                    hours > 0 ? Math.round(load.queuedWorkHours() / hours * 100) / 100.0 : null, risk[0], risk[1],
                    null, null));
        }
        return rows;
    }

    /** A unit's load at the end of one day of the province (all its fields). */
    public record Day(LocalDate day, int queuedDossiers, double queuedWorkHours, double staffHoursPerDay, int atRisk,
            int overdue) {
    }

    /**
     * A unit's congestion over its last days, from the history (kept 35 days): each day ends with the latest sample
     * of each field, summed. One query.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Day> history(String unitCode, int days) {
        if (units.findByIdOptional(unitCode).isEmpty()) {
            throw new ResourceNotFoundException("Đơn vị", unitCode);
        }
        LocalDate today = ProvinceTime.localDate(clock.instant());
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT CAST(d.day AS date), COALESCE(SUM(s.queued_dossiers), 0), COALESCE(SUM(s.queued_work_hours), 0),
                       COALESCE(SUM(s.staff_hours_per_day), 0), COALESCE(SUM(s.at_risk), 0), COALESCE(SUM(s.overdue), 0)
                FROM generate_series(CAST(:first AS date), CAST(:last AS date), interval '1 day') AS d(day)
                LEFT JOIN LATERAL (
                    SELECT DISTINCT ON (field) queued_dossiers, queued_work_hours, staff_hours_per_day, at_risk, overdue
                    FROM congestion_sample
                    WHERE unit_code = :unit AND observed_at < CAST(CAST(d.day AS date) + 1 AS timestamp) AT TIME ZONE :zone
                    ORDER BY field, observed_at DESC) s ON true
                GROUP BY 1 ORDER BY 1""")
                .setParameter("first", today.minusDays(days - 1L).toString()).setParameter("last", today.toString())
                .setParameter("unit", unitCode).setParameter("zone", ProvinceTime.ZONE.getId())
                .getResultList();
        return rows.stream().map(r -> new Day(toLocalDate(r[0]), ((Number) r[1]).intValue(),
                ((Number) r[2]).doubleValue(), ((Number) r[3]).doubleValue(), ((Number) r[4]).intValue(),
                ((Number) r[5]).intValue())).toList();
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** The queued hours of each unit and field's latest sample at least a day old (congestion history). */
    @SuppressWarnings("unchecked")
    private Map<String, Double> hoursADayAgo(String unitCode) {
        var query = entityManager.createNativeQuery("SELECT DISTINCT ON (unit_code, field) unit_code, field, "
                + "queued_work_hours FROM congestion_sample WHERE observed_at <= :dayAgo"
                + (unitCode == null ? "" : " AND unit_code = :unit") + " ORDER BY unit_code, field, observed_at DESC")
                .setParameter("dayAgo", clock.instant().minus(java.time.Duration.ofDays(1)));
        if (unitCode != null) {
            query.setParameter("unit", unitCode);
        }
        Map<String, Double> hours = new HashMap<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            hours.put(r[0] + "\u0000" + r[1], ((Number) r[2]).doubleValue());
        }
        return hours;
    }

    @SuppressWarnings("unchecked")
    private Map<String, long[]> riskCounts(String unitCode) {
        var query = entityManager.createNativeQuery("""
                SELECT processing_unit_code, field, COUNT(*) FILTER (WHERE risk = 'AT_RISK'),
                       COUNT(*) FILTER (WHERE risk = 'OVERDUE')
                FROM assignment WHERE status IN ('QUEUED', 'IN_PROGRESS') AND risk IN ('AT_RISK', 'OVERDUE')"""
                + (unitCode == null ? "" : " AND processing_unit_code = :unit") + " GROUP BY 1, 2");
        if (unitCode != null) {
            query.setParameter("unit", unitCode);
        }
        Map<String, long[]> counts = new HashMap<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            counts.put(r[0] + "\u0000" + r[1], new long[] { ((Number) r[2]).longValue(), ((Number) r[3]).longValue() });
        }
        return counts;
    }
}
