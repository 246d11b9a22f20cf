package org.motcua.records.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;

import org.motcua.platformkit.transaction.TransactionMemo;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The archive's dossiers. */
@ApplicationScoped
public class ArchivedDossierRepository implements PanacheRepositoryBase<ArchivedDossier, UUID> {

    private final TransactionMemo memo;

    ArchivedDossierRepository(TransactionMemo memo) {
        this.memo = memo;
    }

    /** The dossiers this transaction holds locked (and in its persistence context). */
    private record Locked() {
    }

    /**
     * Locks those of these dossiers the archive holds, in one statement (in the order of their ids), for the rest of
     * the transaction: a poll's events then find their dossiers without a statement each.
     */
    public void lockAhead(Collection<UUID> ids) {
        memo.get(new Locked(), HashSet<UUID>::new).addAll(lockAll(ids).keySet());
    }

    /**
     * The dossier, created if the archive has not heard of it, and locked for this transaction: events of
     * different topics about one dossier are consumed concurrently and must not overwrite each other.
     */
    public ArchivedDossier lockOrCreate(UUID id, String code, Instant now) {
        Set<UUID> locked = memo.get(new Locked(), HashSet<UUID>::new);
        if (locked.contains(id)) {
            return findById(id, LockModeType.PESSIMISTIC_WRITE); // held already: from the persistence context
        }
        getEntityManager().createNativeQuery("""
                INSERT INTO archived_dossier (id, code, status, updated_at) VALUES (:id, :code, :status, :now)
                ON CONFLICT (id) DO NOTHING""")
                // archive rows are created here (or by the migration, in transactions of its own), so no pending
                // change can matter to this insert: no pass over the poll's managed entities first (an auto-flush)
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("id", id)
                .setParameter("code", code)
                .setParameter("status", ArchiveStatus.RECEIVED)
                .setParameter("now", Timestamp.from(now))
                .executeUpdate();
        ArchivedDossier dossier = findById(id, LockModeType.PESSIMISTIC_WRITE);
        locked.add(id);
        return dossier;
    }

    /** Those of these dossiers the archive holds, locked for this transaction (in the order of their ids), by id. */
    public Map<UUID, ArchivedDossier> lockAll(Collection<UUID> ids) {
        Map<UUID, ArchivedDossier> found = new HashMap<>();
        if (!ids.isEmpty()) {
            find("id IN ?1", Sort.by("id"), ids).withLock(LockModeType.PESSIMISTIC_WRITE).list()
                    .forEach(d -> found.put(d.id(), d));
        }
        return found;
    }

    /** Those of these ids the archive holds. */
    public Set<UUID> known(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager().createQuery("SELECT d.id FROM ArchivedDossier d WHERE d.id IN :ids", UUID.class)
                .setParameter("ids", ids).getResultList());
    }

    /** A person's archived dossiers (by their applicant reference), the latest submitted first, at most {@code limit}. */
    public List<ArchivedDossier> ofApplicant(String applicantReference, int limit) {
        return find("applicantReference = ?1", Sort.descending("submittedAt").and("id"), applicantReference)
                .page(0, limit).list();
    }

    /** A page of the dossiers found, and how many were found, counted up to the cap (the cap itself: at least that). */
    public record Found(List<ArchivedDossier> page, long total) {
    }

    /** The most dossiers whose documents' metadata a search takes into account. */
    static final int DOCUMENT_MATCHES = 1_000;

    /**
     * One page of the dossiers found, latest submission first, with their number counted up to {@code cap}. A search
     * matching up to {@code cap} dossiers reads them once through the search tokens' index (found, counted and sorted
     * in one statement); one matching more is common enough that the newest matches are met at once walking the
     * submission-date index, which then serves the page (PostgreSQL estimates an overlap of rare tokens poorly, so it
     * is told: the counting statement saw how many there are).
     */
    @SuppressWarnings("unchecked")
    public Found search(ArchiveSearch search, int page, int size, long cap) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(search, parameters, documentMatches(search));
        Query capped = getEntityManager().createNativeQuery("SELECT m.id, count(*) OVER () FROM (SELECT d.id, d.submitted_at"
                + " FROM archived_dossier d WHERE " + where + " LIMIT :capped) m"
                + " ORDER BY m.submitted_at DESC NULLS LAST, m.id LIMIT :size OFFSET :offset")
                .setParameter("capped", cap + 1).setParameter("size", size).setParameter("offset", (long) page * size);
        parameters.forEach(capped::setParameter);
        List<Object[]> rows = capped.getResultList();
        long found = rows.isEmpty() ? count(where, parameters, cap + 1) : ((Number) rows.get(0)[1]).longValue();
        if (found <= cap) {
            return new Found(load(rows.stream().map(r -> (UUID) r[0]).toList()), found);
        }
        getEntityManager().createNativeQuery("SET LOCAL enable_bitmapscan = off").executeUpdate();
        Query dense = getEntityManager().createNativeQuery("SELECT d.id FROM archived_dossier d WHERE " + where
                + " ORDER BY d.submitted_at DESC NULLS LAST, d.id LIMIT :size OFFSET :offset")
                .setParameter("size", size).setParameter("offset", (long) page * size);
        parameters.forEach(dense::setParameter);
        List<UUID> ids = dense.getResultList();
        getEntityManager().createNativeQuery("SET LOCAL enable_bitmapscan = on").executeUpdate();
        return new Found(load(ids), cap);
    }

    private long count(String where, Map<String, Object> parameters, long cap) {
        Query query = getEntityManager().createNativeQuery("SELECT count(*) FROM (SELECT 1 FROM archived_dossier d WHERE "
                + where + " LIMIT :cap) found").setParameter("cap", cap);
        parameters.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** The dossiers of these ids, in this order. */
    private List<ArchivedDossier> load(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, ArchivedDossier> byId = new HashMap<>();
        list("id IN ?1", ids).forEach(d -> byId.put(d.id(), d));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Dossiers one of whose documents' metadata has every word of the query (at most {@link #DOCUMENT_MATCHES}). */
    @SuppressWarnings("unchecked")
    private List<UUID> documentMatches(ArchiveSearch search) {
        if (search.words().isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT DISTINCT dossier_id FROM document WHERE dossier_id IS NOT NULL");
        for (int i = 0; i < search.words().size(); i++) {
            sql.append(" AND search_text LIKE :w").append(i);
        }
        Query query = getEntityManager().createNativeQuery(sql + " LIMIT " + DOCUMENT_MATCHES);
        for (int i = 0; i < search.words().size(); i++) {
            query.setParameter("w" + i, "% " + search.words().get(i).word() + "%");
        }
        return query.getResultList();
    }

    private static String where(ArchiveSearch search, Map<String, Object> parameters, List<UUID> byDocuments) {
        StringBuilder where = new StringBuilder("TRUE");
        if (!search.words().isEmpty()) {
            StringBuilder words = new StringBuilder("TRUE");
            for (int i = 0; i < search.words().size(); i++) {
                // the start of a word of the dossier's text, or of its applicant's name (by its token)
                words.append(" AND d.search_tokens && ARRAY[CAST(:w").append(i).append(" AS text), CAST(:n").append(i)
                        .append(" AS text)]");
                parameters.put("w" + i, search.words().get(i).word());
                parameters.put("n" + i, search.words().get(i).nameToken());
            }
            // the dossier's own text, or the metadata of one of its documents
            if (byDocuments.isEmpty()) {
                where.append(" AND ").append(words);
            } else {
                where.append(" AND ((").append(words).append(") OR d.id IN (:byDocuments))");
                parameters.put("byDocuments", byDocuments);
            }
        }
        if (search.visibleUnits() != null) {
            where.append(" AND (d.receiving_unit_code IN (:visible) OR d.processing_unit_code IN (:visible))");
            parameters.put("visible", search.visibleUnits().isEmpty() ? List.of("") : search.visibleUnits());
        }
        if (search.unitCode() != null) {
            where.append(" AND (d.receiving_unit_code = :unit OR d.processing_unit_code = :unit)");
            parameters.put("unit", search.unitCode());
        }
        if (search.field() != null) {
            where.append(" AND d.field = :field");
            parameters.put("field", search.field());
        }
        if (search.status() != null) {
            where.append(" AND d.status = :status");
            parameters.put("status", search.status());
        }
        if (search.from() != null) {
            where.append(" AND d.submitted_at >= :from");
            parameters.put("from", Timestamp.from(search.from()));
        }
        if (search.until() != null) {
            where.append(" AND d.submitted_at < :until");
            parameters.put("until", Timestamp.from(search.until()));
        }
        return where.toString();
    }
}
