package org.motcua.records.domain.migration;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.motcua.platformkit.api.PageView;
import org.motcua.platformkit.security.PersonalDataCipher;
import org.motcua.platformkit.time.SqlTimes;

/** Imports, their rejected rows, held dossiers and the rules of split communes. */
@ApplicationScoped
public class MigrationRepository {

    /** A run whose instance has not written for this long has stopped (crashed or killed): another may resume it. */
    static final String STALE_AFTER = "30 seconds";

    private final EntityManager entityManager;
    private final PersonalDataCipher cipher;

    MigrationRepository(EntityManager entityManager, PersonalDataCipher cipher) {
        this.entityManager = entityManager;
        this.cipher = cipher;
    }

    public void persist(Migration migration) {
        entityManager.persist(migration);
    }

    public Migration find(UUID id) {
        return entityManager.find(Migration.class, id);
    }

    /** The file's import that has not completed (running or failed), if any. */
    public Migration unfinished(SourceSystem system, String sha256) {
        return entityManager.createQuery("FROM Migration m WHERE m.sourceSystem = :system AND m.fileSha256 = :sha"
                + " AND m.status <> :completed", Migration.class)
                .setParameter("system", system).setParameter("sha", sha256)
                .setParameter("completed", Migration.Status.COMPLETED)
                .getResultStream().findFirst().orElse(null);
    }

    public PageView<Migration> page(int page, int size) {
        List<Migration> items = entityManager.createQuery("FROM Migration m ORDER BY m.startedAt DESC, m.id", Migration.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = entityManager.createQuery("SELECT count(m) FROM Migration m", Long.class).getSingleResult();
        return new PageView<>(items, page, size, total);
    }

    /** Marks a failed import to run again (it resumes after its checkpoint). */
    public void reopen(UUID id) {
        entityManager.createNativeQuery("UPDATE migration SET status = 'RUNNING', failure = NULL, finished_at = NULL,"
                + " claimed_by = NULL, heartbeat_at = NULL WHERE id = :id AND status = 'FAILED'")
                .setParameter("id", id).executeUpdate();
    }

    /** Takes the running import for this instance, unless another instance runs it (and is alive). */
    public boolean claim(UUID id, String instance) {
        return entityManager.createNativeQuery("""
                UPDATE migration SET claimed_by = :me, heartbeat_at = now(), run_started_at = now(),
                    run_rows_at_start = rows_read
                WHERE id = :id AND status = 'RUNNING'
                  AND (claimed_by IS NULL OR claimed_by = :me OR heartbeat_at IS NULL
                       OR heartbeat_at < now() - CAST('""" + STALE_AFTER + "' AS interval))")
                .setParameter("id", id).setParameter("me", instance).executeUpdate() == 1;
    }

    /** Running imports that nobody is running: their instance stopped. */
    @SuppressWarnings("unchecked")
    public List<UUID> abandoned() {
        return entityManager.createNativeQuery("SELECT id FROM migration WHERE status = 'RUNNING' AND (claimed_by IS NULL"
                + " OR heartbeat_at IS NULL OR heartbeat_at < now() - CAST('" + STALE_AFTER + "' AS interval))"
                + " ORDER BY started_at").getResultList();
    }

    /** Ends the import this instance runs: COMPLETED, or FAILED with what went wrong. */
    public boolean finish(UUID id, String instance, Migration.Status status, String failure) {
        return entityManager.createNativeQuery("""
                UPDATE migration SET status = :status, failure = :failure, finished_at = now(), claimed_by = NULL,
                    bytes_read = CASE WHEN :status = 'COMPLETED' THEN file_bytes ELSE bytes_read END
                WHERE id = :id AND claimed_by = :me AND status = 'RUNNING'""")
                .setParameter("status", status.name()).setParameter("failure", failure)
                .setParameter("id", id).setParameter("me", instance).executeUpdate() == 1;
    }

    /** Lets another instance resume at once (this one is shutting down). */
    public void release(UUID id, String instance) {
        entityManager.createNativeQuery("UPDATE migration SET claimed_by = NULL, heartbeat_at = NULL"
                + " WHERE id = :id AND claimed_by = :me").setParameter("id", id).setParameter("me", instance).executeUpdate();
    }

    /** Locks the running import, if this instance still runs it; false if another took it over. */
    public boolean lockClaimed(UUID id, String instance) {
        return !entityManager.createNativeQuery("SELECT 1 FROM migration WHERE id = :id AND claimed_by = :me"
                + " AND status = 'RUNNING' FOR UPDATE").setParameter("id", id).setParameter("me", instance)
                .getResultList().isEmpty();
    }

    /** Moves the import's checkpoint to row {@code lastRow} (byte {@code bytesRead}), adding a chunk's counts. */
    public void advance(UUID id, ChunkCounts counts, long lastRow, long bytesRead) {
        entityManager.createNativeQuery("""
                UPDATE migration SET rows_read = :rows, bytes_read = :bytes, imported = imported + :imported,
                    merged = merged + :merged, already_present = already_present + :present,
                    held_for_review = held_for_review + :held, rejected = rejected + :rejected,
                    applicants_new = applicants_new + :applicantsNew, applicants_known = applicants_known + :applicantsKnown,
                    heartbeat_at = now()
                WHERE id = :id""")
                .setParameter("rows", lastRow).setParameter("bytes", bytesRead).setParameter("imported", counts.imported())
                .setParameter("merged", counts.merged()).setParameter("present", counts.alreadyPresent())
                .setParameter("held", counts.heldForReview()).setParameter("rejected", counts.rejected())
                .setParameter("applicantsNew", counts.applicantsNew())
                .setParameter("applicantsKnown", counts.applicantsKnown()).setParameter("id", id).executeUpdate();
    }

    /** Keeps the rejected rows of an import (a row kept already stays as it is), in one statement. */
    public void reject(UUID migrationId, List<CheckedRow.Rejected> rejected) {
        if (rejected.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO migration_rejection (migration_id, row_number, original_code, reason_code, reason, row_text)
                    SELECT ?, r.row, r.code, r.reason_code, r.reason, r.text
                    FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[])
                         AS r(row, code, reason_code, reason, text)
                    ON CONFLICT DO NOTHING""")) {
                insert.setObject(1, migrationId);
                insert.setArray(2, c.createArrayOf("bigint", rejected.stream().map(CheckedRow.Rejected::number).toArray()));
                insert.setArray(3, c.createArrayOf("text", rejected.stream().map(CheckedRow.Rejected::originalCode).toArray()));
                insert.setArray(4, c.createArrayOf("text", rejected.stream().map(CheckedRow.Rejected::reasonCode).toArray()));
                insert.setArray(5, c.createArrayOf("text", rejected.stream().map(CheckedRow.Rejected::reason).toArray()));
                                // the row names its applicant (the citizen ID masked already): encrypted, as the archive keeps names
                insert.setArray(6, c.createArrayOf("text", rejected.stream().map(r -> cipher.encrypt(r.text())).toArray()));
                insert.executeUpdate();
            }
        });
    }

    /** A rejected row. */
    public record Rejection(long rowNumber, String originalCode, String reasonCode, String reason, String rowText) {
    }

    @SuppressWarnings("unchecked")
    public PageView<Rejection> rejections(UUID migrationId, String reasonCode, int page, int size) {
        String where = " FROM migration_rejection WHERE migration_id = :id" + (reasonCode == null ? "" : " AND reason_code = :reason");
        var select = entityManager.createNativeQuery("SELECT row_number, original_code, reason_code, reason, row_text" + where
                + " ORDER BY row_number LIMIT :size OFFSET :offset").setParameter("id", migrationId)
                .setParameter("size", size).setParameter("offset", (long) page * size);
        var count = entityManager.createNativeQuery("SELECT count(*)" + where).setParameter("id", migrationId);
        if (reasonCode != null) {
            select.setParameter("reason", reasonCode);
            count.setParameter("reason", reasonCode);
        }
        List<Object[]> rows = select.getResultList();
        return new PageView<>(rows.stream().map(r -> new Rejection(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], cipher.decrypt((String) r[4]))).toList(), page, size,
                ((Number) count.getSingleResult()).longValue());
    }

    /** How many rows were rejected for each reason code. */
    @SuppressWarnings("unchecked")
    public Map<String, Long> rejectionsByReason(UUID migrationId) {
        List<Object[]> rows = entityManager.createNativeQuery("SELECT reason_code, count(*) FROM migration_rejection"
                + " WHERE migration_id = :id GROUP BY reason_code ORDER BY count(*) DESC, reason_code")
                .setParameter("id", migrationId).getResultList();
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    /** A dossier of a split commune held for a person to place. */
    public record Review(UUID id, SourceSystem system, String originalCode, UUID migrationId, long rowNumber,
            String originalUnitCode, List<String> candidates, String address, String dossierJson, String status,
            String decidedUnitCode, String decidedBy, Instant decidedAt) {
    }

    @SuppressWarnings("unchecked")
    public PageView<Review> reviews(String status, int page, int size) {
        List<Object[]> rows = entityManager.createNativeQuery(REVIEW_COLUMNS + " WHERE status = :status"
                + " ORDER BY origin_system, original_code LIMIT :size OFFSET :offset").setParameter("status", status)
                .setParameter("size", size).setParameter("offset", (long) page * size).getResultList();
        long total = ((Number) entityManager.createNativeQuery("SELECT count(*) FROM migration_review WHERE status = :status")
                .setParameter("status", status).getSingleResult()).longValue();
        return new PageView<>(rows.stream().map(this::review).toList(), page, size, total);
    }

    /** The review, locked for deciding; null if there is none. */
    @SuppressWarnings("unchecked")
    public Review lockReview(UUID id) {
        List<Object[]> rows = entityManager.createNativeQuery(REVIEW_COLUMNS + " WHERE id = :id FOR UPDATE")
                .setParameter("id", id).getResultList();
        return rows.isEmpty() ? null : review(rows.get(0));
    }

    public void decideReview(UUID id, String unitCode, String by) {
        entityManager.createNativeQuery("UPDATE migration_review SET status = 'DECIDED', decided_unit_code = :unit,"
                + " decided_by = :by, decided_at = now() WHERE id = :id").setParameter("unit", unitCode)
                .setParameter("by", by).setParameter("id", id).executeUpdate();
    }

    /** Open and decided reviews of an import's rows. */
    @SuppressWarnings("unchecked")
    public Map<String, Long> reviewsOf(UUID migrationId) {
        List<Object[]> rows = entityManager.createNativeQuery("SELECT status, count(*) FROM migration_review"
                + " WHERE migration_id = :id GROUP BY status").setParameter("id", migrationId).getResultList();
        Map<String, Long> counts = new HashMap<>(Map.of("OPEN", 0L, "DECIDED", 0L));
        rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    private static final String REVIEW_COLUMNS = """
            SELECT id, origin_system, original_code, migration_id, row_number, original_unit_code,
                   ARRAY(SELECT jsonb_array_elements_text(candidate_units)), address,
                   dossier, status, decided_unit_code, decided_by, decided_at FROM migration_review""";

    private Review review(Object[] r) {
        return new Review((UUID) r[0], SourceSystem.get((String) r[1]), (String) r[2], (UUID) r[3],
                ((Number) r[4]).longValue(), (String) r[5], List.of((String[]) r[6]), cipher.decrypt((String) r[7]),
                cipher.decrypt((String) r[8]), (String) r[9], (String) r[10], (String) r[11], SqlTimes.toInstant(r[12]));
    }

    /** The rules of every split commune. */
    @SuppressWarnings("unchecked")
    public UnitRules rules() {
        List<Object[]> rows = entityManager.createNativeQuery("SELECT original_unit_code, address_keyword, new_unit_code"
                + " FROM migration_unit_rule ORDER BY original_unit_code, length(address_keyword) DESC, address_keyword")
                .getResultList();
        Map<String, List<UnitRules.Rule>> byUnit = new HashMap<>();
        rows.forEach(r -> byUnit.computeIfAbsent((String) r[0], k -> new ArrayList<>())
                .add(new UnitRules.Rule((String) r[0], (String) r[1], (String) r[2])));
        return new UnitRules(byUnit);
    }

    /** Replaces the rules of one split commune. */
    public void replaceRules(String originalUnitCode, List<UnitRules.Rule> rules, String by, Instant at) {
        entityManager.createNativeQuery("DELETE FROM migration_unit_rule WHERE original_unit_code = :unit")
                .setParameter("unit", originalUnitCode).executeUpdate();
        for (UnitRules.Rule rule : rules) {
            entityManager.createNativeQuery("INSERT INTO migration_unit_rule (original_unit_code, address_keyword,"
                    + " new_unit_code, updated_by, updated_at) VALUES (:unit, :keyword, :target, :by, :at)")
                    .setParameter("unit", originalUnitCode).setParameter("keyword", rule.addressKeyword())
                    .setParameter("target", rule.newUnitCode()).setParameter("by", by)
                    .setParameter("at", java.sql.Timestamp.from(at)).executeUpdate();
        }
    }
}
