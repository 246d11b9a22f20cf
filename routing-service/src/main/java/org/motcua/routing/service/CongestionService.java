package org.motcua.routing.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.motcua.platformkit.api.PageView;
import org.motcua.platformkit.time.ProvinceTime;
import org.motcua.routing.domain.UnitLoadRepository;

/**
 * The province's congestion picture, per unit and field: what waits (dossiers, officer hours), the
 * capacity (officer hours per day, reinforcements included), the working days to clear it, and the
 * dossiers the SLA monitor last found at risk or overdue. Three queries whatever the size of the province.
 */
@ApplicationScoped
public class CongestionService {

    private final UnitLoadRepository loads;
    private final CapacityService capacity;
    private final EntityManager entityManager;
    private final Clock clock;

    CongestionService(UnitLoadRepository loads, CapacityService capacity, EntityManager entityManager, Clock clock) {
        this.loads = loads;
        this.capacity = capacity;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** One unit's situation in one field. */
    public record Row(String unitCode, String field, int queuedDossiers, double queuedWorkHours,
            double staffHoursPerDay, Double daysToClear, long atRisk, long overdue) {
    }

    /**
     * Rows with work waiting, the most congested first (longest time to clear; no staff first of all).
     *
     * @param unitCode one unit, or null for the province
     */
    @Transactional
    public PageView<Row> rows(String unitCode, int page, int size) {
        LocalDate today = ProvinceTime.localDate(clock.instant());
        Map<String, Map<String, Double>> hoursByField = new HashMap<>();
        Map<String, long[]> risks = riskCounts(unitCode);
        List<Row> rows = new ArrayList<>();
        for (UnitLoadRepository.Load load : unitCode == null ? loads.all() : loads.ofUnit(unitCode)) {
            if (load.queuedCount() == 0) {
                continue;
            }
            double hours = hoursByField.computeIfAbsent(load.field(), f -> capacity.staffHoursPerDay(f, today))
                    .getOrDefault(load.unitCode(), 0.0);
            long[] risk = risks.getOrDefault(load.unitCode() + "\u0000" + load.field(), new long[2]);
            rows.add(new Row(load.unitCode(), load.field(), load.queuedCount(), load.queuedWorkHours(), hours,
                    hours > 0 ? Math.round(load.queuedWorkHours() / hours * 100) / 100.0 : null, risk[0], risk[1]));
        }
        rows.sort(Comparator.comparing((Row r) -> r.daysToClear() == null ? Double.MAX_VALUE : r.daysToClear())
                .reversed().thenComparing(Row::unitCode).thenComparing(Row::field));
        int from = Math.min(rows.size(), page * size);
        return new PageView<>(rows.subList(from, Math.min(rows.size(), from + size)), page, size, rows.size());
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
