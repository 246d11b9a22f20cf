package org.motcua.routing.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;

import org.motcua.platformkit.transaction.TransactionMemo;

/**
 * The work waiting at each unit per field ({@code unit_load}), changed in the same transaction as the
 * assignments it sums, so that reading a unit's load is one row, not a sum over its queue. No entity maps the
 * table, so its statements skip the auto-flush (a pass over every entity the transaction holds).
 */
@ApplicationScoped
public class UnitLoadRepository {

    /** What waits at a unit in a field. */
    public record Load(String unitCode, String field, int queuedCount, double queuedWorkHours) {
    }

    private static final String SELECT = "SELECT unit_code, field, queued_count, queued_work_hours FROM unit_load";

    private final EntityManager entityManager;
    private final TransactionMemo memo;

    UnitLoadRepository(EntityManager entityManager, TransactionMemo memo) {
        this.entityManager = entityManager;
        this.memo = memo;
    }

    /** Adds (or with negative values removes) dossiers and their hours to a unit's load in a field. */
    public void add(String unitCode, String field, int dossiers, BigDecimal workHours) {
        entityManager.createNativeQuery("""
                INSERT INTO unit_load (unit_code, field, queued_count, queued_work_hours)
                VALUES (:unit, :field, GREATEST(:count, 0), GREATEST(:hours, 0))
                ON CONFLICT (unit_code, field) DO UPDATE SET
                    queued_count = GREATEST(unit_load.queued_count + :count, 0),
                    queued_work_hours = GREATEST(unit_load.queued_work_hours + :hours, 0)""")
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("unit", unitCode)
                .setParameter("field", field)
                .setParameter("count", dossiers)
                .setParameter("hours", workHours)
                .executeUpdate();
        // what this transaction read of the field follows, as the row did
        memo.<Map<String, Load>>ifKept(new FieldKey(field)).ifPresent(loads -> loads.merge(unitCode,
                new Load(unitCode, field, Math.max(dossiers, 0), Math.max(workHours.doubleValue(), 0)),
                (old, unused) -> new Load(unitCode, field, Math.max(old.queuedCount() + dossiers, 0),
                        Math.max(old.queuedWorkHours() + workHours.doubleValue(), 0))));
    }

    /**
     * Every unit's load in the field, by unit code: read once per transaction (a poll placing a hundred dossiers
     * reads it once), then kept as {@link #add} changes it.
     */
    public Map<String, Load> ofField(String field) {
        return Collections.unmodifiableMap(memo.get(new FieldKey(field),
                () -> byUnit(loads(entityManager.createNativeQuery(SELECT + " WHERE field = :field")
                        .setParameter("field", field)))));
    }

    /** The given units' loads in the field, by unit code. */
    public Map<String, Load> ofField(String field, List<String> unitCodes) {
        Map<String, Load> all = ofField(field);
        Map<String, Load> some = new HashMap<>();
        unitCodes.forEach(code -> {
            Load load = all.get(code);
            if (load != null) {
                some.put(code, load);
            }
        });
        return some;
    }

    /** What a transaction read the loads of. */
    private record FieldKey(String field) {
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
        return ((List<Object[]>) query.setFlushMode(FlushModeType.COMMIT).getResultList()).stream()
                .map(r -> new Load((String) r[0], (String) r[1], ((Number) r[2]).intValue(),
                        ((Number) r[3]).doubleValue()))
                .toList();
    }
}
