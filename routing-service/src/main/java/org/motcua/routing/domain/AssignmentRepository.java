package org.motcua.routing.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Assignments, and the work queue of a unit. */
@ApplicationScoped
public class AssignmentRepository implements PanacheRepositoryBase<Assignment, UUID> {

    /** A dossier of a unit's queue and the hours of its field's work up to and including it (EDF order). */
    public record Queued(Assignment assignment, double workThroughHours) {
    }

    /**
     * A page of a unit's queue, earliest deadline first (dossiers without a date last, then by receipt), each
     * with the work of its field queued before it: two queries whatever the page size.
     */
    @SuppressWarnings("unchecked")
    public List<Queued> queuePage(String unitCode, int page, int size) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT dossier_id, SUM(effort_hours) OVER (PARTITION BY field
                        ORDER BY due_at NULLS LAST, submitted_at, dossier_id) AS work_through
                FROM assignment WHERE processing_unit_code = :unit AND status IN ('QUEUED', 'IN_PROGRESS')
                ORDER BY due_at NULLS LAST, submitted_at, dossier_id LIMIT :size OFFSET :offset""")
                .setParameter("unit", unitCode).setParameter("size", size).setParameter("offset", (long) page * size)
                .getResultList();
        Map<UUID, Assignment> byId = list("dossierId in ?1", rows.stream().map(r -> (UUID) r[0]).toList()).stream()
                .collect(Collectors.toMap(Assignment::dossierId, a -> a));
        return rows.stream().map(r -> new Queued(byId.get((UUID) r[0]), ((Number) r[1]).doubleValue())).toList();
    }

    /** A unit's whole queue in EDF order with the work through each dossier (the SLA monitor's view). */
    public List<Queued> queueOf(String unitCode) {
        return queuePage(unitCode, 0, Integer.MAX_VALUE);
    }

    /** Units with dossiers in their queues. */
    @SuppressWarnings("unchecked")
    public List<String> unitsWithQueues() {
        return getEntityManager().createNativeQuery("""
                SELECT unit_code FROM unit_load GROUP BY unit_code HAVING SUM(queued_count) > 0 ORDER BY unit_code""")
                .getResultList();
    }

    public long queueLength(String unitCode) {
        return count("processingUnitCode = ?1 and status in ?2", unitCode,
                List.of(AssignmentStatus.QUEUED, AssignmentStatus.IN_PROGRESS));
    }
}
