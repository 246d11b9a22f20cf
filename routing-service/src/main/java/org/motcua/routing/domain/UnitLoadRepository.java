package org.motcua.routing.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.hibernate.query.NativeQuery;

/**
 * The work waiting at each unit per field ({@code unit_load}), changed in the same transaction as the
 * assignments it sums, so that reading a unit's load is one row, not a sum over its queue.
 */
@ApplicationScoped
public class UnitLoadRepository {

    /** What waits at a unit in a field. */
    public record Load(String unitCode, String field, int queuedCount, double queuedWorkHours) {
    }

    private static final String SELECT = "SELECT unit_code, field, queued_count, queued_work_hours FROM unit_load";

    private final EntityManager entityManager;

    UnitLoadRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Adds (or with negative values removes) dossiers and their hours to a unit's load in a field. */
    public void add(String unitCode, String field, int dossiers, BigDecimal workHours) {
        entityManager.createNativeQuery("""
                INSERT INTO unit_load (unit_code, field, queued_count, queued_work_hours)
                VALUES (:unit, :field, GREATEST(:count, 0), GREATEST(:hours, 0))
                ON CONFLICT (unit_code, field) DO UPDATE SET
                    queued_count = GREATEST(unit_load.queued_count + :count, 0),
                    queued_work_hours = GREATEST(unit_load.queued_work_hours + :hours, 0)""")
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("unit_load")
                .setParameter("unit", unitCode)
                .setParameter("field", field)
                .setParameter("count", dossiers)
                .setParameter("hours", workHours)
                .executeUpdate();
    }

    /** Every unit's load in the field, by unit code. */
    public Map<String, Load> ofField(String field) {
        return byUnit(loads(entityManager.createNativeQuery(SELECT + " WHERE field = :field")
                .setParameter("field", field)));
    }

    /** The given units' loads in the field, by unit code. */
    public Map<String, Load> ofField(String field, List<String> unitCodes) {
        return byUnit(loads(entityManager.createNativeQuery(SELECT + " WHERE field = :field AND unit_code IN (:units)")
                .setParameter("field", field).setParameter("units", unitCodes)));
    }

    private static Map<String, Load> byUnit(List<Load> loads) {
        Map<String, Load> byUnit = new HashMap<>();
        loads.forEach(load -> byUnit.put(load.unitCode(), load));
        return byUnit;
    }

    /** A unit's load in each field. */
    public List<Load> ofUnit(String unitCode) {
        return loads(entityManager.createNativeQuery(SELECT + " WHERE unit_code = :unit ORDER BY field")
                .setParameter("unit", unitCode));
    }

    /** Every load row (the province's congestion picture: at most units × fields rows). */
    public List<Load> all() {
        return loads(entityManager.createNativeQuery(SELECT + " ORDER BY unit_code, field"));
    }

    @SuppressWarnings("unchecked")
    private static List<Load> loads(Query query) {
        return ((List<Object[]>) query.getResultList()).stream()
                .map(r -> new Load((String) r[0], (String) r[1], ((Number) r[2]).intValue(),
                        ((Number) r[3]).doubleValue()))
                .toList();
    }
}
