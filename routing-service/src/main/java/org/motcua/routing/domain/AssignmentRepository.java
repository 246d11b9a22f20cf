package org.motcua.routing.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;

import org.motcua.platformkit.transaction.TransactionMemo;
import org.motcua.routing.domain.policy.Risk;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Assignments, and the work queue of a unit. */
@ApplicationScoped
public class AssignmentRepository implements PanacheRepositoryBase<Assignment, UUID> {

    private final TransactionMemo memo;

    AssignmentRepository(TransactionMemo memo) {
        this.memo = memo;
    }

    /** The dossiers a transaction found unassigned when it read ahead (and has not assigned since). */
    private record Unassigned() {
    }

    /**
     * Reads which of these dossiers are assigned already, in one statement for a poll of submissions, so that
     * {@link #assignmentOf} need not ask the database for each.
     */
    public void readAhead(Collection<UUID> dossierIds) {
        if (dossierIds.isEmpty()) {
            return;
        }
        Set<UUID> assigned = new HashSet<>(getEntityManager()
                .createQuery("SELECT a.dossierId FROM Assignment a WHERE a.dossierId IN :ids", UUID.class)
                .setParameter("ids", dossierIds).getResultList());
        Set<UUID> unassigned = memo.get(new Unassigned(), HashSet::new);
        dossierIds.stream().filter(id -> !assigned.contains(id)).forEach(unassigned::add);
    }

    /** The dossier's assignment, or null: without a query when this transaction read ahead that there is none. */
    public Assignment assignmentOf(UUID dossierId) {
        boolean none = memo.<Set<UUID>>ifKept(new Unassigned()).map(ids -> ids.contains(dossierId)).orElse(false);
        return none ? null : findById(dossierId);
    }

    /** Keeps a new assignment. */
    public void add(Assignment assignment) {
        persist(assignment);
        memo.<Set<UUID>>ifKept(new Unassigned()).ifPresent(ids -> ids.remove(assignment.dossierId()));
    }

    /** A dossier of a unit's queue and the hours of its field's work up to and including it (EDF order). */
    public record Queued(Assignment assignment, double workThroughHours) {
    }

    /** Which of a unit's queued dossiers a page shows: all, or one procedure's, or one status's (null: any). */
    public record QueueFilter(String procedureCode, AssignmentStatus status) {
        public static final QueueFilter ALL = new QueueFilter(null, null);
    }

    /**
     * A page of a unit's queue, earliest deadline first (dossiers without a date last, then by receipt), each
     * with the work of its field queued before it: two queries whatever the page size. The work is counted over
     * the whole queue before the filter picks the rows, so a filtered page forecasts as the whole queue does.
     */
    @SuppressWarnings("unchecked")
    public List<Queued> queuePage(String unitCode, QueueFilter filter, int page, int size) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT dossier_id, work_through FROM (
                    SELECT dossier_id, procedure_code, status, due_at, submitted_at,
                           SUM(effort_hours) OVER (PARTITION BY field
                               ORDER BY due_at NULLS LAST, submitted_at, dossier_id) AS work_through
                    FROM assignment WHERE processing_unit_code = :unit AND status IN ('QUEUED', 'IN_PROGRESS')) q
                WHERE (CAST(:procedure AS text) IS NULL OR procedure_code = CAST(:procedure AS text))
                  AND (CAST(:status AS text) IS NULL OR status = CAST(:status AS text))
                ORDER BY due_at NULLS LAST, submitted_at, dossier_id LIMIT :size OFFSET :offset""")
                .setParameter("unit", unitCode).setParameter("procedure", filter.procedureCode())
                .setParameter("status", filter.status() == null ? null : filter.status().name())
                .setParameter("size", size).setParameter("offset", (long) page * size)
                .getResultList();
        Map<UUID, Assignment> byId = list("dossierId in ?1", rows.stream().map(r -> (UUID) r[0]).toList()).stream()
                .collect(Collectors.toMap(Assignment::dossierId, a -> a));
        return rows.stream().map(r -> new Queued(byId.get((UUID) r[0]), ((Number) r[1]).doubleValue())).toList();
    }

    /** A unit's whole queue in EDF order with the work through each dossier (the SLA monitor's view). */
    public List<Queued> queueOf(String unitCode) {
        return queuePage(unitCode, QueueFilter.ALL, 0, Integer.MAX_VALUE);
    }

    /**
     * A dossier of a unit's queue as the SLA monitor first looks at it: enough to forecast it and to tell whether
     * it needs more than a look (most of a long queue does not, pass after pass).
     */
    public record Watched(UUID dossierId, String field, Instant dueAt, double workThroughHours, boolean pooled,
            SlaWatch sla) {
    }

    /** A unit's whole queue in EDF order, as {@link #queueOf} forecasts it, in one statement and no entities. */
    @SuppressWarnings("unchecked")
    public List<Watched> watchedQueueOf(String unitCode) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT dossier_id, field, due_at, SUM(effort_hours) OVER (PARTITION BY field
                           ORDER BY due_at NULLS LAST, submitted_at, dossier_id) AS work_through,
                       pooled, risk, predicted_completion_at, at_risk_at, extended_at, overdue_at
                FROM assignment WHERE processing_unit_code = :unit AND status IN ('QUEUED', 'IN_PROGRESS')
                ORDER BY due_at NULLS LAST, submitted_at, dossier_id""")
                .setParameter("unit", unitCode).setFlushMode(FlushModeType.COMMIT).getResultList();
        return rows.stream().map(r -> new Watched((UUID) r[0], (String) r[1], instant(r[2]),
                ((Number) r[3]).doubleValue(), (Boolean) r[4], SlaWatch.kept(r[5] == null ? null : Risk.valueOf((String) r[5]),
                        instant(r[6]), instant(r[7]), instant(r[8]), instant(r[9])))).toList();
    }

    /** These dossiers' assignments, by dossier id: one statement per thousand. */
    public Map<UUID, Assignment> byDossierIds(Collection<UUID> dossierIds) {
        List<UUID> ids = List.copyOf(dossierIds);
        Map<UUID, Assignment> byId = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            list("dossierId in ?1", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .forEach(a -> byId.put(a.dossierId(), a));
        }
        return byId;
    }

    /** A {@code timestamptz} column of a native query, as the driver and Hibernate give it. */
    private static Instant instant(Object column) {
        if (column == null || column instanceof Instant) {
            return (Instant) column;
        }
        if (column instanceof java.time.OffsetDateTime at) {
            return at.toInstant();
        }
        return ((java.sql.Timestamp) column).toInstant();
    }

    /** Units with dossiers in their queues. */
    @SuppressWarnings("unchecked")
    public List<String> unitsWithQueues() {
        return getEntityManager().createNativeQuery("""
                SELECT unit_code FROM unit_load GROUP BY unit_code HAVING SUM(queued_count) > 0 ORDER BY unit_code""")
                .getResultList();
    }

    public long queueLength(String unitCode, QueueFilter filter) {
        List<AssignmentStatus> statuses = filter.status() != null ? List.of(filter.status())
                : List.of(AssignmentStatus.QUEUED, AssignmentStatus.IN_PROGRESS);
        if (filter.procedureCode() == null) {
            return count("placement.processingUnitCode = ?1 and status in ?2", unitCode, statuses);
        }
        return count("placement.processingUnitCode = ?1 and status in ?2 and procedureCode = ?3", unitCode, statuses,
                filter.procedureCode());
    }
}
